// The plain-data copy the schema check validates is made in the loader's
// scan walk (src/load/scan.ts) instead of by a second conversion. It must be
// exactly what the yaml library's toJS() gives for the same document, or the
// schema check would see a different file; where the walk leaves the copy to
// toJS() (aliases, tags, keys that are lists or mappings), it says so.
import { describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { parseYaml } from '../../src/load/parse.js';
import { scanWithData } from '../../src/load/scan.js';
import { yaml } from './helpers.js';

function composed(text: string): Document {
  const parsed = parseYaml(text);
  expect(parsed.fatal).toEqual([]);
  return parsed.doc as Document;
}

/** The walk's copy, checked against toJS() of the same document. */
function copy(text: string): unknown {
  const doc = composed(text);
  const { data } = scanWithData(doc);
  expect(data, 'the walk copied the document').toBeDefined();
  expect(data?.value).toStrictEqual(doc.toJS({ maxAliasCount: 100 }));
  return data?.value;
}

describe('the plain-data copy made by the scan', () => {
  it('copies a claims file with the value types of the core schema', () => {
    const data = copy(yaml(
      'title: Budget',
      'inputs:',
      '  troops:',
      '    value: 1,100 soldiers',
      '    source: Reuters',
      '    overrides: true',
      '  count:',
      '    value: 1100',
      '    note: ~',
      '    category:',
      'claims:',
      '  share:',
      '    compute: troops / count',
      '    stated: { value: 0.5, unit: "%" }',
      'ignore: [2024, "12", 1.50, null, false]',
    ));
    // By hand: "1,100 soldiers" stays text, 1100 is a number, 1.50 the number 1.5,
    // `~` and an empty value are null, "12" quoted stays text, false is a boolean.
    expect(data).toStrictEqual({
      title: 'Budget',
      inputs: {
        troops: { value: '1,100 soldiers', source: 'Reuters', overrides: true },
        count: { value: 1100, note: null, category: null },
      },
      claims: { share: { compute: 'troops / count', stated: { value: 0.5, unit: '%' } } },
      ignore: [2024, '12', 1.5, null, false],
    });
  });

  it('names keys as toJS() does: numbers and booleans as text, an empty key as ""', () => {
    const data = copy(yaml('1: one', 'true: yes', '~: nothing', '0x10: hex', '"2": two'));
    // Integer-like keys come first in a plain object, whatever the order written (as with toJS()).
    expect(Object.keys(data as object)).toEqual(['1', '2', '16', 'true', '']);
  });

  it('keeps the later of two equal keys, and `__proto__` as an own key', () => {
    const data = copy(yaml('a: 1', 'a: 2', '__proto__: { polluted: true }', 'toString: x')) as Record<string, unknown>;
    expect(data['a']).toBe(2);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(data['toString']).toBe('x');
  });

  it('copies a document that is one scalar, a list or empty', () => {
    expect(copy('just text\n')).toBe('just text');
    expect(copy('- a\n- [b, {c: 3}]\n-\n')).toStrictEqual(['a', ['b', { c: 3 }], null]);
    // A pair in a flow list is a one-key mapping.
    expect(copy('list: [a: 1]\n')).toStrictEqual({ list: [{ a: 1 }] });
    expect(copy('')).toBeNull();
    expect(copy('# only a comment\n')).toBeNull();
  });

  it('leaves aliases, tags and keys that are lists or mappings to toJS()', () => {
    for (const text of [
      yaml('a: &x 1', 'b: *x'),
      yaml('a: !!str 12'),
      yaml('a: !custom { b: 1 }'),
      yaml('? [a, b]', ': 1'),
      yaml('? { a: 1 }', ': 1'),
    ]) {
      expect(scanWithData(composed(text)).data, text).toBeUndefined();
    }
  });

  it('copies a file with an anchor that no alias uses, as toJS() does', () => {
    expect(copy(yaml('a: &x { b: 1 }', 'c: 2'))).toStrictEqual({ a: { b: 1 }, c: 2 });
  });
});
