import { MARK } from '../../src/excel';
import { SETTLED_TEXT } from '../../src/excel/comments';
import { SimError } from '../excel-sim';
import { commentsOn, open } from './helpers';

describe('comments on findings (ExcelApi 1.10)', () => {
  test('each finding of the sample becomes a 【决算助手】 comment on its cell with message, expected, found and difference', async () => {
    const s = await open('SAMPLE');
    const r = await s.api.check();
    expect(r.report.findings.length).toBeGreaterThan(0);
    const cells = new Set(r.report.findings.map((f) => `${f.sheet}!${f.cell}`));
    expect(s.sim.state.comments).toHaveLength(cells.size);
    for (const f of r.report.findings) {
      const sheetId = s.sim.state.sheets.find((x) => x.name === f.sheet)!.id;
      const c = s.sim.state.comments.find((x) => x.sheetId === sheetId && `${x.row},${x.col}` === rc(f.cell))!;
      expect(c.content.startsWith(MARK)).toBe(true);
      expect(c.content).toContain(f.message);
      if (f.expected) expect(c.content).toContain(`应为 ${f.expected}`);
      if (f.actual) expect(c.content).toContain(`实为 ${f.actual}`);
      if (f.difference) expect(c.content).toContain(`差额 ${f.difference}`);
    }
    s.uninstall();
  });

  test('a re-run replaces the add-in comments and never touches the user comments', async () => {
    const s = await open('inj-total.xlsx');
    const first = await s.api.check();
    const sheet3 = s.sim.state.sheets.find((x) => x.name === '公开03表')!;
    // The user comments on a cell the add-in does not mark, and replies to nothing of ours.
    s.sim.state.comments.push({ id: 'u1', sheetId: sheet3.id, row: 2, col: 0, content: '请王科长复核', authorName: '王科长', authorEmail: 'w@x', creationDate: '2026-01-01', resolved: false, replies: [] });
    const before = s.sim.state.comments.filter((c) => c.content.startsWith(MARK)).length;
    const second = await s.api.check();
    expect(second.report.findings.map((f) => f.key)).toEqual(first.report.findings.map((f) => f.key));
    expect(s.sim.state.comments.filter((c) => c.content.startsWith(MARK))).toHaveLength(before);
    expect(s.sim.state.comments.find((c) => c.id === 'u1')).toMatchObject({ content: '请王科长复核', authorName: '王科长' });
    expect(second.syncs).toBeLessThanOrEqual(3);
    s.uninstall();
  });

  test('a finding on a cell that already has a user comment becomes a reply in that thread', async () => {
    const s = await open('inj-total.xlsx');
    const sheet3 = s.sim.state.sheets.find((x) => x.name === '公开03表')!;
    // D12 is the total the injected error broke.
    s.sim.state.comments.push({ id: 'u2', sheetId: sheet3.id, row: 11, col: 3, content: '此数来自财政批复', authorName: '李会计', authorEmail: 'l@x', creationDate: '2026-01-01', resolved: false, replies: [] });
    await s.api.check();
    const thread = s.sim.state.comments.find((c) => c.id === 'u2')!;
    expect(thread.content).toBe('此数来自财政批复');
    expect(thread.replies).toHaveLength(1);
    expect(thread.replies[0].content).toMatch(/^【决算助手】[\s\S]*T03-1/);
    // Again: the reply is replaced, not doubled; clearing removes it and keeps the thread.
    await s.api.check();
    expect(s.sim.state.comments.find((c) => c.id === 'u2')!.replies).toHaveLength(1);
    const removed = await s.api.clearMarks();
    expect(removed).toBeGreaterThan(1);
    expect(s.sim.state.comments).toHaveLength(1);
    expect(s.sim.state.comments[0]).toMatchObject({ id: 'u2', content: '此数来自财政批复', replies: [] });
    s.uninstall();
  });

  test('an add-in comment the user replied to is updated in place, keeping the reply', async () => {
    const s = await open('inj-total.xlsx');
    await s.api.check();
    const ours = s.sim.state.comments.find((c) => c.content.startsWith(MARK))!;
    ours.replies.push({ id: 'r1', content: '已知，待调整', authorName: '李会计', authorEmail: 'l@x', creationDate: '2026-01-02' });
    await s.api.check();
    const same = s.sim.state.comments.find((c) => c.id === ours.id)!;
    expect(same.content.startsWith(MARK)).toBe(true);
    expect(same.replies.map((r) => r.content)).toEqual(['已知，待调整']);
    s.uninstall();
  });

  test('an add-in thread the user replied to is kept, settled and resolved, when its problem is gone or on 清除标注', async () => {
    const s = await open('inj-total.xlsx');
    const r = await s.api.check();
    const threads = s.sim.state.comments.filter((c) => c.content.startsWith(MARK));
    threads[0].replies.push({ id: 'r1', content: '已按批复调整', authorName: '李会计', authorEmail: 'l@x', creationDate: '2026-01-02' });
    // The officer dismisses every finding of that cell: the next check has nothing to say there.
    const cellOf = (c: (typeof threads)[0]) => s.sim.state.sheets.find((x) => x.id === c.sheetId)!.name;
    for (const f of r.report.findings.filter((x) => x.sheet === cellOf(threads[0]) && rc(x.cell) === `${threads[0].row},${threads[0].col}`)) {
      await s.api.dismiss(f.key, '已核实');
    }
    await s.api.check();
    const kept = s.sim.state.comments.find((c) => c.id === threads[0].id)!;
    expect(kept.content).toBe(SETTLED_TEXT);
    expect(kept.resolved).toBe(true);
    expect(kept.replies.map((x) => x.content)).toEqual(['已按批复调整']);
    await s.api.clearMarks();
    expect(s.sim.state.comments.map((c) => c.id)).toEqual([threads[0].id]);
    s.uninstall();
  });

  test('when Excel refuses a comment (e.g. a cell holding an old-style note) the findings still come back, with a notice', async () => {
    const s = await open('inj-total.xlsx');
    let adds = 0;
    s.sim.failOn = (what) =>
      what === 'CommentCollection.add' && ++adds === 2 ? new SimError('InvalidOperation', 'This cell already has a note.') : undefined;
    const r = await s.api.check();
    s.sim.failOn = undefined;
    expect(r.report.findings.length).toBeGreaterThan(3);
    expect(r.notice).toContain('写入批注失败');
    expect(r.notice).toContain('问题清单不受影响');
    // The next run puts everything right.
    const again = await s.api.check();
    expect(again.notice).toBeUndefined();
    expect(s.sim.state.comments.length).toBe(new Set(again.report.findings.map((f) => `${f.sheet}!${f.cell}`)).size);
    s.uninstall();
  });

  test('清除标注 removes only the add-in comments', async () => {
    const s = await open('SAMPLE');
    await s.api.check();
    const t01 = s.sim.state.sheets[0];
    s.sim.state.comments.push({ id: 'u3', sheetId: t01.id, row: 5, col: 1, content: '用户批注', authorName: '张会计', authorEmail: '', creationDate: '', resolved: false, replies: [] });
    const ours = s.sim.state.comments.filter((c) => c.content.startsWith(MARK)).length;
    expect(await s.api.clearMarks()).toBe(ours);
    expect(s.sim.state.comments.map((c) => c.id)).toEqual(['u3']);
    s.uninstall();
  });

  test('a protected sheet is left unmarked and the notice says so', async () => {
    const s = await open('inj-total.xlsx');
    s.sim.protectSheet('公开03表');
    const r = await s.api.check();
    expect(commentsOn(s.sim, '公开03表')).toEqual([]);
    expect(commentsOn(s.sim, '公开01表').length).toBeGreaterThan(0);
    expect(r.notice).toContain('“公开03表”受保护');
    expect(r.report.findings.some((f) => f.sheet === '公开03表')).toBe(true);
    s.uninstall();
  });

  test('dismissed findings (忽略并说明) are not marked and survive save and reopen', async () => {
    const s = await open('inj-total.xlsx');
    const first = await s.api.check();
    const f = first.report.findings.find((x) => x.rule === 'T03-1' && x.severity === 'error')!;
    await s.api.dismiss(f.key, '已与财政局核对，按批复数填列');
    const reopened = s.reopen();
    const again = await reopened.api.check();
    expect(again.dismissed).toEqual([{ key: f.key, reason: '已与财政局核对，按批复数填列', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    const marked = commentsOn(reopened.sim, f.sheet).filter((c) => `${c.row},${c.col}` === rc(f.cell));
    // Another finding on the same cell (T03-2) is still marked; the dismissed one is not in the text.
    for (const c of marked) expect(c.content).not.toContain(f.message);
    // The store is the veryHidden journal sheet; the check never reads it as a table.
    const store = reopened.sim.state.sheets.find((x) => x.name === '_juesuan_journal')!;
    expect(store.visibility).toBe('VeryHidden');
    expect(again.report.tables.every((t) => t.sheet !== '_juesuan_journal')).toBe(true);
    reopened.uninstall();
  });
});

function rc(a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return `${Number(m[2]) - 1},${col}`;
}
