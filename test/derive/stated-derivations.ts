/**
 * @file A test helper for the `init --derive` tests on real articles: each derivation written
 * as "stated number = expression", with every input's name replaced by the number as the
 * reader read it in the article ("[16.9%] = [86,790] / [512,735 pupils]"), so a test reads
 * like the article and does not depend on the names init gives.
 */
import { readFileSync } from 'node:fs';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

/** The derivations `init --derive` proposes for the article at `path`, in the article's own numbers. */
export function derivedInArticleNumbers(path: string): string[] {
  const result = deriveClaims({ source: readFileSync(path, 'utf8'), articleRef: 'article.txt', rules, schemaRef: 'claims.schema.json' });
  const stated = new Map(result.entries.map((e) => [e.name, e.number.text]));
  // Longest names first, so `rate_2` is replaced before `rate`.
  const names = [...stated.keys()].sort((a, b) => b.length - a.length);
  return result.derivations.map((d) => {
    let expression = d.expression;
    for (const name of names) expression = expression.replace(new RegExp(`\\b${name}\\b`, 'gu'), `[${stated.get(name)}]`);
    return `[${stated.get(d.target)}] = ${expression}`;
  });
}
