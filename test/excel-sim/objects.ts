import { parseRangeA1 } from '../../src/core/model/address';
import { SimError, accessDenied, invalidArgument, itemNotFound } from './errors';
import { SimClientResult, SimContext, SimObject } from './runtime';
import { type Rect, MAX_COL, MAX_ROW, addressOf, cellOf, grid, intersects, parseInput, usedRect } from './cells';
import { type SimComment, type SimReply, type SimSheet, type Visibility, key, newId } from './state';

type Located = { sheet: SimSheet; rect: Rect };

function wbOf(ctx: SimContext) {
  return ctx.sim.state;
}

function findSheet(ctx: SimContext, nameOrId: string): SimSheet | undefined {
  const lower = nameOrId.toLowerCase();
  return wbOf(ctx).sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
}

function writable(sheet: SimSheet, what: string): void {
  if (sheet.protected) throw accessDenied(`${sheet.name} ${what}`);
}

/** Splits "'Sheet 1'!A1:B2" into the sheet name (or undefined) and the bare address. */
export function splitAddress(address: string): { sheet?: string; bare: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { bare: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, bare: address.slice(bang + 1) };
}

function rectOf(bare: string): Rect {
  if (/^[A-Z]+:[A-Z]+$/i.test(bare) || /^\d+:\d+$/.test(bare)) throw invalidArgument(`whole rows/columns not simulated: ${bare}`);
  try {
    return parseRangeA1(bare);
  } catch {
    throw invalidArgument(bare);
  }
}

// ---------------------------------------------------------------- workbook

export class SimWorkbookObject extends SimObject {
  readonly worksheets: SimWorksheetCollection;
  readonly protection: SimWorkbookProtection;
  private commentsProxy?: SimCommentCollection;

  constructor(ctx: SimContext) {
    super(ctx);
    this.worksheets = new SimWorksheetCollection(ctx);
    this.protection = new SimWorkbookProtection(ctx);
  }

  /** ExcelApi 1.10. */
  get comments(): SimCommentCollection {
    this.ctx.requireSet('Workbook.comments', '1.10');
    return (this.commentsProxy ??= new SimCommentCollection(this.ctx, () => wbOf(this.ctx).comments));
  }

  scalars(): string[] {
    return ['name'];
  }
  resolve(): unknown {
    return wbOf(this.ctx);
  }
  protected read(name: string): unknown {
    return name === 'name' ? (this.ctx.sim.fileName ?? 'Book1.xlsx') : undefined;
  }
  protected nav(name: string): SimObject | undefined {
    if (name === 'protection') return this.protection;
    return undefined;
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.ctx, () => {
      const sel = wbOf(this.ctx).selection;
      const sheet = sel ? findSheet(this.ctx, sel.sheetId) : wbOf(this.ctx).sheets[0];
      if (!sheet) throw itemNotFound('selection');
      return { sheet, rect: rectOf(sel?.address ?? 'A1') };
    });
  }
}

export class SimWorkbookProtection extends SimObject {
  scalars(): string[] {
    return ['protected'];
  }
  resolve(): unknown {
    return wbOf(this.ctx);
  }
  protected read(): unknown {
    return wbOf(this.ctx).structureProtected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

// ---------------------------------------------------------------- worksheets

export class SimWorksheetCollection extends SimObject {
  private list?: SimWorksheet[];

  get items(): SimWorksheet[] {
    if (!this.list) throw new SimError('PropertyNotLoaded', `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.list;
  }
  scalars(): string[] {
    return [];
  }
  resolve(): unknown {
    return wbOf(this.ctx).sheets;
  }
  protected read(): unknown {
    return undefined;
  }

  doLoad(paths: string[]): void {
    const ids = wbOf(this.ctx).sheets.map((s) => s.id);
    const items = ids.map((id) => new SimWorksheet(this.ctx, () => findSheet(this.ctx, id) ?? null, false));
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    for (const it of items) it.doLoad(itemPaths.length ? itemPaths : it.scalars());
    this.ctx.staged.push(() => (this.list = items));
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => findSheet(this.ctx, key) ?? null, false, key);
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.ctx, () => findSheet(this.ctx, key) ?? null, true, key);
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, () => findSheet(this.ctx, wbOf(this.ctx).activeSheetId ?? '') ?? null, false);
  }

  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => wbOf(this.ctx).sheets.length);
  }

  add(name?: string): SimWorksheet {
    const holder: { id?: string } = {};
    this.ctx.enqueue('WorksheetCollection.add', () => {
      const wb = wbOf(this.ctx);
      if (wb.structureProtected) throw new SimError('AccessDenied', 'The workbook structure is protected: sheets cannot be added.');
      const n = name ?? `Sheet${wb.sheets.length + 1}`;
      if (n.length > 31 || /[[\]:*?/\\]/.test(n) || n.trim() === '') throw invalidArgument(`sheet name ${n}`);
      if (findSheet(this.ctx, n)) throw new SimError('ItemAlreadyExists', `A sheet named '${n}' already exists.`);
      const sheet: SimSheet = { id: newId(wb, 'sheet'), name: n, visibility: 'Visible', protected: false, cells: new Map(), merges: [] };
      wb.sheets.push(sheet);
      holder.id = sheet.id;
    });
    return new SimWorksheet(this.ctx, () => (holder.id ? findSheet(this.ctx, holder.id) ?? null : null), false, name);
  }
}

export class SimWorksheetProtection extends SimObject {
  constructor(ctx: SimContext, private readonly owner: SimWorksheet) {
    super(ctx);
  }
  scalars(): string[] {
    return ['protected'];
  }
  resolve(): unknown {
    return this.owner.resolve();
  }
  protected read(_: string, target: unknown): unknown {
    return (target as SimSheet).protected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

/** Worksheet.autoFilter (ExcelApi 1.9): only its range is read. */
export class SimAutoFilter {
  constructor(private readonly ctx: SimContext, private readonly owner: SimWorksheet) {}
  getRangeOrNullObject(): SimRange {
    return new SimRange(this.ctx, () => {
      const sheet = this.owner.sheet();
      return sheet.autoFilter ? { sheet, rect: { ...sheet.autoFilter } } : null;
    }, true);
  }
}

export class SimWorksheet extends SimObject {
  readonly protection: SimWorksheetProtection;
  readonly autoFilter: SimAutoFilter;

  constructor(
    ctx: SimContext,
    private readonly locate: () => SimSheet | null,
    private readonly nullable: boolean,
    private readonly label = 'worksheet',
  ) {
    super(ctx);
    this.protection = new SimWorksheetProtection(ctx, this);
    this.autoFilter = new SimAutoFilter(ctx, this);
  }

  resolve(): SimSheet | null {
    const s = this.locate();
    if (!s && !this.nullable) throw itemNotFound(this.label);
    return s;
  }
  /** For methods: a missing sheet, nullable or not, cannot be used further. */
  sheet(): SimSheet {
    const s = this.locate();
    if (!s) throw itemNotFound(this.label);
    return s;
  }
  scalars(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }
  protected read(name: string, target: unknown): unknown {
    const s = target as SimSheet;
    if (name === 'position') return wbOf(this.ctx).sheets.indexOf(s);
    return (s as unknown as Record<string, unknown>)[name];
  }
  protected nav(name: string): SimObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      if (wbOf(this.ctx).structureProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
      this.sheet().name = v;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): Visibility {
    return this.get('visibility');
  }
  set visibility(v: Visibility) {
    this.set('visibility', v, () => {
      const s = this.sheet();
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw invalidArgument(`visibility ${v}`);
      if (wbOf(this.ctx).structureProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
      if (v !== 'Visible' && wbOf(this.ctx).sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) {
        throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
    });
  }

  private rangeAt(rect: () => Rect): SimRange {
    return new SimRange(this.ctx, () => ({ sheet: this.sheet(), rect: rect() }));
  }

  getRange(address?: string): SimRange {
    return this.rangeAt(() => (address ? rectOf(splitAddress(address).bare) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }));
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this.rangeAt(() => ({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }));
  }
  getCell(row: number, column: number): SimRange {
    return this.rangeAt(() => ({ top: row, left: column, bottom: row, right: column }));
  }
  getUsedRange(valuesOnly = false): SimRange {
    return this.rangeAt(() => usedRect(this.sheet(), valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(this.ctx, () => {
      const sheet = this.sheet();
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    }, true);
  }
  activate(): void {
    this.ctx.enqueue('Worksheet.activate', () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new SimError('InvalidOperation', 'Cannot activate a hidden sheet.');
      wbOf(this.ctx).activeSheetId = s.id;
    });
  }
  delete(): void {
    this.ctx.enqueue('Worksheet.delete', () => {
      const wb = wbOf(this.ctx);
      const s = this.sheet();
      if (wb.structureProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
      if (s.visibility === 'Visible' && wb.sheets.filter((x) => x.visibility === 'Visible').length === 1) {
        throw new SimError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.comments = wb.comments.filter((c) => c.sheetId !== s.id);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')?.id;
    });
  }
}

// ---------------------------------------------------------------- ranges

function allOrNone(from: number, to: number, hidden: Set<number> | undefined): boolean | null {
  let count = 0;
  for (let i = from; i <= to; i++) if (hidden?.has(i)) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

/** Runs [first, last] of the indexes from..to that are not hidden. */
function visibleRuns(from: number, to: number, hidden: Set<number> | undefined): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = from; i <= to; i++) {
    if (hidden?.has(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

export class SimRange extends SimObject {
  readonly format: SimRangeFormat;

  constructor(ctx: SimContext, private readonly locate: () => Located | null, private readonly nullable = false) {
    super(ctx);
    this.format = new SimRangeFormat(ctx, this);
  }

  resolve(): Located | null {
    const at = this.locate();
    if (!at && !this.nullable) throw itemNotFound('range');
    return at;
  }
  at(): Located {
    const at = this.locate();
    if (!at) throw new SimError('InvalidObjectPath', 'The object path is not valid: the range is a null object.');
    return at;
  }
  scalars(): string[] {
    return ['address', 'values', 'formulas', 'numberFormat', 'text', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'valueTypes', 'rowHidden', 'columnHidden'];
  }
  protected read(name: string, target: unknown): unknown {
    const { sheet, rect } = target as Located;
    const cell = (r: number, c: number) => cellOf(sheet, r, c);
    switch (name) {
      case 'address':
        return addressOf(sheet, rect);
      // Excel: true when every row (column) of the range is hidden, false when none is, null when some are.
      case 'rowHidden':
        return allOrNone(rect.top, rect.bottom, sheet.hiddenRows);
      case 'columnHidden':
        return allOrNone(rect.left, rect.right, sheet.hiddenCols);
      case 'values':
        return grid(rect, (r, c) => cell(r, c)?.value ?? '');
      case 'text':
        return grid(rect, (r, c) => String(cell(r, c)?.value ?? ''));
      case 'formulas':
        return grid(rect, (r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? '');
      case 'numberFormat':
        return grid(rect, (r, c) => cell(r, c)?.numFmt ?? 'General');
      case 'valueTypes':
        return grid(rect, (r, c) => {
          const v = cell(r, c)?.value ?? '';
          if (v === '') return 'Empty';
          if (typeof v === 'number') return 'Double';
          if (typeof v === 'boolean') return 'Boolean';
          return /^#[A-Z0-9/!?]+[!?A]$/.test(v) ? 'Error' : 'String';
        });
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
    }
    return undefined;
  }
  protected nav(name: string): SimObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.set('values', v, () => this.write(v, 'values'));
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.set('formulas', v, () => this.write(v, 'formulas'));
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.set('numberFormat', v, () => this.write(v, 'numberFormat'));
  }
  get text(): string[][] {
    return this.get('text');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get rowHidden(): boolean | null {
    return this.get('rowHidden');
  }
  /** Hides or shows every row of the range (ExcelApi 1.2); refused on a protected sheet. */
  set rowHidden(v: boolean) {
    this.set('rowHidden', v, () => this.hideLines('rowHidden', v));
  }
  get columnHidden(): boolean | null {
    return this.get('columnHidden');
  }
  set columnHidden(v: boolean) {
    this.set('columnHidden', v, () => this.hideLines('columnHidden', v));
  }

  private hideLines(what: 'rowHidden' | 'columnHidden', hide: boolean): void {
    const { sheet, rect } = this.at();
    writable(sheet, `Range.${what}`);
    if (typeof hide !== 'boolean') throw invalidArgument(`${what} ${String(hide)}`);
    const rows = what === 'rowHidden';
    const lines = (rows ? sheet.hiddenRows : sheet.hiddenCols) ?? new Set<number>();
    for (let i = rows ? rect.top : rect.left; i <= (rows ? rect.bottom : rect.right); i++) {
      if (hide) lines.add(i);
      else lines.delete(i);
    }
    if (rows) sheet.hiddenRows = lines;
    else sheet.hiddenCols = lines;
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }

  private write(v: unknown[][], what: 'values' | 'formulas' | 'numberFormat'): void {
    const { sheet, rect } = this.at();
    writable(sheet, `Range.${what}`);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(v) || v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new SimError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
    }
    v.forEach((line, i) =>
      line.forEach((x, j) => {
        if (x === null || x === undefined) return; // null leaves the cell unchanged, as in Office.js
        const k = key(rect.top + i, rect.left + j);
        const old = sheet.cells.get(k) ?? { value: '' };
        if (what === 'numberFormat') {
          const fmt = String(x);
          sheet.cells.set(k, { ...old, numFmt: fmt === 'General' ? undefined : fmt });
          return;
        }
        const parsed = parseInput(x, old.numFmt);
        const next = { ...old, value: parsed.value, formula: parsed.formula };
        if (!next.formula) delete next.formula;
        if (next.numFmt === undefined) delete next.numFmt;
        sheet.cells.set(k, next);
      }),
    );
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(this.ctx, () => {
      const { sheet, rect } = this.at();
      return { sheet, rect: { top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column } };
    });
  }

  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.ctx, () => this.at().sheet, false);
  }

  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): SimRangeAreas {
    this.ctx.requireSet('Range.getMergedAreasOrNullObject', '1.13');
    return new SimRangeAreas(this.ctx, () => {
      const { sheet, rect } = this.at();
      const areas = sheet.merges.filter((m) => intersects(m, rect));
      return areas.length ? { sheet, areas } : null;
    });
  }

  /**
   * ExcelApi 1.9. Only 'Visible' is simulated: the range cut by its hidden rows and columns, as runs of
   * visible rows × runs of visible columns; a null object when nothing is visible.
   */
  getSpecialCellsOrNullObject(cellType: string): SimRangeAreas {
    const supported = this.ctx.requireSet('Range.getSpecialCellsOrNullObject', '1.9');
    if (cellType !== 'Visible') throw invalidArgument(`SpecialCellType ${cellType} is not simulated`);
    // A command of its own, so tests can make Excel refuse it (failOn).
    if (supported) this.ctx.enqueue('Range.getSpecialCellsOrNullObject', () => undefined);
    return new SimRangeAreas(this.ctx, () => {
      const { sheet, rect } = this.at();
      const rows = visibleRuns(rect.top, rect.bottom, sheet.hiddenRows);
      const cols = visibleRuns(rect.left, rect.right, sheet.hiddenCols);
      const areas = rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, left, bottom, right })));
      return areas.length ? { sheet, areas } : null;
    });
  }

  select(): void {
    this.ctx.enqueue('Range.select', () => {
      const { sheet, rect } = this.at();
      if (sheet.visibility !== 'Visible') throw new SimError('InvalidOperation', 'Cannot select a range on a hidden sheet.');
      const wb = wbOf(this.ctx);
      wb.activeSheetId = sheet.id;
      wb.selection = { sheetId: sheet.id, address: addressOf(sheet, rect).split('!')[1] };
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.ctx.enqueue('Range.clear', () => {
      const { sheet, rect } = this.at();
      writable(sheet, 'Range.clear');
      for (const [k, c] of [...sheet.cells]) {
        const [row, col] = k.split(',').map(Number);
        if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
        if (applyTo === 'All') sheet.cells.delete(k);
        else if (applyTo === 'Contents') sheet.cells.set(k, { value: '', numFmt: c.numFmt, fill: c.fill });
        else sheet.cells.set(k, { value: c.value, formula: c.formula });
      }
    });
  }

  cells(): { sheet: SimSheet; rect: Rect } {
    return this.at();
  }
}

export class SimRangeFormat extends SimObject {
  readonly fill: SimRangeFill;
  constructor(ctx: SimContext, readonly range: SimRange) {
    super(ctx);
    this.fill = new SimRangeFill(ctx, range);
  }
  scalars(): string[] {
    return [];
  }
  resolve(): unknown {
    return this.range.resolve();
  }
  protected read(): unknown {
    return undefined;
  }
  protected nav(name: string): SimObject | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  /** Column widths are not simulated; the call is checked like a write. */
  autofitColumns(): void {
    this.ctx.enqueue('RangeFormat.autofitColumns', () => writable(this.range.at().sheet, 'autofitColumns'));
  }
}

export class SimRangeFill extends SimObject {
  constructor(ctx: SimContext, private readonly range: SimRange) {
    super(ctx);
  }
  scalars(): string[] {
    return ['color'];
  }
  resolve(): unknown {
    return this.range.resolve();
  }
  /** One colour for the range, '#FFFFFF' for no fill (as ExcelApi reports), null when mixed. */
  protected read(_: string, target: unknown): unknown {
    const { sheet, rect } = target as Located;
    const colours = new Set(grid(rect, (r, c) => cellOf(sheet, r, c)?.fill ?? '#FFFFFF').flat());
    return colours.size === 1 ? [...colours][0] : null;
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.set('color', v, () => this.paint(v));
  }
  clear(): void {
    this.ctx.enqueue('RangeFill.clear', () => this.paint(undefined));
  }
  private paint(fill: string | undefined): void {
    const { sheet, rect } = this.range.at();
    writable(sheet, 'RangeFill');
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const k = key(r, c);
        const next = { ...(sheet.cells.get(k) ?? { value: '' }) };
        if (fill) next.fill = fill.toUpperCase();
        else delete next.fill;
        if (next.value === '' && !next.formula && !next.numFmt && !next.fill) sheet.cells.delete(k);
        else sheet.cells.set(k, next);
      }
  }
}

export class SimRangeAreas extends SimObject {
  constructor(ctx: SimContext, private readonly locate: () => { sheet: SimSheet; areas: Rect[] } | null) {
    super(ctx);
  }
  resolve(): unknown {
    return this.locate();
  }
  scalars(): string[] {
    return ['address', 'areaCount'];
  }
  protected read(name: string, target: unknown): unknown {
    const { sheet, areas } = target as { sheet: SimSheet; areas: Rect[] };
    return name === 'address' ? areas.map((a) => addressOf(sheet, a)).join(', ') : areas.length;
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

// ---------------------------------------------------------------- comments (ExcelApi 1.10)

function locateCell(ctx: SimContext, cellAddress: string | SimRange): Located {
  if (typeof cellAddress !== 'string') return cellAddress.cells();
  const { sheet: name, bare } = splitAddress(cellAddress);
  if (!name) throw invalidArgument('The cell address must include the sheet name.');
  const sheet = findSheet(ctx, name);
  if (!sheet) throw itemNotFound(name);
  return { sheet, rect: rectOf(bare) };
}

export class SimCommentCollection extends SimObject {
  private list?: SimComment_[];
  constructor(ctx: SimContext, private readonly source: () => SimComment[]) {
    super(ctx);
  }
  get items(): SimComment_[] {
    if (!this.list) throw new SimError('PropertyNotLoaded', `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.list;
  }
  scalars(): string[] {
    return [];
  }
  resolve(): unknown {
    return this.source();
  }
  protected read(): unknown {
    return undefined;
  }
  doLoad(paths: string[]): void {
    const items = this.source().map((c) => new SimComment_(this.ctx, () => byId(this.ctx, c.id), c.id));
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    for (const it of items) it.doLoad(itemPaths.length ? itemPaths : it.scalars());
    this.ctx.staged.push(() => (this.list = items));
  }
  add(cellAddress: string | SimRange, content: string, contentType: string = 'Plain'): SimComment_ {
    const holder: { id?: string } = {};
    this.ctx.enqueue('CommentCollection.add', () => {
      if (typeof content !== 'string') throw invalidArgument('rich content not simulated');
      if (contentType !== 'Plain') throw invalidArgument('contentType');
      const { sheet, rect } = locateCell(this.ctx, cellAddress);
      if (rect.top !== rect.bottom || rect.left !== rect.right) throw invalidArgument('A comment can only be added to a single cell.');
      writable(sheet, 'CommentCollection.add');
      const wb = wbOf(this.ctx);
      if (wb.comments.some((c) => c.sheetId === sheet.id && c.row === rect.top && c.col === rect.left)) {
        throw new SimError('InvalidOperation', 'The cell already has a comment thread; add a reply instead.');
      }
      const c: SimComment = {
        id: newId(wb, 'comment'),
        sheetId: sheet.id,
        row: rect.top,
        col: rect.left,
        content,
        authorName: this.ctx.sim.user.name,
        authorEmail: this.ctx.sim.user.email,
        creationDate: this.ctx.sim.now().toISOString(),
        resolved: false,
        replies: [],
      };
      wb.comments.push(c);
      holder.id = c.id;
    });
    return new SimComment_(this.ctx, () => (holder.id ? byId(this.ctx, holder.id) : null), 'new comment');
  }
  getItem(commentId: string): SimComment_ {
    return new SimComment_(this.ctx, () => byId(this.ctx, commentId), commentId);
  }
  getItemAt(index: number): SimComment_ {
    return new SimComment_(this.ctx, () => this.source()[index] ?? null, `#${index}`);
  }
  getItemByCell(cellAddress: string | SimRange): SimComment_ {
    return new SimComment_(this.ctx, () => {
      const { sheet, rect } = locateCell(this.ctx, cellAddress);
      return this.source().find((c) => c.sheetId === sheet.id && c.row === rect.top && c.col === rect.left) ?? null;
    }, String(cellAddress));
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.source().length);
  }
}

function byId(ctx: SimContext, id: string): SimComment | null {
  return wbOf(ctx).comments.find((c) => c.id === id) ?? null;
}

function sheetOfComment(ctx: SimContext, c: SimComment): SimSheet {
  return wbOf(ctx).sheets.find((s) => s.id === c.sheetId)!;
}

/** Excel.Comment (the trailing underscore avoids clashing with the DOM's Comment type). */
export class SimComment_ extends SimObject {
  readonly replies: SimCommentReplyCollection;
  constructor(ctx: SimContext, private readonly locate: () => SimComment | null, private readonly label: string) {
    super(ctx);
    this.replies = new SimCommentReplyCollection(ctx, this);
  }
  resolve(): SimComment {
    const c = this.locate();
    if (!c) throw itemNotFound(`comment ${this.label}`);
    return c;
  }
  scalars(): string[] {
    return ['id', 'content', 'authorName', 'authorEmail', 'creationDate', 'resolved'];
  }
  protected read(name: string, target: unknown): unknown {
    const c = target as SimComment;
    if (name === 'creationDate') return new Date(c.creationDate);
    return (c as unknown as Record<string, unknown>)[name];
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.set('content', v, () => {
      const c = this.resolve();
      writable(sheetOfComment(this.ctx, c), 'Comment.content');
      c.content = v;
    });
  }
  get authorName(): string {
    return this.get('authorName');
  }
  get authorEmail(): string {
    return this.get('authorEmail');
  }
  get creationDate(): Date {
    return this.get('creationDate');
  }
  get resolved(): boolean {
    return this.get('resolved');
  }
  /** ExcelApi 1.11. */
  set resolved(v: boolean) {
    if (!this.ctx.requireSet('Comment.resolved', '1.11')) return;
    this.set('resolved', v, () => {
      const c = this.resolve();
      writable(sheetOfComment(this.ctx, c), 'Comment.resolved');
      c.resolved = v;
    });
  }
  getLocation(): SimRange {
    return new SimRange(this.ctx, () => {
      const c = this.resolve();
      return { sheet: sheetOfComment(this.ctx, c), rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
  }
  delete(): void {
    this.ctx.enqueue('Comment.delete', () => {
      const c = this.resolve();
      writable(sheetOfComment(this.ctx, c), 'Comment.delete');
      const wb = wbOf(this.ctx);
      wb.comments = wb.comments.filter((x) => x !== c);
    });
  }
}

export class SimCommentReplyCollection extends SimObject {
  private list?: SimCommentReply[];
  constructor(ctx: SimContext, private readonly owner: SimComment_) {
    super(ctx);
  }
  get items(): SimCommentReply[] {
    if (!this.list) throw new SimError('PropertyNotLoaded', `The property 'items' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.list;
  }
  scalars(): string[] {
    return [];
  }
  resolve(): unknown {
    return this.owner.resolve();
  }
  protected read(): unknown {
    return undefined;
  }
  doLoad(paths: string[]): void {
    const thread = this.owner.resolve();
    const items = thread.replies.map((r) => new SimCommentReply(this.ctx, this.owner, r.id));
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    for (const it of items) it.doLoad(itemPaths.length ? itemPaths : it.scalars());
    this.ctx.staged.push(() => (this.list = items));
  }
  add(content: string): SimCommentReply {
    const holder: { id?: string } = {};
    this.ctx.enqueue('CommentReplyCollection.add', () => {
      const thread = this.owner.resolve();
      writable(sheetOfComment(this.ctx, thread), 'CommentReplyCollection.add');
      const wb = wbOf(this.ctx);
      const r: SimReply = {
        id: newId(wb, 'reply'),
        content,
        authorName: this.ctx.sim.user.name,
        authorEmail: this.ctx.sim.user.email,
        creationDate: this.ctx.sim.now().toISOString(),
      };
      thread.replies.push(r);
      holder.id = r.id;
    });
    return new SimCommentReply(this.ctx, this.owner, () => holder.id ?? '');
  }
  getItem(id: string): SimCommentReply {
    return new SimCommentReply(this.ctx, this.owner, id);
  }
  getCount(): SimClientResult<number> {
    return new SimClientResult(this.ctx, () => this.owner.resolve().replies.length);
  }
}

export class SimCommentReply extends SimObject {
  constructor(ctx: SimContext, private readonly thread: SimComment_, private readonly replyId: string | (() => string)) {
    super(ctx);
  }
  private idNow(): string {
    return typeof this.replyId === 'string' ? this.replyId : this.replyId();
  }
  resolve(): SimReply {
    const r = this.thread.resolve().replies.find((x) => x.id === this.idNow());
    if (!r) throw itemNotFound(`reply ${this.idNow()}`);
    return r;
  }
  scalars(): string[] {
    return ['id', 'content', 'authorName', 'authorEmail', 'creationDate'];
  }
  protected read(name: string, target: unknown): unknown {
    const r = target as SimReply;
    return name === 'creationDate' ? new Date(r.creationDate) : (r as unknown as Record<string, unknown>)[name];
  }
  get id(): string {
    return this.get('id');
  }
  get content(): string {
    return this.get('content');
  }
  get authorName(): string {
    return this.get('authorName');
  }
  delete(): void {
    this.ctx.enqueue('CommentReply.delete', () => {
      const thread = this.thread.resolve();
      writable(sheetOfComment(this.ctx, thread), 'CommentReply.delete');
      const r = this.resolve();
      thread.replies = thread.replies.filter((x) => x !== r);
    });
  }
}
