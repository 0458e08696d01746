import { useCallback, useMemo, useRef, useState } from 'react';
import type { AddinApi, AddinCheckResult, ApplyResult } from '../../excel';
import { appliedText } from '../model/applied-text';
import type { Finding } from '../../core/findings/finding';
import { describeError } from '../model/error-message';
import { isTrialRefusal } from '../../core/fix-trial';

export type Intent = 'error' | 'warning' | 'success' | 'info';

export interface PaneMessage {
  intent: Intent;
  title?: string;
  text: string;
}

/** A single 修正 that, tried first, would bring up a new problem: asked before it is written. */
export interface FixConfirmation {
  key: string;
  mode: 'value' | 'formula';
  reason: string;
  /** Where and what it would write, in the officer's words. */
  cell: string;
  value: string;
}

export interface Dismissal {
  reason: string;
  at: string;
}

export interface CheckerState {
  running: boolean;
  progress: { step: string; fraction: number } | null;
  result: AddinCheckResult | null;
  dismissed: Map<string, Dismissal>;
  /** Finding keys fixed (or whose hidden lines were shown) in this session (cleared by 撤销修正 and by a new check). */
  fixed: Set<string>;
  messages: PaneMessage[];
  /** Action in flight ('fix', 'undo', 'clear', 'dismiss', 'select'), to disable the buttons. */
  busy: string | null;
  /** A 修正 waiting for the officer's word. */
  confirm: FixConfirmation | null;
}

function refusedText(refused: ApplyResult['refused'], findings: Finding[]): string {
  return refused
    .map((r) => {
      const f = findings.find((x) => x.key === r.key);
      return `${f ? `${f.sheet}!${f.cell}` : r.key}：${r.reason}`;
    })
    .join('；');
}

/** The cells of refused findings, each once: 公开02表!D23、公开02表!E23. */
function cellsOf(refused: ApplyResult['refused'], findings: Finding[]): string {
  const cells = refused.map((r) => findings.find((x) => x.key === r.key)).map((f) => (f ? `${f.sheet}!${f.cell}` : ''));
  return [...new Set(cells.filter(Boolean))].join('、');
}

/** The pane's whole interaction with the add-in API; components only render and call these. */
export function useChecker(api: AddinApi) {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckerState['progress']>(null);
  const [result, setResult] = useState<AddinCheckResult | null>(null);
  const [dismissed, setDismissed] = useState<Map<string, Dismissal>>(new Map());
  const [fixed, setFixed] = useState<Set<string>>(new Set());
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<FixConfirmation | null>(null);
  const findingsRef = useRef<Finding[]>([]);

  const say = useCallback((m: PaneMessage | PaneMessage[]) => setMessages(Array.isArray(m) ? m : [m]), []);
  const dismissMessage = useCallback((i: number) => setMessages((ms) => ms.filter((_, j) => j !== i)), []);

  const runCheck = useCallback(
    async (profile?: string) => {
      setRunning(true);
      setMessages([]);
      setProgress({ step: '准备检查', fraction: 0 });
      try {
        const res = await api.check({ profile, onProgress: (step, fraction) => setProgress({ step, fraction }) });
        findingsRef.current = res.report.findings;
        setResult(res);
        setDismissed(new Map(res.dismissed.map((d) => [d.key, { reason: d.reason, at: d.at }])));
        setFixed(new Set());
        const notes: PaneMessage[] = [];
        if (res.notice) notes.push({ intent: 'warning', title: '提示', text: res.notice });
        if (res.report.tables.length === 0) {
          notes.push({
            intent: 'warning',
            title: '未识别到决算表',
            text: '本工作簿中没有找到 公开01表…公开12表 等部门决算公开表。请确认表头（表号、表名、栏目）完整。',
          });
        }
        setMessages(notes);
        setProgress({ step: '检查完成', fraction: 1 });
      } catch (e) {
        setProgress(null);
        say({ intent: 'error', title: '检查未完成', text: describeError(e) });
      } finally {
        setRunning(false);
      }
    },
    [api, say],
  );

  const guarded = useCallback(
    async (name: string, action: string, work: () => Promise<void>) => {
      setBusy(name);
      try {
        await work();
      } catch (e) {
        say({ intent: 'error', title: `${action}未完成`, text: describeError(e) });
      } finally {
        setBusy(null);
      }
    },
    [say],
  );

  const locate = useCallback(
    (f: Pick<Finding, 'sheet' | 'cell' | 'reveal'>) =>
      guarded('select', '定位', async () => {
        const notice = await api.select(f.sheet, f.cell);
        // From a card that can unhide its own lines, the one-click way comes first.
        if (notice) say({ intent: 'info', text: f.reveal ? `${notice} 也可以直接点这条问题的“取消隐藏”。` : notice });
      }),
    [api, guarded, say],
  );

  /**
   * 修正 (one finding) and 全部修正: each correction tried first and written with what it brings along;
   * one that would bring up a new problem is, for 全部修正, left and said, for a single 修正 asked about
   * (FixConfirmDialog); `asChosen` writes it as it is, the officer having said so.
   */
  const applyFixes = useCallback(
    (keys: string[], mode: 'value' | 'formula', how: 'one' | 'all' | 'asChosen' = 'one') =>
      guarded('fix', how === 'all' ? '全部修正' : '修正', async () => {
        if (keys.length === 0) {
          say({ intent: 'info', text: '没有可以自动修正的问题。' });
          return;
        }
        const res = await (how === 'asChosen' ? api.applyFixes(keys, mode) : api.applyAllFixes(keys, mode));
        const doubt = how === 'one' && res.refused.length === 1 && isTrialRefusal(res.refused[0].reason) ? res.refused[0] : undefined;
        const f = doubt && findingsRef.current.find((x) => x.key === doubt.key);
        if (doubt && f?.fix) {
          setConfirm({ key: doubt.key, mode, reason: doubt.reason, cell: `${f.fix.sheet}!${f.fix.cell}`, value: mode === 'formula' && f.fix.formula ? `=${f.fix.formula}` : String(f.fix.value) });
          return;
        }
        const done = [...res.applied.map((a) => a.key), ...res.covered.map((c) => c.key)];
        setFixed((s) => new Set([...s, ...done]));
        const out: PaneMessage[] = [];
        const success = appliedText(res, mode);
        if (success) out.push({ intent: 'success', title: '已修正', text: success });
        if (res.refused.length > 0) {
          // Those a person must judge are named by cell only: their card's 修正 says why (FixConfirmDialog).
          const judged = res.refused.filter((r) => isTrialRefusal(r.reason));
          const other = res.refused.filter((r) => !isTrialRefusal(r.reason));
          const parts = [
            ...(judged.length ? [`${cellsOf(judged, findingsRef.current)}：改后会出现新的问题，须人工判断是哪一处有误（点该条的「修正」可看原因）`] : []),
            ...(other.length ? [refusedText(other, findingsRef.current)] : []),
          ];
          out.push({ intent: 'warning', title: `${res.refused.length} 处未修正`, text: parts.join('；') });
        }
        say(out);
      }),
    [api, guarded, say],
  );

  const reveal = useCallback(
    (keys: string[]) =>
      guarded('fix', '取消隐藏', async () => {
        const res = await api.reveal(keys);
        setFixed((s) => new Set([...s, ...res.revealed]));
        const out: PaneMessage[] = [];
        if (res.revealed.length > 0) {
          out.push({
            intent: 'success',
            title: '已取消隐藏',
            text:
              res.shown > 0
                ? `已显示 ${res.shown} 处隐藏的行、列或工作表。可用「撤销修正」重新隐藏；请重新检查以更新批注。`
                : '这些行、列或工作表已经显示，无需操作；请重新检查以更新批注。',
          });
        }
        if (res.refused.length > 0) {
          out.push({ intent: 'warning', title: `${res.refused.length} 处未取消隐藏`, text: refusedText(res.refused, findingsRef.current) });
        }
        say(out);
      }),
    [api, guarded, say],
  );

  const undoFixes = useCallback(
    () =>
      guarded('undo', '撤销修正', async () => {
        const res = await api.undoFixes();
        setFixed(new Set());
        const done = [res.restored > 0 ? `已恢复 ${res.restored} 个单元格的原值` : '', res.rehidden > 0 ? `已重新隐藏 ${res.rehidden} 处取消隐藏的行、列或工作表` : '']
          .filter(Boolean)
          .join('；');
        const out: PaneMessage[] = [{ intent: done ? 'success' : 'info', text: done ? `${done}。` : '没有需要撤销的修正。' }];
        if (res.conflicts.length > 0) {
          out.push({
            intent: 'warning',
            title: `${res.conflicts.length} 个单元格未恢复`,
            text: res.conflicts.map((c) => `${c.sheet}!${c.cell}：${c.reason}`).join('；'),
          });
        }
        say(out);
      }),
    [api, guarded, say],
  );

  const clearMarks = useCallback(
    () =>
      guarded('clear', '清除标注', async () => {
        const n = await api.clearMarks();
        say({ intent: 'success', text: n > 0 ? `已清除决算助手的 ${n} 条标注，您自己的批注未受影响。` : '工作簿中没有决算助手的标注。' });
      }),
    [api, guarded, say],
  );

  const dismiss = useCallback(
    (key: string, reason: string) =>
      guarded('dismiss', '忽略', async () => {
        await api.dismiss(key, reason);
        setDismissed((m) => new Map(m).set(key, { reason, at: new Date().toISOString() }));
        say({ intent: 'success', text: '已忽略，说明已保存在工作簿中；以后检查不再标注这一条。可打开「显示已忽略的问题」查看。' });
      }),
    [api, guarded, say],
  );

  const state: CheckerState = useMemo(
    () => ({ running, progress, result, dismissed, fixed, messages, busy, confirm }),
    [running, progress, result, dismissed, fixed, messages, busy, confirm],
  );
  const confirmFix = useCallback(
    (c: FixConfirmation | null) => {
      setConfirm(null);
      if (c) void applyFixes([c.key], c.mode, 'asChosen');
    },
    [applyFixes],
  );
  return { state, runCheck, locate, applyFixes, confirmFix, reveal, undoFixes, clearMarks, dismiss, say, dismissMessage };
}

export type Checker = ReturnType<typeof useChecker>;
