// compareText orders strings exactly as localeCompare does (phrases longest
// first then alphabetically, findings by file and kind), answering plain
// lower-case ASCII itself so that a small check never starts ICU's collator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/text/collate.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const sign = (n: number): number => Math.sign(n);

describe('compareText', () => {
  it('orders as the collation does, not as the character codes do', () => {
    // '_' (code 95) comes after '-' (code 45) in code order, before it in the collation.
    expect(sign(compareText('a_b', 'a-b'))).toBe(-1);
    expect(sign('a_b'.localeCompare('a-b'))).toBe(-1);
    // A space sorts before every letter and digit; digits compare one by one ('1' < '9').
    expect(sign(compareText('per cent', 'percent'))).toBe(-1);
    expect(sign(compareText('file10.yaml', 'file9.yaml'))).toBe(-1);
    // The shorter of two strings that start alike comes first.
    expect(sign(compareText('claims', 'claims.yaml'))).toBe(-1);
    expect(compareText('claims.yaml', 'claims.yaml')).toBe(0);
    // A path beside another: 'c' before 'f'.
    expect(sign(compareText('claims.yaml', 'facts/world.yaml'))).toBe(-1);
  });

  it('leaves capitals and other characters to localeCompare', () => {
    // Code order puts 'Z' (90) before 'a' (97); the collation does not.
    expect(sign(compareText('Zebra', 'apple'))).toBe(1);
    expect(sign(compareText('apple', 'Zebra'))).toBe(-1);
    // 'é' sorts with 'e', between 'e' and 'f'.
    expect(sign(compareText('café', 'cafe'))).toBe(sign('café'.localeCompare('cafe')));
    expect(sign(compareText('café', 'caff'))).toBe(-1);
  });

  it('weighs a vulgar fraction as its parts and the currency signs in the collation\'s order', () => {
    // "½" is "1⁄2" and "⅓" is "1⁄3" to the collation: '2' < '3'.
    expect(sign(compareText('⅓', '½'))).toBe(1);
    expect(sign('⅓'.localeCompare('½'))).toBe(1);
    // '$' < '£' < '¥' < '€' (code order would put '€', U+20AC, last too, but '$' 36 before digits 48: so does the collation).
    expect(['€', '¥', '$', '£'].sort(compareText)).toEqual(['$', '£', '¥', '€']);
    // Same first-level weights, different text: the later levels decide, through localeCompare.
    expect(sign(compareText('½', '1\u20442'))).toBe(sign('½'.localeCompare('1\u20442')));
  });

  it('agrees with localeCompare on any strings, known characters or not', () => {
    const chars = [..." _-.'/\u2044$£¥₩€₹0123456789abcdefghijklmnopqrstuvwxyz½⅓⅔¼¾⅛⅞", 'A', 'R', 'S', 'Z', 'é', '¢', '\u0000', '\u00ad', '’', ',', '(', '\t', '°', '−', '…'];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(text, text, (a, b) => sign(compareText(a, b)) === sign(a.localeCompare(b))), { numRuns: 20_000 });
  });

  it('orders capitals by their letter first and by case only between strings that differ in case alone', () => {
    // "A$" < "AU$": '$' (a sign) weighs less than 'U' at the second place, whatever the case.
    expect(sign(compareText('A$', 'AU$'))).toBe(-1);
    // "Rs" and "rs" weigh the same letter by letter: the collation puts small before capital.
    expect(sign(compareText('Rs', 'rs'))).toBe(1);
    expect(sign('Rs'.localeCompare('rs'))).toBe(1);
    // "₹" comes after "€" and before the digits.
    expect(['1', '₹', '€'].sort(compareText)).toEqual(['€', '₹', '1']);
  });

  it('sorts the default rules\' phrases as localeCompare sorts them', () => {
    const rules = loadDefaultRules();
    const symbols = [...rules.units.values()].flatMap((u) => u.symbols ?? []);
    const phrases = [...rules.hedges.keys(), ...rules.numbers.words.keys(), ...rules.numbers.scales.keys(), ...rules.checks.keys(), ...symbols];
    // The number words hold the vulgar fractions, the units the currency signs.
    expect(phrases).toContain('½');
    expect(symbols).toContain('£');
    expect(phrases.length).toBeGreaterThan(100);
    expect([...phrases].sort(compareText)).toEqual([...phrases].sort((a, b) => a.localeCompare(b)));
  });
});

describe('the start-up sort of the rule tables', () => {
  it('never asks ICU: every default phrase, word, scale and currency sign is ordered by compareText alone', async () => {
    // The first localeCompare of a process starts ICU's collator (~5–7 ms of
    // a small check). The default rules spell currencies "A$", "NZ$", "Rs" and
    // "₹": their capitals and signs must be known to compareText.
    const { tablesFor } = await import('../../src/quantity/tables.js');
    const { makeContext } = await import('../quantity/helpers.js');
    const ctx = makeContext([]);
    const original = String.prototype.localeCompare;
    const asked: string[] = [];
    String.prototype.localeCompare = function (this: string, that: string, ...rest: unknown[]) {
      asked.push(`${this} / ${that}`);
      return original.call(this, that, ...(rest as []));
    } as typeof original;
    try {
      const tables = tablesFor(ctx);
      expect(tables.currencyPrefixes).toContain('NZ$');
      expect(tables.currencyPrefixes).toContain('₹');
    } finally {
      String.prototype.localeCompare = original;
    }
    expect(asked).toEqual([]);
  });
});
