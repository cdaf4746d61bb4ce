/** A value with every case JSON.stringify treats specially, for code that must write exactly its text. */
const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { inside: ['a', { b: 1 }] });

export const awkwardJson = {
  '10': 'numeric keys come first in ascending order',
  '2': 'even when added later',
  name: 'Quotes “curly”, a dash — and £ and … and an emoji 🙂',
  gone: undefined,
  fn: () => 1,
  symbol: Symbol('left out'),
  ownToJson: { toJSON: () => 'its own words', hidden: 'never written' },
  list: [1, undefined, () => 2, Symbol('null in a list'), null, { a: undefined, b: [] }, [], [[]], {}],
  allSkipped: { a: undefined, f: () => 0 },
  empty: {},
  when: new Date('2020-10-28T16:00:00.000Z'),
  boxed: Object('a boxed string') as unknown,
  nullPrototype,
  nested: { deeper: { deepest: { text: 'line one\nline two\t"quoted"', zero: -0, big: 1e21, notANumber: Number.NaN } } },
};
