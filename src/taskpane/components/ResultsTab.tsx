import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { summarize, type Finding, type Severity } from '../../core/findings/finding';
import { emptyListText } from '../model/empty-list';
import { narrativeNote, selfEvaluationTextNote } from '../../core/narrative-note';
import { tableCount } from '../../core/table-count';
import { groupFindings } from '../model/group-findings';
import type { Checker } from '../state/useChecker';
import { BulkActions } from './BulkActions';
import { DismissDialog } from './DismissDialog';
import { FixConfirmDialog } from './FixConfirmDialog';
import { bulkFixable } from '../../core/findings/fix-write';
import { FindingGroupList } from './FindingGroupList';
import { SummaryCounts } from './SummaryCounts';
import { UnrecognizedNote } from './UnrecognizedNote';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  empty: { padding: '12px 0', color: tokens.colorNeutralForeground2 },
});

/** 检查结果: counts, whole-workbook actions and the findings grouped by table. */
export function ResultsTab(props: { checker: Checker }) {
  const s = useStyles();
  const { state, locate, applyFixes, confirmFix, reveal, undoFixes, clearMarks, dismiss } = props.checker;
  const [showDismissed, setShowDismissed] = useState(false);
  const [dismissing, setDismissing] = useState<Finding | null>(null);
  const [severity, setSeverity] = useState<Severity | null>(null);
  const report = state.result?.report;

  const open = useMemo(() => (report ? report.findings.filter((f) => !state.dismissed.has(f.key)) : []), [report, state.dismissed]);
  const shown = useMemo(() => {
    const all = showDismissed && report ? report.findings : open;
    return severity ? all.filter((f) => f.severity === severity) : all;
  }, [showDismissed, report, open, severity]);
  const groups = useMemo(() => groupFindings(shown, report?.tables ?? []), [shown, report]);
  // 全部修正 covers errors and warnings; a 提示 is within rounding, so it is only fixed one by one.
  const fixable = bulkFixable(open).filter((f) => !state.fixed.has(f.key));
  const revealable = open.filter((f) => f.reveal && !state.fixed.has(f.key));

  if (!report) {
    return (
      <Text as="p" className={s.empty}>
        点击「检查本工作簿」，决算助手会找出工作簿中的决算公开表，逐项核对表内、表间勾稽关系和绩效自评得分，并在有问题的单元格上添加批注。
      </Text>
    );
  }
  const dismissedCount = report.findings.length - open.length;
  return (
    <div className={s.column}>
      <SummaryCounts summary={summarize(open)} filter={severity} onFilter={setSeverity} />
      <Text className={s.meta}>
        识别到 {tableCount(report.tables)}{report.scores.length > 0 ? `、${report.scores.length} 张绩效自评表` : ''}
        {report.narrative ? `；${narrativeNote({ ...report, narrative: report.narrative })}` : ''}
        {report.selfEvaluationText ? `；${selfEvaluationTextNote(report.selfEvaluationText)}` : ''}
        {state.result?.marksMode === 'highlight' ? '；问题单元格已高亮，详见「检查结果」工作表' : ''}
      </Text>
      <UnrecognizedNote items={report.unrecognized} />
      <BulkActions
        fixableCount={fixable.length}
        anyFormula={fixable.some((f) => f.fix?.formula)}
        busy={state.busy !== null || state.running}
        revealableCount={revealable.length}
        onFixAll={(mode) => applyFixes(fixable.map((f) => f.key), mode, 'all')}
        onRevealAll={() => reveal(revealable.map((f) => f.key))}
        onUndo={undoFixes}
        onClear={clearMarks}
      />
      <Switch
        checked={showDismissed}
        disabled={dismissedCount === 0}
        onChange={(_, d) => setShowDismissed(d.checked)}
        label={`显示已忽略的问题（${dismissedCount}）`}
      />
      {groups.length === 0 ? (
        <Text as="p" className={s.empty}>
          {emptyListText(report, severity)}
        </Text>
      ) : (
        <FindingGroupList
          groups={groups}
          dismissed={state.dismissed}
          fixed={state.fixed}
          busy={state.busy !== null || state.running}
          onLocate={locate}
          onFix={(f, mode) => applyFixes([f.key], mode)}
          onReveal={(f) => reveal([f.key])}
          onDismiss={setDismissing}
        />
      )}
      <FixConfirmDialog confirm={state.confirm} onCancel={() => confirmFix(null)} onConfirm={confirmFix} />
      <DismissDialog
        finding={dismissing}
        onCancel={() => setDismissing(null)}
        onConfirm={(reason) => {
          const f = dismissing;
          setDismissing(null);
          if (!f) return;
          // The card goes away: keep the keyboard user in the list, on the next finding.
          const i = shown.findIndex((x) => x.key === f.key);
          const next = shown[i + 1] ?? shown[i - 1];
          void dismiss(f.key, reason).then(() => {
            const card = next && [...document.querySelectorAll('[data-finding-key]')].find((el) => el.getAttribute('data-finding-key') === next.key);
            card?.querySelector<HTMLElement>('button')?.focus();
          });
        }}
      />
    </div>
  );
}
