// The default rules embedded at build time (scripts/build.mjs → src/rules/embed.ts)
// must be the very tables a fresh parse of rules/*.yaml gives, spans included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, finishRules } from '../../src/rules/index.js';
import { embedTables, tablesFromEmbedded } from '../../src/rules/embed.js';
import { emptyTables, parseTable, TABLE_NAMES } from '../../src/rules/tables.js';

const dir = defaultRulesDir();
const texts = Object.fromEntries(TABLE_NAMES.map((name) => [name, readFileSync(join(dir, `${name}.yaml`), 'utf8')])) as Record<(typeof TABLE_NAMES)[number], string>;

function freshTables() {
  const tables = emptyTables();
  for (const name of TABLE_NAMES) expect(parseTable(name, texts[name], join(dir, `${name}.yaml`), tables)).toEqual([]);
  return tables;
}

describe('embedded default rules', () => {
  // What the bundle holds is JSON: round-trip it as the build's `define` does.
  const embedded = JSON.parse(JSON.stringify(embedTables(texts)));

  it('keeps the texts it was parsed from', () => {
    expect(embedded.texts).toEqual(texts);
  });

  it('gives the same tables as a fresh parse of rules/*.yaml, spans naming the files in the rules folder', () => {
    const fresh = freshTables();
    const restored = tablesFromEmbedded(embedded, dir);
    expect(restored).toStrictEqual(fresh);
    // e.g. the `soldier` unit's span points into <rules>/units.yaml, as a fresh parse's does.
    expect([...restored.units.values()][0]!.span!.file).toBe(join(dir, 'units.yaml'));
  });

  it('gives the same finished Rules as a fresh parse', () => {
    expect(finishRules(tablesFromEmbedded(embedded, dir))).toStrictEqual(finishRules(freshTables()));
  });

  it('refuses to embed a broken table', () => {
    expect(() => embedTables({ ...texts, hedges: 'almost: { side: sideways }\n' })).toThrow(/hedges\.yaml/);
  });
});
