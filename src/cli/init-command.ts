/**
 * @file `claimcheck init ARTICLE [-o FILE] [--force | --merge]`: writes a
 * starting claims file for an article (the generator is src/init/).
 *
 * - The default output is `claims.yaml` in the working directory (the file
 *   `claimcheck` checks when given no path); `-o` names another.
 * - An existing file is never replaced without `--force` (exit 2 with a
 *   message); `--merge` adds the article's numbers that no existing quote
 *   covers, leaving the file's entries and comments as they were.
 * - The file is written atomically (src/cli/write-file.ts).
 * - `article:` is the article's path relative to the output file; the first
 *   line points editors at the JSON Schema of the claimcheck that wrote it,
 *   by a path relative to the output file.
 * - The written file is checked at once; the summary goes to standard error,
 *   with every quantity written other than as read (and why: a comment in
 *   the file says the same) and every malformed number of the article.
 */

import { lstatSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { defaultRulesDir, loadRules } from '../rules/index.js';
import { at, SetupError } from '../engine/errors.js';
import { messageText, phrase } from '../findings/interpolate.js';
import type { MessageValue } from '../types.js';
import { startOfFile } from '../text/span.js';
import { checkClaimsText } from '../engine/check-file.js';
import { isClaimsFileName } from '../engine/discover.js';
import { initClaims, type InitResult } from '../init/index.js';
import { deriveClaims, type DeriveInitResult } from '../init/derive.js';
import { createFinding } from '../findings/index.js';
import { readGuardedText } from '../io/read-guarded.js';
import { repositoryRoot } from '../io/repository.js';
import { excerpt } from '../io/excerpt.js';
import { nearPath } from '../io/near-path.js';
import { safeText } from '../text/safe.js';
import { STANDARD_OUTPUT, UsageError, type CliOptions } from './args.js';
import { writeFailure, writeFileAtomic, WriteRefused } from './write-file.js';

/** A path relative to `from`'s folder, with forward slashes (as YAML and JSON Schema tools expect). */
function relativeRef(fromFile: string, to: string): string {
  const rel = relative(dirname(fromFile), to).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

/** Where the published schema lives, for claims files outside the project that installed claimcheck. */
export const SCHEMA_URL = 'https://unpkg.com/claimcheck/schema/claims.schema.json';

/**
 * The `$schema` reference for a new claims file: the installed schema when it
 * sits inside the same project (`node_modules/claimcheck/schema/…`), else the
 * published URL — never a path that climbs out of the project.
 */
function schemaRefFor(out: string, schema: string): string {
  const ref = relativeRef(out, schema);
  return ref.startsWith('../') || ref.startsWith('/') ? SCHEMA_URL : ref;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Data formats an article is never written in, by extension. */
const DATA_FORMATS: Readonly<Record<string, string>> = { '.yaml': 'YAML', '.yml': 'YAML', '.json': 'JSON' };

/**
 * Refuses a YAML or JSON file named as the article (exit 2): init would read
 * its keys and numbers as a story's. A claims file (its name, or an
 * `inputs:`/`claims:` key) gets the command that checks it.
 */
function refuseDataFile(article: string, source: string): void {
  const format = DATA_FORMATS[extname(article).toLowerCase()];
  if (format === undefined) return;
  const shown = excerpt(article);
  if (isClaimsFileName(basename(article)) || /^(?:inputs|claims):/m.test(source)) {
    throw new UsageError(phrase('usage-init-claims-file', { file: shown }));
  }
  throw new UsageError(phrase('usage-init-data-file', { file: shown, format }));
}

export async function runInit(article: string, options: CliOptions): Promise<number> {
  if (options.force && options.merge) throw new UsageError(phrase('usage-force-merge'));
  if (options.derive && options.merge) throw new UsageError(phrase('usage-derive-merge'));
  const cwd = process.cwd();
  const articlePath = resolve(cwd, article);
  // The article goes through the guarded reader: inside the working folder's repository, a regular text file, at most 5 MB.
  const read = readGuardedText(articlePath, { kind: 'article', root: repositoryRoot(articlePath, cwd), shown: article });
  if (!read.ok) {
    // A name one letter off a file that is there ("brihgton.md"): say which.
    const near = lstatOrUndefined(articlePath) !== undefined ? '' : nearPath(article, cwd);
    throw new SetupError(phrase('init-cannot-read-article', { file: excerpt(article), suggestion: near }), [at(startOfFile(excerpt(article)), read.reason)]);
  }
  const source = read.text;
  refuseDataFile(article, source);
  // "-o -" prints the file: paths in it are then relative to the working folder, as for ./claims.yaml.
  const toStandardOutput = options.output === STANDARD_OUTPUT;
  if (toStandardOutput && options.merge) throw new UsageError(phrase('usage-merge-stdout'));
  const shownOut = toStandardOutput ? 'standard output' : (options.output ?? 'claims.yaml');
  const out = resolve(cwd, toStandardOutput ? 'claims.yaml' : shownOut);
  // Anything there counts, a link to nothing or a link loop too: reading it for --merge says what it is.
  const exists = !toStandardOutput && lstatOrUndefined(out) !== undefined;
  if (exists && !options.force && !options.merge) {
    throw new UsageError(phrase('usage-init-exists', { file: shownOut }));
  }
  const named = options.rules.map((d) => resolve(cwd, d));
  const { rules, problems } = loadRules(named, { cwd, named });
  if (problems.length > 0) throw new SetupError(phrase('setup-rules-unusable'), problems.map((p) => phrase('setup-at-line', { file: p.span.file, line: p.span.line, why: p.data['reason'] ?? p.kind })));

  let existing: string | undefined;
  if (options.merge && exists) {
    const current = readGuardedText(out, { kind: 'claims', root: repositoryRoot(out, cwd), shown: shownOut });
    if (!current.ok) throw new SetupError(phrase('init-cannot-merge-into', { file: excerpt(shownOut) }), [at(startOfFile(excerpt(shownOut)), current.reason)]);
    existing = current.text;
  }
  const schema = join(dirname(defaultRulesDir()), 'schema', 'claims.schema.json');
  const request = {
    source,
    articleRef: relativeRef(out, articlePath),
    rules,
    schemaRef: schemaRefFor(out, schema),
    articlePath: article,
  };
  let derived: DeriveInitResult | undefined;
  let result: InitResult;
  if (options.derive) {
    let facts: { text: string; path: string } | undefined;
    if (options.facts !== undefined) {
      // The facts file is a claims file: the same guarded reader.
      const factsPath = resolve(cwd, options.facts);
      const readFacts = readGuardedText(factsPath, { kind: 'claims', root: repositoryRoot(factsPath, cwd), shown: options.facts });
      if (!readFacts.ok) throw new SetupError(phrase('init-cannot-read-facts', { file: excerpt(options.facts) }), [at(startOfFile(excerpt(options.facts)), readFacts.reason)]);
      facts = { text: readFacts.text, path: options.facts };
    }
    derived = deriveClaims({ ...request, ...(facts ? { facts } : {}) });
    if (derived.problem && facts && derived.text === '') throw new SetupError(phrase('init-facts-unusable', { file: excerpt(facts.path) }), derived.problem.split('\n'));
    result = derived;
  } else {
    result = initClaims({ ...request, ...(existing !== undefined ? { existing } : {}) });
  }
  if (result.problem) throw new SetupError(phrase('setup-cannot-merge-into', { file: shownOut, why: result.problem }));

  try {
    if (toStandardOutput) process.stdout.write(result.text);
    else writeFileAtomic(out, result.text, { overwrite: options.force || options.merge, root: cwd });
  } catch (error) {
    if (error instanceof WriteRefused) throw new UsageError(error.words);
    throw new SetupError(phrase('setup-cannot-write', { file: shownOut, why: writeFailure(error) }));
  }

  // The summary is worded with the rules in force, as every message is.
  const say = (value: MessageValue): string => safeText(messageText(value, rules.phrases), 'terminal');
  const repeated = result.repeated > 0 ? phrase('init-repeated', { count: result.repeated }) : '';
  if (derived) {
    const count = derived.factsUsed.length;
    const summary = phrase('init-derived', {
      file: shownOut,
      claims: phrase(derived.derivations.length === 1 ? 'count-derived-claim' : 'count-derived-claims', { count: derived.derivations.length }),
      facts: count > 0 ? phrase(count === 1 ? 'init-using-fact' : 'init-using-facts', { count }) : '',
      inputs: phrase(result.added === 1 ? 'count-input' : 'count-inputs', { count: result.added }),
      tried: derived.tried.toLocaleString('en-US'),
      cut: derived.truncated ? phrase('init-cut-short') : '',
    });
    process.stderr.write(`claimcheck: ${say(phrase('init-next-derive', { summary, repeated }))}\n`);
  } else if (existing === undefined && result.added === 0 && result.repeated === 0) {
    // Nothing to check, not "check each value": an empty article, or one without a number, is said so.
    const why = source.trim() === '' ? phrase('init-article-empty') : phrase('init-article-no-numbers');
    process.stderr.write(`claimcheck: ${say(phrase('init-wrote-none', { file: shownOut, article, why }))}\n`);
  } else {
    const summary = existing !== undefined
      ? phrase(result.added === 1 ? 'init-added-one' : 'init-added', { count: result.added, file: shownOut, kept: result.kept })
      : phrase(result.added === 1 ? 'init-wrote-one' : 'init-wrote', { count: result.added, file: shownOut, article });
    process.stderr.write(`claimcheck: ${say(phrase('init-next', { summary, repeated }))}\n`);
  }
  // What was not written as read, and the article's malformed numbers: never silent.
  for (const problem of result.problems) {
    const f = createFinding(rules, problem);
    process.stderr.write(`  ${safeText(f.file, 'terminal')}:${f.line}:${f.column}: ${safeText(f.message, 'terminal')}\n`);
  }
  // The scaffold must load and check cleanly; say so if it does not (it is written either way).
  const checked = checkClaimsText(result.text, shownOut, rules, { readArticle: () => ({ text: source }) });
  const errors = checked.findings.filter((f) => f.severity === 'error');
  for (const f of errors) process.stderr.write(`  ${safeText(f.file, 'terminal')}:${f.line}:${f.column}: ${safeText(f.message, 'terminal')}\n`);
  return errors.length > 0 ? 1 : 0;
}
