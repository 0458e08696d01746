import { CLASS_NAME } from '../../../src/core/rules/cross/class-name';
import { CODE_NAME } from '../../../src/core/rules/cross/code-name';
import { ModelBuilder, type RowSpec } from './model';

const rows = (name201: string, name2080501 = '行政单位离退休'): RowSpec[] => [
  { name: '合计', level: 'total' },
  { name: name201, code: '201', level: 'class' },
  { name: '行政事业单位养老支出', code: '20805', level: 'kuan' },
  { name: name2080501, code: '2080501', level: 'xiang' },
];

describe('CLASS-NAME 类名称 = 规范名称', () => {
  it('seed 004 公开05表: 201 printed “一般公共预算支出” is a warning with the official name as fix', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T02', columns: ['total'], rows: rows('一般公共服务支出') });
    b.add({ id: 'T05', columns: ['exp.total'], rows: rows('一般公共预算支出') });
    const found = CLASS_NAME.check(b.context());
    expect(found).toEqual([
      expect.objectContaining({ rule: 'CLASS-NAME', severity: 'warning', sheet: '公开05表', cell: 'A3', expected: '一般公共服务支出', actual: '一般公共预算支出' }),
    ]);
    expect(found[0].fix).toEqual({ sheet: '公开05表', cell: 'A3', value: '一般公共服务支出' });
  });

  it('a former name of the same code is a warning; in a year before the renaming it is right', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T03', columns: ['total'], rows: [{ name: '医疗卫生与计划生育支出', code: '210', level: 'class' }] });
    expect(CLASS_NAME.check(b.context())).toEqual([expect.objectContaining({ severity: 'warning', expected: '卫生健康支出' })]);
    const old = new ModelBuilder();
    old.add({ id: 'T03', year: 2018, columns: ['total'], rows: [{ name: '医疗卫生与计划生育支出', code: '210', level: 'class' }] });
    expect(CLASS_NAME.check(old.context())).toEqual([]);
  });

  it('numbering before a 总表 类 name is not a difference; another class’s name is a warning', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T01', columns: ['amount'], rows: [{ name: '九、卫生健康支出', key: 'exp.class', code: '210', level: 'class' }] });
    b.add({ id: 'T03', columns: ['total'], rows: [{ name: '社会保障和就业支出', code: '210', level: 'class' }] });
    const found = CLASS_NAME.check(b.context());
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: '公开03表', severity: 'warning' });
    expect(found[0].message).toContain('208');
  });

  it('经济分类 类/款 names: official name and known alias pass, others are warnings', () => {
    const b = new ModelBuilder();
    b.add({
      id: 'T06',
      columns: ['amount'],
      rows: [
        { name: '公务接待费', code: '30217', level: 'kuan' },
        { name: '其他个人和家庭的补助支出', code: '30399', level: 'kuan' },
        { name: '接待费', code: '30217', level: 'kuan' },
      ],
    });
    expect(CLASS_NAME.check(b.context())).toEqual([expect.objectContaining({ cell: 'A4', severity: 'warning', expected: '公务接待费' })]);
  });
});

describe('CODE-NAME 同一编码同一名称', () => {
  it('reports the table that differs from the others, naming them', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T02', columns: ['total'], rows: rows('一般公共服务支出') });
    b.add({ id: 'T03', columns: ['total'], rows: rows('一般公共服务支出') });
    b.add({ id: 'T05', columns: ['exp.total'], rows: rows('一般公共服务支出', '事业单位离退休') });
    const found = CODE_NAME.check(b.context());
    expect(found).toEqual([expect.objectContaining({ rule: 'CODE-NAME', severity: 'warning', sheet: '公开05表', cell: 'A5', expected: '行政单位离退休' })]);
    expect(found[0].message).toContain('公开02表、公开03表');
    expect(found[0].related.map((r) => r.sheet)).toEqual(['公开02表', '公开03表']);
  });

  it('leaves dictionary codes to CLASS-NAME (one finding per cell)', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T02', columns: ['total'], rows: rows('一般公共服务支出') });
    b.add({ id: 'T05', columns: ['exp.total'], rows: rows('一般公共预算支出') });
    expect(CODE_NAME.check(b.context())).toEqual([]);
  });

  it('spaces and full-width brackets are not differences', () => {
    const b = new ModelBuilder();
    b.add({ id: 'T02', columns: ['total'], rows: [{ name: '政府办公厅（室）及相关机构事务', code: '20103', level: 'kuan' }] });
    b.add({ id: 'T03', columns: ['total'], rows: [{ name: '政府办公厅(室)及相关机构事务 ', code: '20103', level: 'kuan' }] });
    expect(CODE_NAME.check(b.context())).toEqual([]);
  });
});
