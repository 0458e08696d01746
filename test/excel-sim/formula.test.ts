import { evaluate } from './formula';

const cells: Record<string, unknown> = { 'A1': 1, 'A2': 2.5, 'A3': '', 'B1': 'text', "公开03表!D12": 1095.72, "Sheet 2!C3": 4 };
const lookup = (sheet: string | undefined, row: number, col: number) => cells[`${sheet ? `${sheet}!` : ''}${String.fromCharCode(65 + col)}${row + 1}`] ?? '';

describe('simulator recalculation of the formulas the add-in writes', () => {
  test('sums, signs, cross-sheet references (quoted or not), ROUND', () => {
    expect(evaluate('=A1+A2-A3', lookup)).toBe(3.5);
    expect(evaluate('=SUM(A1:A3)', lookup)).toBe(3.5);
    expect(evaluate('=SUM(A1,A2,10)', lookup)).toBe(13.5);
    expect(evaluate("='公开03表'!D12", lookup)).toBe(1095.72);
    expect(evaluate('=公开03表!D12-A1', lookup)).toBe(1094.72);
    expect(evaluate("=-'Sheet 2'!C3*(A1+1)/2", lookup)).toBe(-4);
    expect(evaluate('=ROUND(A2/3,2)', lookup)).toBe(0.83);
    expect(evaluate('=$A$1+A$2', lookup)).toBe(3.5);
  });

  test('anything else keeps its cached value (undefined = not understood)', () => {
    expect(evaluate('=VLOOKUP(A1,B:C,2,0)', lookup)).toBeUndefined();
    expect(evaluate('=A1+B1', lookup)).toBeUndefined(); // text in arithmetic
    expect(evaluate('=A1:A2', lookup)).toBeUndefined();
    expect(evaluate('=A1+', lookup)).toBeUndefined();
  });
});
