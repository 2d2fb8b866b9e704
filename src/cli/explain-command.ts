/**
 * @file `claimcheck explain FILE NAME`: checks the file as `claimcheck FILE`
 * would, then prints one claim in full (src/report/explain.ts). An unknown
 * NAME exits 2 with a "did you mean"; an input's name shows that input. Exit
 * status: 1 when the claim fails or errors (and is not allowed), else 0.
 */

import { resolve } from 'node:path';
import { check, configFor, MAX_FILE_BYTES } from '../engine/check.js';
import { analyzeClaimsText } from '../engine/check-file.js';
import { repositoryRoot } from '../engine/inside.js';
import { at, SetupError } from '../engine/errors.js';
import { createArticleReader } from '../bind/read-article.js';
import { createFactsReader } from '../facts/read.js';
import { readGuardedText } from '../io/read-guarded.js';
import { excerpt } from '../io/excerpt.js';
import { suggestion } from '../text/suggest.js';
import { phrase } from '../findings/interpolate.js';
import { startOfFile } from '../text/span.js';
import { explainClaim, explanationJson, formatExplanation } from '../report/explain.js';
import { UsageError, type CliOptions } from './args.js';
import { safeText } from '../text/safe.js';
import { chalkFor } from './color.js';
import { claimsFileRefusals, unreadFileLines } from './unread-files.js';
import { isUnreadableRules } from '../findings/index.js';

export async function runExplain(path: string, name: string, options: CliOptions): Promise<number> {
  const cwd = process.cwd();
  const report = await check([path], { cwd, rulesDirs: options.rules, ...(options.maxFileSize !== undefined ? { maxFileBytes: options.maxFileSize } : {}) });
  const result = report.files[0];
  if (!result) throw new SetupError(phrase('setup-cannot-read-file', { file: path }));
  // The rules the file chose cannot be used: no claim of it was judged, so there is none to explain.
  const refused = result.findings.filter(isUnreadableRules);
  if (refused.length > 0) {
    const words = refused.every((f) => f.kind === 'config') ? phrase('setup-config-unusable') : phrase('setup-rules-unusable');
    throw new SetupError(words, refused.map((f) => at(f, f.message)));
  }
  // The claims file itself could not be read (not UTF-8, not valid YAML): no claim of it was judged, so
  // "has no claim named" would send the reader looking for a typo in the name.
  const unreadable = result.claims.length === 0 ? claimsFileRefusals(result) : [];
  if (unreadable.length > 0) throw new SetupError(phrase('setup-cannot-explain', { file: excerpt(path) }), unreadable.map((f) => at(f, f.message)));
  // The explanation is of one claim; an article or facts file that could not be read is still said.
  process.stderr.write(unreadFileLines(report.files));
  const absolute = resolve(cwd, path);
  // check() above read it the same way; a refusal there is a finding, here it stops the command.
  const { rules, config } = configFor(path, { cwd, rulesDirs: options.rules });
  const maxBytes = options.maxFileSize ?? config.maxFileSize?.value ?? MAX_FILE_BYTES;
  const read = readGuardedText(absolute, { kind: 'claims', root: repositoryRoot(absolute, cwd), shown: path, maxBytes });
  if (!read.ok) throw new SetupError(phrase('setup-cannot-explain', { file: excerpt(path) }), [at(startOfFile(excerpt(path)), read.reason)]);
  const text = read.text;
  const root = repositoryRoot(absolute, cwd);
  const analysis = analyzeClaimsText(text, result.path, rules, { maxBytes, readArticle: createArticleReader(absolute, root), readFacts: createFactsReader(absolute, root, cwd) });
  const explanation = explainClaim({
    file: analysis.file,
    result,
    dependencies: analysis.dependencies,
    ...(analysis.binding ? { quoteSpans: analysis.binding.quoteSpans } : {}),
  }, name);
  if (!explanation) {
    const input = analysis.file.inputs.find((i) => i.name === name);
    if (input) {
      const span = analysis.binding?.quoteSpans.get(name);
      const value = input.value.form === 'text' ? input.value.text : JSON.stringify(input.value.fields);
      const t = (s: string): string => safeText(s, 'terminal');
      const lines = [`${t(result.path)} — input ${t(name)}`, `  value      ${t(value)}`, `  source     ${t(input.source?.value ?? 'none given')}`];
      if (input.quote) lines.push(`  quote      "${t(input.quote.value)}"${span ? `  (${t(span.file)}:${span.line}:${span.column})` : ''}`);
      const users = analysis.file.claims.filter((c) => analysis.dependencies(c.name).includes(name)).map((c) => c.name);
      lines.push(`  used by    ${users.length > 0 ? t(users.join(', ')) : 'no claim'}`);
      process.stdout.write(options.format === 'json'
        ? `${safeText(JSON.stringify({ version: 1, path: result.path, input: { name, value, ...(input.source ? { source: input.source.value } : {}), ...(input.quote ? { quote: input.quote.value } : {}), ...(span ? { article: { file: span.file, line: span.line, column: span.column } } : {}), usedBy: users } }, null, 2), 'json')}\n`
        : `${lines.join('\n')}\n`);
      return 0;
    }
    const names = [...analysis.file.claims.map((c) => c.name), ...analysis.file.inputs.map((i) => i.name)];
    throw new UsageError(phrase('usage-no-claim', { file: path, name, suggestion: suggestion(name, names) }));
  }
  const chalk = chalkFor({ flag: options.color, env: process.env, isTTY: process.stdout.isTTY === true });
  process.stdout.write(options.format === 'json' ? explanationJson(explanation) : formatExplanation(explanation, chalk));
  const r = explanation.result;
  return r.allowed === undefined && r.severity === 'error' && (r.verdict === 'fail' || r.verdict === 'error') ? 1 : 0;
}
