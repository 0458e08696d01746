import { continuesSeries, seriesPart } from '../../src/core/narrative/lint/sheet-series';

describe('sheet names that number the parts of one 说明', () => {
  it.each([
    ['说明1', '说明', 1],
    ['决算说明（一）', '决算说明', 1],
    ['决算说明(十二)', '决算说明', 12],
    ['说明之三', '说明', 3],
    ['决算说明-2', '决算说明', 2],
    ['附件2-1', '附件2', 1],
    ['附件2_3', '附件2', 3],
  ])('%s is part %#: stem %s, number %d', (name, stem, n) => {
    expect(seriesPart(name)).toEqual({ stem, n });
  });

  it.each([
    ['决算说明', 'no number'],
    ['决算说明 (2)', 'the name Excel gives a copy of the sheet'],
    ['附件2', 'an attachment’s own number'],
    ['Sheet3', 'a converter’s page name (read as pages, not parts)'],
    ['公开01表', 'a table'],
    ['12', 'a number alone'],
  ])('%s numbers no part: %s', (name) => {
    expect(seriesPart(name)).toBeUndefined();
  });

  it('a part continues only the part numbered one before it, of the same stem', () => {
    expect(continuesSeries('附件2-1', '附件2-2')).toBe(true);
    expect(continuesSeries('决算说明（一）', '决算说明（二）')).toBe(true);
    expect(continuesSeries('说明1', '说明3')).toBe(false);
    expect(continuesSeries('附件2-1', '附件3-2')).toBe(false);
    expect(continuesSeries('附件1', '附件2')).toBe(false);
    expect(continuesSeries('决算说明', '决算说明 (2)')).toBe(false);
  });
});
