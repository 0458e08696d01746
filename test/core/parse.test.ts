import { parseCellValue, parseNumberText } from '../../src/core/numbers/parse';

function num(text: string): string {
  const p = parseNumberText(text);
  if (p.kind !== 'number') throw new Error(`${text} → ${p.kind}`);
  return `${p.value.toFixed()}|${p.decimals}|${p.percent ? '%' : ''}|${p.suffix ?? ''}`;
}

describe('parseNumberText', () => {
  it.each([
    ['1,095.72', '1095.72|2||'],
    ['1095.72', '1095.72|2||'],
    ['１，０９５．７２', '1095.72|2||'],
    ['(1.00)', '-1|2||'],
    ['（1.00）', '-1|2||'],
    ['-1.00', '-1|2||'],
    ['3.5万', '3.5|1||万'],
    ['3.467万元', '3.467|3||万'],
    ['99.06%', '99.06|2|%|'],
    ['９９．０６％', '99.06|2|%|'],
    [' 12 ', '12|0||'],
    ['0.375', '0.375|3||'],
    // Minus signs of word processors and PDFs, and invisible characters pasted along.
    ['–12.00', '-12|2||'],
    ['‐12.00', '-12|2||'],
    ['﹣12.00', '-12|2||'],
    ['−12.00', '-12|2||'],
    ['\u00a01,095.72\u200b', '1095.72|2||'],
    ['\ufeff1095.72\u2060', '1095.72|2||'],
  ])('%s', (text, expected) => expect(num(text)).toBe(expected));

  it.each(['', '—', '——', '-', '/', '－', '–', '  ', '\u200b'])('placeholder %j is no value', (text) => {
    expect(parseNumberText(text).kind).toBe('empty');
  });

  it.each(['7.99O', '1.2.3', '12,34.5', '1O0.00'])('%s looks like a number but is not', (text) => {
    expect(parseNumberText(text).kind).toBe('invalid');
  });

  it.each(['一般公共服务支出', '2023年', '合计', '公开01表', '30217'])('%s is text or a plain number, never invalid', (text) => {
    expect(parseNumberText(text).kind).not.toBe('invalid');
  });
});

describe('parseCellValue', () => {
  it('reads decimals from the number format: what the officer sees', () => {
    const p = parseCellValue(0.375, '#,##0.00');
    expect(p.kind === 'number' && [p.value.toFixed(), p.decimals]).toEqual(['0.38', 2]);
  });

  it('removes binary noise from stored doubles', () => {
    const p = parseCellValue(0.1 + 0.2);
    expect(p.kind === 'number' && p.value.toFixed()).toBe('0.3');
  });

  it('reads a numeric percent format as percent', () => {
    const p = parseCellValue(0.9906, '0.00%');
    expect(p.kind === 'number' && [p.value.toFixed(), p.percent]).toEqual(['99.06', true]);
  });

  it('keeps booleans out of arithmetic', () => {
    expect(parseCellValue(true).kind).toBe('text');
  });
});
