import { at, flat, flatMap, fromEntries, matchAll, replaceAll } from '../../src/commands/polyfills';

/** The fallbacks for Edge Legacy behave like the native functions of Node 20 on the shapes we use. */
describe('polyfills for Office 2019 (Edge Legacy)', () => {
  test('Array flat / flatMap / at', () => {
    const nested = [1, [2, [3, [4]]], [], 'x'];
    for (const depth of [0, 1, 2, Infinity]) expect(flat.call(nested, depth)).toEqual(nested.flat(depth));
    expect(flat.call(nested)).toEqual(nested.flat());
    const f = (x: unknown, i: number) => (i % 2 ? [x, x] : x);
    expect(flatMap.call(nested, f)).toEqual(nested.flatMap(f));
    for (const i of [0, 2, -1, -4, 9, -9, 1.7]) expect(at.call(nested, i)).toEqual(nested.at(i));
    for (const i of [0, -1, 5]) expect(at.call('公开03表', i)).toBe('公开03表'.at(i));
  });

  test('Object.fromEntries, String matchAll / replaceAll', () => {
    const entries: [string, number][] = [['a', 1], ['b', 2], ['a', 3]];
    expect(fromEntries(entries)).toEqual(Object.fromEntries(entries));
    expect(fromEntries(new Map(entries))).toEqual(Object.fromEntries(new Map(entries)));
    const text = '公开01表 1,095.72 公开03表 43.31 公开05表';
    const re = /公开(\d+)表/g;
    expect([...matchAll.call(text, re)].map((m) => [m[0], m[1], m.index])).toEqual([...text.matchAll(re)].map((m) => [m[0], m[1], m.index]));
    expect([...matchAll.call('aaa', /a*?/g)].length).toBe([...'aaa'.matchAll(/a*?/g)].length);
    expect(replaceAll.call('1,095,72', ',', '')).toBe('1,095,72'.replaceAll(',', ''));
  });
});
