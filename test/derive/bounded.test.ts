/**
 * The derive search is bounded (issue 12): past `maxCandidates` formulas it
 * stops and says so, and what it found so far is still written. Timings are
 * in bench/derive.mjs, not here.
 */
import { describe, expect, it } from 'vitest';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

/**
 * 40 sentences of three numbers each; every third states a rate derived from
 * its total and days, the others a total of two yards' trucks "in all" (a sum
 * the words point to: README, Decisions, "Sums need words").
 */
function article(): string {
  const out: string[] = [];
  for (let i = 0; i < 40; i++) {
    const total = 1000 + i * 37;
    out.push(i % 3 === 0 ? `Crews cleared ${total.toLocaleString('en-US')} tonnes in ${10 + i} days, or about ${Math.round(total / (10 + i)).toLocaleString('en-US')} tonnes a day.` : `One depot has ${200 + i} trucks in its north yard and ${30 + i} in its south yard, ${230 + 2 * i} trucks in all.`);
  }
  return out.join(' ');
}

describe('derive budget', () => {
  it('stops after the formula budget, says so, and keeps what it found', () => {
    const full = deriveClaims({ source: article(), articleRef: 'a.txt', rules, schemaRef: 's.json' });
    expect(full.truncated).toBe(false);
    const cut = deriveClaims({ source: article(), articleRef: 'a.txt', rules, schemaRef: 's.json', options: { maxCandidates: 2_000 } });
    expect(cut.truncated).toBe(true);
    // The budget is checked before each number's search: at most one number's search past it.
    expect(cut.tried).toBeLessThan(full.tried);
    expect(cut.tried).toBeGreaterThanOrEqual(2_000);
    // The first rates (found before the budget ran out) are still derived; fewer than in the full search.
    expect(cut.derivations.length).toBeGreaterThan(0);
    expect(cut.derivations.length).toBeLessThan(full.derivations.length);
  });
});
