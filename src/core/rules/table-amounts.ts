import type { Cell, CellRef } from '../model/workbook';
import { type ParsedNumber, plainMicro } from '../numbers/parse';
import type { RecognizedTable } from '../tables/types';

/** What TableAmounts reads cells through (CheckContext). */
interface CellReader {
  cell(ref: CellRef): Cell | undefined;
  parsed(ref: CellRef): ParsedNumber;
}

/** microAt() of a cell that looks like a number but is not ('7.99O'): NUM-PARSE reports it. */
export const UNREADABLE_MICRO = Infinity;
/** microAt() of an amount with no exact integer form: a written unit ('3.5万'), > 6 decimals, too large. */
export const NO_INTEGER_MICRO = -Infinity;

/**
 * An amount written in Chinese numerals ('一千元', '壹仟贰佰元整', '负三万'): the whole text is
 * numerals, units and 元/角/分/整, with at least one digit numeral (so '万元' alone is not one).
 */
const CHINESE_AMOUNT = /^(?=.*[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾])[负约]?[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億点點]+(?:元|圆|万元|亿元)?(?:[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]+[角分])*整?$/;

export function isChineseNumeralAmount(text: string): boolean {
  return CHINESE_AMOUNT.test(text.replace(/\s+/g, ''));
}

/**
 * An amount cell that cannot be read as one: a number with a typo ('7.99O'), an error value,
 * words around digits ('3辆', '约1095.72') or an amount in Chinese numerals ('一千元'), which would
 * otherwise count as 0 without a word.
 */
export function isUnreadableAmount(parsed: ParsedNumber): parsed is { kind: 'invalid' | 'text'; text: string } {
  return parsed.kind === 'invalid' || (parsed.kind === 'text' && (/\d/.test(parsed.text) || isChineseNumeralAmount(parsed.text)));
}

/** The amount cell at `ref` is unreadable (NUM-PARSE reports it): identities over it are not judged. */
export function isUnreadableAt(reader: CellReader, ref: CellRef): boolean {
  return isUnreadableAmount(reader.parsed(ref));
}

/** Millionths of a reading: empty cells, placeholders and plain text count as exact 0. */
export function microOfReading(parsed: ParsedNumber): number {
  if (parsed.kind === 'number') return parsed.suffix || parsed.micro === null ? NO_INTEGER_MICRO : parsed.micro;
  return isUnreadableAmount(parsed) ? UNREADABLE_MICRO : 0;
}

/**
 * One table's amounts in printed millionths, a dense grid over the table's rectangle filled cell by
 * cell on first read. Identities read each amount cell several times (its row, its column, its
 * parents, other tables): after the first read it costs one array load. Lives only as long as the
 * CheckContext that made it (one check), so an edit between checks is never missed.
 */
export class TableAmounts {
  private readonly sheet: string;
  private readonly top: number;
  private readonly left: number;
  private readonly width: number;
  private readonly height: number;
  /** undefined = not read yet; otherwise a microAt() value. A plain array: a typed array costs more to create than a small table saves. */
  private readonly micros: (number | undefined)[];

  constructor(
    table: RecognizedTable,
    private readonly reader: CellReader,
  ) {
    this.sheet = table.sheet;
    this.top = table.top;
    this.left = table.left;
    this.width = Math.max(0, table.right - table.left + 1);
    this.height = Math.max(0, table.bottom - table.top + 1);
    this.micros = new Array(this.width * this.height);
  }

  /**
   * The amount at a cell in millionths (an exact integer), or UNREADABLE_MICRO / NO_INTEGER_MICRO.
   * A cell outside the table's rectangle (a horizontal layout may place one anywhere) is read each time.
   */
  microAt(ref: CellRef): number {
    const r = ref.row - this.top;
    const c = ref.col - this.left;
    if (ref.sheet !== this.sheet || r < 0 || r >= this.height || c < 0 || c >= this.width) return this.read(ref);
    const i = r * this.width + c;
    const m = this.micros[i];
    if (m !== undefined) return m;
    return (this.micros[i] = this.read(ref));
  }

  /** A plain number or plain decimal text needs no reading object; anything else is parsed (and remembered on the cell). */
  private read(ref: CellRef): number {
    return plainMicro(this.reader.cell(ref)) ?? microOfReading(this.reader.parsed(ref));
  }
}
