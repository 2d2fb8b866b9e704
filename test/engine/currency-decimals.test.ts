// Money prints with the decimals newspapers use for its currency (README,
// Decisions, "Money"; docs/rules.md, `decimals`): pounds, dollars and euros
// show pence and cents when a fraction shows, yen and won never do — "¥854 a
// kilogram", not "¥853.60". The decimals are a key of the unit rule table
// (rules/units.yaml: `JPY: { …, decimals: 0 }`), checked when it loads.
// Through the real pipeline (checkClaimsText, default rules) and loadRules.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from './claims-in-memory.js';
import { loadDefaultRules, loadRules } from '../../src/rules/index.js';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { formatPresented } from '../../src/text/number-format.js';
import { sensibleDecimals } from '../../src/judge/format.js';
import { worded } from '../worded.js';

// Japanese rice in May 2025: a 5 kg bag at ¥4,268 (MAFF supermarket survey);
// the minimum wage ¥1,055 an hour (MHLW national average, October 2024).
const FILE = `
inputs:
  bag_price: { value: "¥4,268", source: MAFF supermarket survey }
  bag_weight: { value: 5 kg, source: MAFF }
  wage: { value: "¥1,055 an hour", source: MHLW }
  coin: { value: ¥1, source: x }
  won_price: { value: "₩12,345", source: x }
  gbp_price: { value: "£4,268", source: x }
claims:
  per_kg: { compute: bag_price / bag_weight }
  per_kg_stated: { compute: bag_price / bag_weight, stated: ¥854 a kilogram }
  per_kg_written: { compute: bag_price / bag_weight, stated: ¥853.6 a kilogram }
  per_minute: { compute: wage / 60 }
  tiny: { compute: coin / 40 }
  won_third: { compute: won_price / 7 }
  gbp_per_kg: { compute: gbp_price / bag_weight }
`;

describe('yen print without decimals', () => {
  it('shows ¥853.60 a kilogram as ¥854, as a newspaper does', () => {
    // 4,268 / 5 = 853.6: four significant figures need one decimal; yen take none → ¥854.
    // It printed "¥853.60/kg".
    expect(claims(FILE).get('per_kg')!.message).toBe('¥4,268 / 5 kg = ¥854/kg');
    // Against "¥854", which admits [853.5, 854.5): 853.6 is inside. Whole yen
    // would print the edge 853.5 as "¥854" next to the value "¥854", so the edges need
    // one decimal there: [¥853.5, ¥854.5), never padded to two.
    const stated = claims(FILE).get('per_kg_stated')!;
    expect(stated.message).toBe('¥4,268 / 5 kg = ¥853.6/kilogram, stated ¥854 a kilogram');
    expect(stated.trace?.admissible).toBe('[¥853.5, ¥854.5)/kilogram');
    // A stated "¥853.6" has one decimal: the value shows with one, not two.
    expect(claims(FILE).get('per_kg_written')!.message).toBe('¥4,268 / 5 kg = ¥853.6/kilogram, stated ¥853.6 a kilogram');
  });

  it('rounds a wage per minute to whole yen: 1,055 / 60 = ¥18/hour', () => {
    // 1,055 / 60 = 17.583…: four significant figures would be 17.58; whole yen: 18.
    expect(claims(FILE).get('per_minute')!.message).toBe('¥1,055 an hour / 60 = ¥18/hour');
  });

  it('keeps four significant figures under a tenth of a yen, as for any money', () => {
    // 1 / 40 = 0.025.
    expect(claims(FILE).get('tiny')!.message).toBe('¥1 / 40 = ¥0.025');
  });

  it('keeps two decimals for pounds with the same figures', () => {
    // 4,268 / 5 = 853.6 → £853.60.
    expect(claims(FILE).get('gbp_per_kg')!.message).toBe('£4,268 / 5 kg = £853.60/kg');
  });

  it('ships the won without decimals', () => {
    // 12,345 / 7 = 1,763.57… → whole won: ₩1,764.
    expect(claims(FILE).get('won_third')!.message).toBe('₩12,345 / 7 = ₩1,764');
  });
});

describe('a currency declared with its decimals', () => {
  it('takes decimals from a claims file unit row: the Vietnamese dong with none', () => {
    const text = `
units:
  VND: { symbol: "₫", aliases: [dong], decimals: 0 }
inputs:
  fare: { value: "₫7,500", source: x }
claims:
  fare_third: { compute: fare / 70 }
`;
    // 7,500 / 70 = 107.142…: four significant figures need a decimal (107.1); whole dong: ₫107 (money
    // without the row prints two decimals, ₫107.14).
    expect(claims(text).get('fare_third')!.message).toBe("₫7,500 / 70 = ₫107");
  });

  it('reports a decimals value that is not a whole number from 0 to 4 at its line and column', () => {
    const result = checkClaimsText('units:\n  KRW: { symbol: "₩", decimals: two }\n', 'claims.yaml', loadDefaultRules());
    const problem = result.findings.find((p) => p.message.includes('decimals'));
    expect(problem?.message).toBe("unit 'KRW': decimals must be a whole number from 0 to 4 (2 for pence and cents, 0 for yen), not \"two\"");
    // Line 2, column 33: the value after "decimals: " ('  KRW: { symbol: "₩", ' is 22 characters, 'decimals: ' 10).
    expect(problem).toMatchObject({ line: 2, column: 33 });
  });
});

describe('the decimals key in a rules folder', () => {
  function folder(text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
    writeFileSync(join(dir, 'units.yaml'), text);
    return dir;
  }

  it('ships yen and won with none, the pound, dollar and euro with the default two', () => {
    const rules = loadDefaultRules();
    expect(rules.units.get('JPY')?.decimals).toBe(0);
    expect(rules.units.get('KRW')?.decimals).toBe(0);
    expect(rules.units.get('GBP')?.decimals).toBeUndefined();
  });

  it('reads a project row with decimals', () => {
    const { rules, problems } = loadRules([folder('KWD: { symbol: "KD", decimals: 3 }\n')]);
    expect(problems).toEqual([]);
    expect(rules.units.get('KWD')?.decimals).toBe(3);
  });

  it('points a bad decimals value out by file, line and column', () => {
    // 2.5 is no whole number; -1 and 7 are outside 0 to 4; "2" is text. Each value starts at
    // column 31 ('VND: { symbol: "₫", ' is 20 characters, 'decimals: ' 10).
    for (const [bad, column] of [['2.5', 31], ['-1', 31], ['7', 31], ['"2"', 31]] as const) {
      const dir = folder(`# currencies\nVND: { symbol: "₫", decimals: ${bad} }\n`);
      const { problems } = loadRules([dir], { cwd: dir });
      expect(problems).toHaveLength(1);
      // Named from the working folder, as reports name files.
      expect(problems[0]!.span).toMatchObject({ file: 'units.yaml', line: 2, column });
      expect(worded(problems[0]!.data['reason'])).toContain("unit 'VND': decimals must be a whole number from 0 to 4");
    }
  });

  it('says decimals belong to a currency, a unit with a sign', () => {
    const dir = folder('soldier: { aliases: [soldiers], decimals: 0 }\n');
    const { problems } = loadRules([dir], { cwd: dir });
    expect(problems).toHaveLength(1);
    // Column 43: the value ('soldier: { aliases: [soldiers], ' is 32 characters, 'decimals: ' 10).
    expect(problems[0]!.span).toMatchObject({ line: 1, column: 43 });
    expect(worded(problems[0]!.data['reason'])).toBe("unit 'soldier': decimals are for a currency written with a sign; give it a symbol (symbol: \"₩\") or remove decimals");
  });
});

describe('the money rule with a currency\'s decimals', () => {
  const yen = { unit: 'JPY/kg', display: 'plain', currencySign: '¥', minorDecimals: 0 } as const;
  const dinar = { unit: 'BHD', display: 'plain', currencySign: 'BD', minorDecimals: 3 } as const;

  it('sensibleDecimals gives yen 0 decimals unless an edge or the stated words need more', () => {
    // 853.6 needs one decimal for four significant figures: yen take none.
    expect(sensibleDecimals([853.6], 0, [], 1, 0)).toBe(0);
    // "¥853.6" stated: one decimal.
    expect(sensibleDecimals([853.6], 1, [], 1, 0)).toBe(1);
    // Against the edges of "¥854" ([853.5, 854.5)), 853.6 needs one decimal not to print as 854 next to 853.5's 854.
    expect(sensibleDecimals([853.6], 0, [853.5, 854.5], 1, 0)).toBe(1);
    // Pounds (2): 853.6 → 2 decimals, as before.
    expect(sensibleDecimals([853.6], 0, [], 1, 2)).toBe(2);
    // Dinars (3): 116.667 → 3.
    expect(sensibleDecimals([116.6667], 0, [], 1, 3)).toBe(3);
  });

  it('formatPresented pads a fraction to the currency\'s decimals and never pads yen', () => {
    expect(formatPresented(853.6, yen, 1)).toBe('¥853.6/kg');
    expect(formatPresented(853.6, yen, 0)).toBe('¥854/kg');
    // Dinars asked for one decimal show three: 116.5 → "BD116.500".
    expect(formatPresented(116.5, dinar, 1)).toBe('BD116.500');
    expect(formatPresented(116, dinar, 3)).toBe('BD116');
  });
});
