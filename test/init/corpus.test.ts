// init over the real-article corpus (test/fixtures/articles/): for each
// article the file it writes loads and checks with no error finding, every
// quantity of the article is covered by a quote it wrote, and every value
// reads back to the quantity the reader found (nothing changed silently:
// anything the check cannot hold comes back as a problem).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { initClaims } from '../../src/init/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'articles');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('init on the real-article corpus', () => {
  it.each(FILES)('%s: the file written checks with no errors and covers every quantity', (file) => {
    const rules = loadDefaultRules();
    const source = readFileSync(join(DIR, file), 'utf8');
    const result = initClaims({ source, articleRef: file, rules, schemaRef: 's.json' });
    const checked = checkClaimsText(result.text, 'claims.yaml', rules, { readArticle: () => ({ text: source }) });
    expect(checked.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}: ${f.message}`)).toEqual([]);
    expect(checked.coverage).toEqual({ covered: result.added + result.repeated, total: result.added + result.repeated });
    // Every value written as read, or said otherwise.
    expect(result.problems.filter((p) => p.kind === 'init-value-not-held')).toEqual([]);
  });
});
