// Temperatures: a reading converts with its scale's zero, a change without it
// (README, Decisions). Each row is a claims file in memory through the real
// pipeline (checkClaimsText); the arithmetic is worked out in the comments.
// °F = °C × 9/5 + 32 for a reading; a change of 1 °C is 1.8 °F.
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { ClaimResult } from '../../src/types.js';

const rules = loadDefaultRules();

function claim(inputs: Record<string, string>, compute: string, stated?: string): ClaimResult {
  const text = [
    'inputs:',
    ...Object.entries(inputs).map(([name, value]) => `  ${name}: { value: ${JSON.stringify(value)}, source: test }`),
    'claims:',
    '  c:',
    `    compute: ${JSON.stringify(compute)}`,
    ...(stated !== undefined ? [`    stated: ${JSON.stringify(stated)}`] : []),
  ].join('\n');
  const result = checkClaimsText(text, 'c.claims.yaml', rules);
  return result.claims.find((c) => c.name === 'c')!;
}

describe('temperature readings convert with the offset', () => {
  it('40 °C is 104 °F, not 72 °F', () => {
    // 40 × 9/5 + 32 = 104; as a difference it would be 40 × 1.8 = 72.
    const c = claim({ reading: '40°C' }, 'reading', '104°F');
    expect(c.verdict).toBe('pass');
    expect(c.computed?.low).toBeCloseTo(104, 9);
    // Shown with the degree sign, not mathjs's "degF".
    expect(c.message).toBe('40°C = 104 °F, stated 104°F');
  });

  it('72 °F stated for a 40 °C reading fails', () => {
    // 104 °F against [71.5, 72.5): a fail (104 / 72.5 = 1.43, not gross).
    const c = claim({ reading: '40C' }, 'reading', '72°F');
    expect(c.verdict).toBe('fail');
  });

  it('the other way: 104 °F is 40 °C', () => {
    // (104 − 32) × 5/9 = 40.
    const c = claim({ reading: '104F' }, 'reading', '40C');
    expect(c.verdict).toBe('pass');
    expect(c.computed?.low).toBeCloseTo(40, 9);
  });

  it('a reading plus a change is a reading: 17.01 °C + up 0.5 °C = 17.51 °C = 63.518 °F', () => {
    // 17.51 × 9/5 + 32 = 63.518 → "63.5°F" admits [63.45, 63.55).
    const c = claim({ reading: '17.01°C', warming: 'up 0.5°C' }, 'reading + warming', '63.5°F');
    expect(c.verdict).toBe('pass');
    expect(c.computed?.low).toBeCloseTo(63.518, 9);
  });

  it('the mean of two readings is a reading, shown on its scale when nothing is stated', () => {
    // mean(20, 30) = 25 °C.
    const c = claim({ morning: '20°C', noon: '30°C' }, 'mean(morning, noon)');
    expect(c.verdict).toBe('info');
    expect(c.computed?.low).toBeCloseTo(25, 9);
  });
});

describe('"holds only if" for a temperature reading is on the input\'s own scale', () => {
  it('16 to 18 °C stated as 62.62 °F holds only if the reading is 17.008 to 17.014 °C (shown 17.01)', () => {
    // 16 °C = 60.8 °F, 18 °C = 64.4 °F: the range meets [62.615, 62.625) °F.
    // (62.615 − 32) × 5/9 = 17.0083 °C; (62.625 − 32) × 5/9 = 17.0139 °C.
    const c = claim({ reading: '16 to 18°C' }, 'reading', '62.62°F');
    expect(c.verdict).toBe('pass');
    expect(c.computed?.low).toBeCloseTo(60.8, 9);
    expect(c.computed?.high).toBeCloseTo(64.4, 9);
    // Shown rounded to two decimals (17.008 and 17.014 both show as 17.01).
    expect(c.trace?.condition).toBe('holds only if 17.01 °C ≤ reading ≤ 17.01 °C');
  });
});

describe('temperature changes convert without it', () => {
  it('the difference of two readings is a change: 17.01 − 16.92 °C = 0.09 °C = 0.162 °F', () => {
    // 0.09 × 1.8 = 0.162 → "0.16°F" admits [0.155, 0.165).
    const c = claim({ now: '17.01°C', before: '16.92°C' }, 'now - before', '0.16°F');
    expect(c.verdict).toBe('pass');
    expect(c.computed?.low).toBeCloseTo(0.162, 9);
  });

  it('a change written as one ("up 1.5C") is 2.7 °F, not 34.7 °F', () => {
    // 1.5 × 1.8 = 2.7.
    const c = claim({ warming: 'up 1.5C' }, 'warming', 'up 2.7°F');
    expect(c.verdict).toBe('pass');
    expect(c.computed?.low).toBeCloseTo(2.7, 9);
  });
});
