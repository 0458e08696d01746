import { Badge, Button, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { AddinApi, AddinCheckResult } from '../../excel';
import type { NarrativeFinding } from '../../core/narrative/lint/context';
import { copyRichText } from '../model/clipboard';
import { describeError } from '../model/error-message';
import { type NarrativeCheck, checkNarrativeText, keptNarrativeHint, narrativeCheckSummary, narrativeFindingView, narrativeInput } from '../model/narrative-check';
import type { PriorYear } from '../model/prior-year';
import type { PaneMessage } from '../state/useChecker';
import { escapeHtml } from '../../io/narrative/escape-html';
import { RelatedCells } from './RelatedCells';
import { SEVERITY } from './severity';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '10px' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column', gap: '8px', margin: 0, padding: 0 },
  card: {
    listStyleType: 'none',
    padding: '8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  head: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap', fontSize: tokens.fontSizeBase200 },
  where: { color: tokens.colorNeutralForeground3 },
  message: { margin: 0, wordBreak: 'break-word' },
  quote: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, wordBreak: 'break-word' },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  numbers: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

type NarrativeSource = Parameters<typeof narrativeInput>[0];

/**
 * 核对已有的说明: a 说明 written in Word — pasted, or its .docx / .txt picked — checked sentence by sentence
 * against this workbook's tables, as `juesuan lint-narrative --text` does. The file is read in the pane;
 * nothing leaves the machine.
 */
export function NarrativeCheckPanel(props: {
  api: AddinApi;
  /** The workbook's last check: a new one (after 修正, or edits) re-checks the 说明 against the tables as they are now. */
  result: AddinCheckResult | null;
  priorYear: PriorYear | null;
  say: (m: PaneMessage) => void;
  onLocate: (c: { sheet: string; cell: string }) => void;
}) {
  const s = useStyles();
  const { api, priorYear, say } = props;
  const [text, setText] = useState('');
  const [working, setWorking] = useState(false);
  const [checked, setChecked] = useState<NarrativeCheck | null>(null);
  const [input, setInput] = useState<NarrativeSource | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (given: NarrativeSource) => {
    setInput(given);
    setWorking(true);
    try {
      const { source, paragraphs } = await narrativeInput(given);
      if (!paragraphs.length) {
        setChecked(null);
        say({ intent: 'warning', text: `“${source}”中没有文字。` });
        return;
      }
      const workbook = await api.readWorkbookModel();
      setChecked(checkNarrativeText(workbook, source, paragraphs, priorYear?.workbook));
    } catch (e) {
      setChecked(null);
      say({ intent: 'error', title: '未能核对说明', text: describeError(e) });
    } finally {
      setWorking(false);
    }
  };

  useEffect(() => {
    if (input) void run(input);
    // Only a new check of the workbook (or another 上年 workbook) re-runs it; typing does not.
  }, [props.result, priorYear]);

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    await run({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
    if (fileInput.current) fileInput.current.value = ''; // the same file again after editing it
  };

  // Synchronous up to the clipboard call: the browser only allows it inside the click.
  const copyCorrected = (f: NarrativeFinding) => {
    const paragraph = f.replacement!;
    copyRichText(`<p>${escapeHtml(paragraph)}</p>`, paragraph).then(
      () => say({ intent: 'success', text: `已复制改正后的第 ${f.paragraph + 1} 段，可在 Word 中替换原段落。` }),
      (e) => say({ intent: 'error', title: '复制失败', text: describeError(e) }),
    );
  };

  return (
    <section className={s.section} aria-labelledby="narrative-check-heading">
      <h2 id="narrative-check-heading" className={s.heading}>
        核对已有的说明
      </h2>
      <Text className={s.hint}>
        把在 Word 中写好的决算说明粘贴到下面，或选择 .docx / .txt 文件，逐句与本工作簿的报表核对金额、占比、增减和科目名称。文件只在本机读取。
      </Text>
      {keptNarrativeHint(props.result?.report) && (
        <Text className={s.hint} data-role="kept-narrative">
          {keptNarrativeHint(props.result?.report)}
        </Text>
      )}
      <Textarea aria-label="粘贴决算说明文字" resize="vertical" rows={4} value={text} onChange={(_, d) => setText(d.value)} placeholder="在此粘贴说明全文" />
      <div className={s.actions}>
        <Button size="small" appearance="primary" disabled={working || !text.trim()} onClick={() => void run({ text })}>
          核对粘贴的文字
        </Button>
        <Button size="small" disabled={working} onClick={() => fileInput.current?.click()}>
          选择文件…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,.txt"
          hidden
          aria-label="选择决算说明文件（.docx 或 .txt）"
          onChange={(e) => void pickFile(e.target.files?.[0])}
        />
      </div>
      {working && <Spinner size="small" label="正在核对…" />}
      {checked && (
        <>
          <Text className={s.hint} data-role="narrative-check-summary">
            {narrativeCheckSummary(checked)}
          </Text>
          <ul className={s.list} aria-label="说明核对结果">
            {checked.report.findings.map((f, i) => {
              const view = narrativeFindingView(f, checked.paragraphs);
              const sev = SEVERITY[f.severity];
              return (
                <li key={`${f.rule}-${f.paragraph}-${f.span.start}-${i}`} className={s.card} data-narrative-rule={f.rule} aria-label={`${sev.label}：${f.message}`}>
                  <div className={s.head}>
                    <Badge appearance="filled" color={sev.color} size="small">
                      {sev.label}
                    </Badge>
                    <span className={s.where}>{view.paragraph}</span>
                    <span className={s.where}>
                      {f.rule} {view.title}
                    </span>
                  </div>
                  <p className={s.message} data-role="message">
                    {f.message}
                  </p>
                  <p className={s.quote}>
                    原文：{view.excerpt.before}
                    <mark className={s.mark}>{view.excerpt.marked}</mark>
                    {view.excerpt.after}
                  </p>
                  {(f.expected || f.actual) && (
                    <p className={s.numbers}>
                      {f.expected ? `应为 ${f.expected}` : ''}
                      {f.expected && f.actual ? '，' : ''}
                      {f.actual ? `实为 ${f.actual}` : ''}
                    </p>
                  )}
                  <RelatedCells related={f.related} onLocate={props.onLocate} />
                  {f.replacement && (
                    <div className={s.actions}>
                      <Button size="small" onClick={() => copyCorrected(f)} aria-label={`复制改正后的段落（第 ${f.paragraph + 1} 段）`}>
                        复制改正后的段落
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
