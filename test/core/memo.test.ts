import { memoByText } from '../../src/core/memo';

describe('memoByText', () => {
  it('computes once per distinct text, including falsy results', () => {
    const seen: string[] = [];
    const f = memoByText((t) => {
      seen.push(t);
      return t === 'x' ? '' : t.length > 1;
    });
    expect([f('x'), f('x'), f('ab'), f('ab'), f('a')]).toEqual(['', '', true, true, false]);
    expect(seen).toEqual(['x', 'ab', 'a']);
  });

  it('empties itself at the limit, so memory stays bounded', () => {
    let calls = 0;
    const f = memoByText((t) => (calls++, t), 2);
    f('a');
    f('b');
    f('c'); // clears, then remembers c
    f('a');
    expect(calls).toBe(4);
  });
});
