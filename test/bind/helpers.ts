// Shared helpers for the bind tests: check a claims text against article texts held in memory.
import { readFileSync } from 'node:fs';
import { loadDefaultRules } from '../../src/rules/index.js';
import { checkClaimsText } from '../../src/engine/check-file.js';
import type { FileResult, Finding } from '../../src/types.js';

export const NYSUN = readFileSync(new URL('../../examples/articles/nysun-north-korea-punching-above-its-weight.txt', import.meta.url), 'utf8');
/** The New York Sun article with "55 years" changed to "50 years" (line 28), as an editor might. */
export const NYSUN_CHANGED = readFileSync(new URL('../fixtures/bind/nysun-55-changed-to-50.txt', import.meta.url), 'utf8');

/** Checks `yaml` (named claims.yaml) with `articles` as the files its `article:` names. */
export function checkWith(yaml: string, articles: Record<string, string>): FileResult {
  return checkClaimsText(yaml, 'claims.yaml', loadDefaultRules(), {
    readArticle: (path) => (path in articles ? { text: articles[path]! } : { problem: `the article "${path}" does not exist` }),
  });
}

export function findingsOf(result: FileResult, kind: string): Finding[] {
  return result.findings.filter((f) => f.kind === kind);
}
