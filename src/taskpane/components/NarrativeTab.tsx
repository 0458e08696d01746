import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { AddinApi, AddinCheckResult } from '../../excel';
import type { PriorYear } from '../App';
import { copyRichText } from '../model/clipboard';
import { describeError } from '../model/error-message';
import { type NarrativeDraft, draftNarrative, narrativeDocx } from '../model/narrative';
import type { PaneMessage } from '../state/useChecker';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  preview: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
    maxHeight: '60vh',
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase200,
    lineHeight: '1.6',
    wordBreak: 'break-word',
    '& h1': { fontSize: '16px', margin: '4px 0 8px' },
    '& h2': { fontSize: '14px', margin: '10px 0 4px' },
    '& h3': { fontSize: '13px', margin: '8px 0 4px' },
    '& p': { margin: '0 0 6px', textIndent: '2em' },
    '& table': { borderCollapse: 'collapse', width: '100%', fontSize: '11px', margin: '4px 0 8px' },
    '& th, & td': { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '2px 3px' },
    '& img, & svg': { maxWidth: '100%', height: 'auto' },
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

/** 决算说明: the draft made from the checked tables, to copy into Word or download as .docx. */
export function NarrativeTab(props: {
  api: AddinApi;
  result: AddinCheckResult | null;
  family?: string;
  priorYear: PriorYear | null;
  say: (m: PaneMessage) => void;
}) {
  const s = useStyles();
  const { api, result, family, priorYear, say } = props;
  const [draft, setDraft] = useState<NarrativeDraft | null>(null);
  const [working, setWorking] = useState(false);

  const make = useCallback(async () => {
    if (!result) return;
    setWorking(true);
    try {
      const workbook = await api.readWorkbookModel();
      setDraft(draftNarrative(workbook, result.report, family, priorYear?.workbook));
    } catch (e) {
      setDraft(null);
      say({ intent: 'error', title: '未能起草决算说明', text: describeError(e) });
    } finally {
      setWorking(false);
    }
  }, [api, result, family, priorYear, say]);

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
      <Text className={s.empty}>【待补充】处需要您填写；金额取自本工作簿的决算表{priorYear ? `，增减变化对比 ${priorYear.name}` : ''}。</Text>
      {working && <Spinner size="small" label="正在起草…" />}
      {draft && <article className={s.preview} aria-label="决算说明草稿预览" dangerouslySetInnerHTML={{ __html: draft.html }} />}
    </div>
  );
}
