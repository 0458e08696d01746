import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AddinApi, AddinCheckResult } from '../../excel';
import type { PriorYear } from '../model/prior-year';
import { copyRichText } from '../model/clipboard';
import { describeError } from '../model/error-message';
import { type NarrativeDraft, draftNarrative, narrativeDocx } from '../model/narrative';
import { draftSourceLine } from '../model/draft-source';
import type { PaneMessage } from '../state/useChecker';
import { NarrativeCheckPanel } from './NarrativeCheckPanel';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '65vh',
    overflowY: 'auto',
    overflowX: 'hidden',
    backgroundColor: '#fff',
  },
  // The draft keeps Word's sizes (三号 仿宋); the preview shows the page scaled into the pane.
  page: {
    zoom: 0.5,
    padding: '16px',
    wordBreak: 'break-word',
    '& img, & svg': { maxWidth: '100%', height: 'auto' },
    '& table': { maxWidth: '100%' },
  },
  empty: { color: tokens.colorNeutralForeground2 },
});

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** 决算说明: the draft made from the checked tables, to copy into Word or download as .docx; and the check of one already written. */
export function NarrativeTab(props: {
  api: AddinApi;
  result: AddinCheckResult | null;
  family?: string;
  profile?: string;
  priorYear: PriorYear | null;
  say: (m: PaneMessage) => void;
  onLocate: (c: { sheet: string; cell: string }) => void;
}) {
  const s = useStyles();
  const { api, result, family, profile, priorYear, say } = props;
  const [draft, setDraft] = useState<NarrativeDraft | null>(null);
  const [working, setWorking] = useState(false);

  const make = useCallback(async () => {
    if (!result) return;
    setWorking(true);
    try {
      const workbook = await api.readWorkbookModel();
      setDraft(await draftNarrative(workbook, { family, profile, prior: priorYear?.workbook }));
    } catch (e) {
      setDraft(null);
      say({ intent: 'error', title: '未能起草决算说明', text: describeError(e) });
    } finally {
      setWorking(false);
    }
  }, [api, result, family, profile, priorYear, say]);

  useEffect(() => {
    void make();
  }, [make]);

  // Synchronous up to the clipboard call: the browser only allows it inside the click.
  const copy = () => {
    if (!draft) return;
    copyRichText(draft.html, draft.text).then(
      () => say({ intent: 'success', text: '已复制决算说明。在 Word 中按 Ctrl+V 粘贴，标题和表格格式会保留。' }),
      (e) => say({ intent: 'error', title: '复制失败', text: describeError(e) }),
    );
  };

  const saveDocx = async () => {
    if (!draft) return;
    try {
      download(await narrativeDocx(draft), `${draft.title}.docx`);
      say({ intent: 'success', text: `已生成 ${draft.title}.docx。` });
    } catch (e) {
      say({ intent: 'error', title: '未能生成 .docx', text: describeError(e) });
    }
  };

  if (!result) return <Text className={s.empty}>请先「检查本工作簿」。决算说明会根据核对后的决算表起草。</Text>;
  return (
    <div className={s.column}>
      <div className={s.actions}>
        <Button appearance="primary" size="small" disabled={!draft || working} onClick={copy}>
          复制到 Word
        </Button>
        <Button size="small" disabled={!draft || working} onClick={() => void saveDocx()}>
          下载 .docx
        </Button>
        <Button size="small" appearance="subtle" disabled={working} onClick={() => void make()}>
          重新起草
        </Button>
      </div>
      {draft && (
        <Text className={s.empty}>{draftSourceLine(draft, priorYear?.name)}</Text>
      )}
      {working && <Spinner size="small" label="正在起草…" />}
      {draft && (
        <div className={s.preview} tabIndex={0} role="region" aria-label="决算说明草稿预览">
          <article className={s.page} dangerouslySetInnerHTML={{ __html: draft.html }} />
        </div>
      )}
      <NarrativeCheckPanel api={api} result={result} priorYear={priorYear} say={say} onLocate={props.onLocate} />
    </div>
  );
}
