// The schema check leaves out a schema problem whose entry another finding
// already touches. That question is answered by a binary search over the
// findings (src/schema/validate.ts, Overlaps); it must give exactly what
// comparing the entry with every finding gives.
import { describe, expect, it } from 'vitest';
import { Overlaps } from '../../src/schema/validate.js';
import { fc } from '../property/setup.js';
import type { Span } from '../../src/types.js';

const span = (line: number, column: number, endLine: number, endColumn: number): Span => ({ file: 'c.yaml', line, column, endLine, endColumn });

/** Two spans overlap when each starts at or before the other ends (touching counts). */
function overlapsOne(a: Span, b: Span): boolean {
  const atOrBefore = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return atOrBefore(a.line, a.column, b.endLine, b.endColumn) && atOrBefore(b.line, b.column, a.endLine, a.endColumn);
}

describe('Overlaps', () => {
  it('answers by hand-worked cases', () => {
    // A finding on line 3, columns 5–9, and one from 6:1 to 8:4.
    const findings = new Overlaps([span(3, 5, 3, 9), span(6, 1, 8, 4)]);
    expect(findings.any(span(3, 9, 3, 12))).toBe(true); // touches 3:9
    expect(findings.any(span(3, 10, 5, 2))).toBe(false); // between the two
    expect(findings.any(span(7, 20, 7, 30))).toBe(true); // inside the second
    expect(findings.any(span(1, 1, 3, 4))).toBe(false); // ends just before 3:5
    expect(findings.any(span(8, 4, 9, 1))).toBe(true); // starts where the second ends
    expect(new Overlaps([]).any(span(1, 1, 1, 2))).toBe(false);
  });

  it('agrees with comparing against every span, on random spans', () => {
    const aSpan = fc
      .record({ line: fc.integer({ min: 1, max: 30 }), column: fc.integer({ min: 1, max: 12 }), lines: fc.integer({ min: 0, max: 4 }), end: fc.integer({ min: 0, max: 12 }) })
      .map(({ line, column, lines, end }) => span(line, column, line + lines, lines === 0 ? column + end : Math.max(1, end)));
    fc.assert(
      fc.property(fc.array(aSpan, { maxLength: 12 }), fc.array(aSpan, { minLength: 1, maxLength: 20 }), (spans, queries) => {
        const index = new Overlaps(spans);
        for (const query of queries) expect(index.any(query)).toBe(spans.some((s) => overlapsOne(s, query)));
      }),
    );
  });
});
