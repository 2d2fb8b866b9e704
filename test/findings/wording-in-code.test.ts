// Wording is data (issue 15 item 2): every sentence a user reads is a phrase
// or a kind's template in rules/checks.yaml, so a project's rules/ can reword
// it. This test keeps it so. It reads every source file under src/ and fails
// on a string or template literal that reads as an English sentence (four
// words or more) where a message goes: a `reason:`/`message:`/`hint:`/
// `what:`… property, the first argument of `new …Error(`, the text of a
// `.report(span, …)`, a `return` of a reason. The literals it allows are
// listed below, each with why; the scanner is test/findings/sentences.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalsOf, looksLikeSentence, MESSAGE_POSITION } from './sentences.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * Sentences that stay in code, by file and the start of the text. Each is
 * output that is not a message (a format's own text, a file init writes) or
 * an internal error that is a bug in claimcheck, never a problem in a user's
 * input.
 */
const ALLOWED: readonly { file: string; starts: string; why: string }[] = [
  { file: 'src/report/facts.ts', starts: 'no shared facts', why: 'the `claimcheck facts` listing: output of a format, like the pretty report\'s labels' },
  { file: 'src/report/html.ts', starts: '<header>', why: 'the HTML page: output of a format' },
  { file: 'src/config/print.ts', starts: '# effective configuration', why: '--print-config writes a configuration file; its comment header is that file\'s text' },
  { file: 'src/init/derive.ts', starts: 'The range between', why: 'the description of a derivation rule in init --derive\'s table (written into the claims file as a comment), not a message' },
];

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') && !entry.name.includes('.generated.')) yield path;
  }
}

/** Every sentence in a message position in src/, as "file:line: text". */
function sentencesInCode(): string[] {
  const found: string[] = [];
  for (const path of sources(join(root, 'src'))) {
    const file = relative(root, path);
    for (const literal of literalsOf(readFileSync(path, 'utf8'))) {
      if (!looksLikeSentence(literal.text) || !MESSAGE_POSITION.test(literal.before)) continue;
      if (ALLOWED.some((a) => a.file === file && literal.text.startsWith(a.starts))) continue;
      found.push(`${file}:${literal.line}: ${literal.text.slice(0, 80)}`);
    }
  }
  return found;
}

describe('wording in code', () => {
  it('has no sentence where a message goes: each is a phrase of rules/checks.yaml', () => {
    expect(sentencesInCode()).toEqual([]);
  });

  it('allows only what is still found (an entry no longer needed is removed)', () => {
    const stale = ALLOWED.filter((a) => {
      const text = readFileSync(join(root, a.file), 'utf8');
      return !literalsOf(text).some((l) => l.text.startsWith(a.starts) && MESSAGE_POSITION.test(l.before));
    });
    expect(stale).toEqual([]);
  });
});

describe('the scanner', () => {
  // The scanner must find what it is for, or the test above could pass by finding nothing.
  it('finds a sentence in each message position', () => {
    const code = [
      "const p = { kind: 'rules', data: { reason: 'the hedge must have a side' } };",
      "throw new UsageError(`--format must be one of ${names}`);",
      "reader.report(span, 'a key in the configuration must be a word');",
      "return { value, lost: q.unit === '' ? 'the grammar reads these words differently' : other };",
      "schemaProblem(ctx, `the aliases of unit '${unit}' should be a list`, span);",
    ].join('\n');
    const hits = literalsOf(code).filter((l) => looksLikeSentence(l.text) && MESSAGE_POSITION.test(l.before)).map((l) => l.line);
    expect(hits).toEqual([1, 2, 3, 4, 5]);
  });

  it('passes ids, short words, comments and regular expressions', () => {
    const code = [
      "// a comment that reads as a sentence: it is not a literal",
      "const p = { reason: phrase('rules-hedge-side', { side }) };",
      "const re = /the value is (not) a number/u;",
      "const label = { message: 'internal' };",
    ].join('\n');
    expect(literalsOf(code).filter((l) => looksLikeSentence(l.text) && MESSAGE_POSITION.test(l.before))).toEqual([]);
  });
});
