// rules/checks.yaml is the one table of finding kinds: the FindingKind union
// (src/findings/kinds.generated.ts) and docs/checks.md are generated from it
// by scripts/checks-table.mjs, and must be up to date with it. A misspelt
// kind is a type error (checked by `npm run typecheck`, which covers test/).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without types
import { DOCS_PATH, generateChecksDoc, generateKinds, KINDS_PATH } from '../../scripts/checks-table.mjs';
import { FINDING_KINDS, type FindingKind } from '../../src/findings/kinds.generated.js';
import type { Problem } from '../../src/types.js';

const table = parse(readFileSync('rules/checks.yaml', 'utf8')) as { kinds: Record<string, { severity: string; message: string; docs?: string }> };

describe('files generated from rules/checks.yaml', () => {
  it('src/findings/kinds.generated.ts is up to date (run `npm run build` after changing checks.yaml)', () => {
    expect(readFileSync(KINDS_PATH, 'utf8')).toBe(generateKinds());
  });

  it('docs/checks.md is up to date (run `npm run build` after changing checks.yaml)', () => {
    expect(readFileSync(DOCS_PATH, 'utf8')).toBe(generateChecksDoc());
  });

  it('FindingKind lists every row of checks.yaml, plus internal', () => {
    expect([...FINDING_KINDS]).toEqual([...Object.keys(table.kinds), 'internal']);
  });

  it('every kind is documented, with its severity and message, under its own heading', () => {
    const doc = readFileSync(DOCS_PATH, 'utf8');
    for (const [kind, row] of Object.entries(table.kinds)) {
      expect(row.docs, kind).toMatch(/\*\*What it checks\.\*\*/);
      const section = doc.split(`\n## ${kind}\n`)[1]?.split('\n## ')[0] ?? '';
      expect(section, kind).toContain(`Severity: \`${row.severity}\``);
      expect(section, kind).toContain(row.message);
    }
  });

  it('a misspelt kind does not type-check', () => {
    const kind: FindingKind = 'quote-not-found';
    // @ts-expect-error -- 'inconsistant' is not a row of checks.yaml
    const misspelt: FindingKind = 'inconsistant';
    // @ts-expect-error -- nor is a kind in a Problem
    const problem: Problem = { kind: 'quote-not-fund', data: {}, span: { file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 } };
    expect([kind, misspelt, problem.kind]).toEqual(['quote-not-found', 'inconsistant', 'quote-not-fund']);
  });
});
