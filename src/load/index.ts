/**
 * @file The load stage: the text of a claims file → the `ClaimsFile` model
 * with source positions, plus the problems found (contract §3, §5–§7, §10).
 *
 * Order of work: size and binary checks on the raw text, then the `yaml`
 * library's parser, a nesting-depth check, its composer, one scan for
 * aliases and duplicate keys, and finally the reading of each section.
 * Anything that makes the file unusable (syntax errors, too large, too deep,
 * exploding aliases) ends with an empty model and those problems.
 *
 * Pure: no I/O, no printing, no module state. Never throws, whatever the input.
 */

import { isMap } from 'yaml';
import type { ClaimDecl, ClaimsFile, FactsFile, InputDecl, Problem, Span } from '../types.js';
import { deref, describe, isEmpty, schemaProblem, spanFromOffsets, spanOf } from './context.js';
import type { LoadContext } from './context.js';
import { entriesOf, knownKeys, readText, type Entry } from './fields.js';
import { looksBinary, MAX_BYTES, MAX_FACTS_BYTES, sizeProblem } from './guards.js';
import { parseYaml } from './parse.js';
import { scanDocument } from './scan.js';
import { readArticles, readClaims, readIgnore, readInputs, readUnits } from './sections.js';
import type { Ordered } from './sections.js';
import { startOfFile } from '../text/span.js';
import { phrase } from '../findings/interpolate.js';

export { editDistance, suggest, suggestion } from '../text/suggest.js';

/** The keys a claims file may have at the top level. */
export const TOP_LEVEL_KEYS = ['title', 'article', 'rules', 'facts', 'as_of', 'units', 'inputs', 'claims', 'ignore'] as const;

/** The keys a facts file may have at the top level: named inputs, their units, the facts files it builds on, a default max_age. */
export const FACTS_FILE_KEYS = ['title', 'facts', 'max_age', 'units', 'inputs'] as const;

/** An empty but valid model. */
function emptyFile(path: string, source: string): ClaimsFile {
  return { path, source, units: [], inputs: [], claims: [], ignore: [] };
}


/**
 * Reads a claims file.
 *
 * @param text the file's text (decoded by the caller; a leading BOM is ignored, CRLF is fine)
 * @param path the file name spans carry as `file`
 * @param options `maxBytes`: the size limit (default {@link MAX_BYTES}, 5 MB)
 * @returns the model (empty when the file is unusable) and every problem found, in file order
 */
export function loadClaimsFile(text: string, path: string, options: { maxBytes?: number } = {}): { file: ClaimsFile; problems: Problem[] } {
  try {
    return load(text, path, readFile, options.maxBytes ?? MAX_BYTES);
  } catch {
    // Every known failure is handled below; this is the last line of defence.
    const problem: Problem = {
      kind: 'yaml-syntax',
      data: { reason: { phrase: 'internal-error-reading', data: { file: 'claims file' } } },
      span: startOfFile(path),
    };
    return { file: emptyFile(path, typeof text === 'string' ? text : ''), problems: [problem] };
  }
}

/**
 * Reads a facts file: the same YAML checks and the same `inputs:` grammar as
 * a claims file (one loader, one parser), with its own top-level keys
 * ({@link FACTS_FILE_KEYS}). Pure; never throws.
 */
export function loadFactsFile(text: string, path: string): { file: FactsFile; problems: Problem[] } {
  try {
    const { file, problems } = load(text, path, readFactsRoot, MAX_FACTS_BYTES);
    return { file: toFactsFile(file), problems };
  } catch {
    const problem: Problem = { kind: 'yaml-syntax', data: { reason: { phrase: 'internal-error-reading', data: { file: 'facts file' } } }, span: startOfFile(path) };
    return { file: { path, source: '', units: [], inputs: [] }, problems: [problem] };
  }
}

/** A facts file is read into the claims-file model (its extra `max_age:` kept aside), then narrowed. */
type Loaded = ClaimsFile & { maxAge?: FactsFile['maxAge'] };

function toFactsFile(file: Loaded): FactsFile {
  return {
    path: file.path,
    source: file.source,
    ...(file.title ? { title: file.title } : {}),
    units: file.units,
    inputs: file.inputs,
    ...(file.facts ? { facts: file.facts } : {}),
    ...(file.maxAge ? { maxAge: file.maxAge } : {}),
  };
}

function load(rawText: string, path: string, readRoot: (ctx: LoadContext, contents: unknown) => Loaded, maxBytes: number): { file: Loaded; problems: Problem[] } {
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;

  const tooLarge = sizeProblem(text, maxBytes);
  if (tooLarge !== undefined) {
    // The source is not kept: nothing will be framed from a file that was never read.
    return { file: emptyFile(path, ''), problems: [{ kind: 'schema', data: { reason: tooLarge }, span: startOfFile(path) }] };
  }
  if (looksBinary(text)) {
    return {
      file: emptyFile(path, ''),
      problems: [{ kind: 'yaml-syntax', data: { reason: { phrase: 'file-binary', data: {} } }, span: startOfFile(path) }],
    };
  }

  const parsed = parseYaml(text);
  const at = (range: [number, number]): Span => spanFromOffsets({ text, path, lineCounter: parsed.lineCounter }, range[0], range[1]);
  const problems: Problem[] = parsed.problems.map((p) => ({ kind: p.kind, data: { reason: p.reason }, span: at(p.range) }));
  const doc = parsed.doc;
  if (doc === undefined || parsed.fatal.length > 0) {
    const fatal = parsed.fatal.map((p): Problem => ({ kind: p.kind, data: { reason: p.reason }, span: at(p.range) }));
    return { file: emptyFile(path, text), problems: dedupe(sortProblems([...fatal, ...problems])) };
  }

  const scan = scanDocument(doc);
  if (scan.fatal.length > 0) {
    const fatal = scan.fatal.map((p): Problem => ({ kind: 'schema', data: { reason: p.reason }, span: at(p.range) }));
    return { file: emptyFile(path, text), problems: sortProblems([...fatal, ...problems]) };
  }
  for (const p of scan.problems) problems.push({ kind: 'schema', data: { reason: p.reason }, span: at(p.range) });

  const ctx: LoadContext = {
    text,
    path,
    lineCounter: parsed.lineCounter,
    aliasTargets: scan.aliasTargets,
    duplicateKeys: scan.duplicateKeys,
    problems,
  };
  const file = readRoot(ctx, doc.contents);
  return { file, problems: sortProblems(ctx.problems) };
}

/** Reads the top-level mapping into the model. */
function readFile(ctx: LoadContext, contents: unknown): ClaimsFile {
  const file = emptyFile(ctx.path, ctx.text);
  const root = deref(ctx, contents);
  if (isEmpty(root)) {
    schemaProblem(ctx, { phrase: 'claims-file-empty', data: {} }, startOfFile(ctx.path));
    return file;
  }
  if (root === null || !isMap(root)) {
    schemaProblem(
      ctx,
      { phrase: 'claims-file-not-mapping', data: { found: describe(root) } },
      spanOf(ctx, root),
    );
    return file;
  }
  const known = knownKeys(ctx, entriesOf(ctx, root, 'the top level'), TOP_LEVEL_KEYS, 'the top level');
  const title = readText(ctx, known.get('title'), '`title:`');
  if (title !== undefined) file.title = title;
  const articleEntry = known.get('article');
  if (articleEntry !== undefined) {
    const { list, isList } = readArticles(ctx, articleEntry);
    if (list[0] !== undefined) file.article = list[0];
    if (isList && list.length > 0) file.articles = list;
  }
  const rules = readText(ctx, known.get('rules'), '`rules:`');
  if (rules !== undefined) file.rules = rules;
  readFactsKey(ctx, known.get('facts'), file);
  const asOf = readText(ctx, known.get('as_of'), '`as_of:`');
  if (asOf !== undefined) file.asOf = asOf;
  const units = known.get('units');
  if (units !== undefined) file.units = readUnits(ctx, units);
  const inputs = known.get('inputs');
  const claims = known.get('claims');
  const { inputDecls, claimDecls } = oneNamespace(
    ctx,
    inputs === undefined ? [] : readInputs(ctx, inputs),
    claims === undefined ? [] : readClaims(ctx, claims),
  );
  file.inputs = inputDecls;
  file.claims = claimDecls;
  const ignore = known.get('ignore');
  if (ignore !== undefined) file.ignore = readIgnore(ctx, ignore);
  return file;
}

/** `facts:`: a path or a list of paths (read like `article:`). */
function readFactsKey(ctx: LoadContext, entry: Entry | undefined, file: { facts?: ClaimsFile['facts'] }): void {
  if (entry === undefined) return;
  const { list } = readArticles(ctx, entry, '`facts:`', 'facts file');
  if (list.length > 0) file.facts = list;
}

/** The top level of a facts file. */
function readFactsRoot(ctx: LoadContext, contents: unknown): Loaded {
  const file: Loaded = emptyFile(ctx.path, ctx.text);
  const root = deref(ctx, contents);
  if (isEmpty(root)) return file;
  if (root === null || !isMap(root)) {
    schemaProblem(ctx, { phrase: 'facts-file-not-mapping', data: { found: describe(root) } }, spanOf(ctx, root));
    return file;
  }
  const top = phrase('label-facts-top-level');
  const known = knownKeys(ctx, entriesOf(ctx, root, top), FACTS_FILE_KEYS, top);
  const title = readText(ctx, known.get('title'), '`title:`');
  if (title !== undefined) file.title = title;
  readFactsKey(ctx, known.get('facts'), file);
  const maxAge = readText(ctx, known.get('max_age'), '`max_age:`');
  if (maxAge !== undefined) file.maxAge = maxAge;
  const units = known.get('units');
  if (units !== undefined) file.units = readUnits(ctx, units);
  const inputs = known.get('inputs');
  if (inputs !== undefined) file.inputs = oneNamespace(ctx, readInputs(ctx, inputs), []).inputDecls;
  return file;
}

/**
 * Inputs and claims share one set of names: a name used again (in document
 * order) is reported at its second use and that declaration is dropped.
 */
function oneNamespace(
  ctx: LoadContext,
  inputs: Ordered<InputDecl>[],
  claims: Ordered<ClaimDecl>[],
): { inputDecls: InputDecl[]; claimDecls: ClaimDecl[] } {
  type Tagged = { kind: 'input'; item: Ordered<InputDecl> } | { kind: 'claim'; item: Ordered<ClaimDecl> };
  // Each list is one mapping's entries, already in document order: merge them (an input first at a tie, as a stable sort would).
  const all: Tagged[] = [];
  let i = 0;
  let c = 0;
  while (i < inputs.length || c < claims.length) {
    const input = inputs[i];
    const claim = claims[c];
    if (input !== undefined && (claim === undefined || input.offset <= claim.offset)) {
      all.push({ kind: 'input', item: input });
      i++;
    } else if (claim !== undefined) {
      all.push({ kind: 'claim', item: claim });
      c++;
    }
  }
  const first = new Map<string, Tagged>();
  const inputDecls: InputDecl[] = [];
  const claimDecls: ClaimDecl[] = [];
  for (const tagged of all) {
    const decl = tagged.item.decl;
    const earlier = first.get(decl.name);
    if (earlier !== undefined) {
      const line = earlier.item.decl.span.line;
      const id = earlier.kind === tagged.kind ? (tagged.kind === 'input' ? 'name-two-inputs' : 'name-two-claims') : tagged.kind === 'input' ? 'name-claim-then-input' : 'name-input-then-claim';
      schemaProblem(ctx, { phrase: id, data: { name: decl.name, line } }, decl.span, decl.name);
      continue;
    }
    first.set(decl.name, tagged);
    if (tagged.kind === 'input') inputDecls.push(tagged.item.decl);
    else claimDecls.push(tagged.item.decl);
  }
  return { inputDecls, claimDecls };
}

/** Problems in file order (stable for problems at the same place). */
function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.span.line - b.p.span.line || a.p.span.column - b.p.span.column || a.i - b.i)
    .map(({ p }) => p);
}

/** Drops problems that repeat an earlier one exactly (the YAML library can report one error twice). */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.kind}|${p.span.line}|${p.span.column}|${JSON.stringify(p.data['reason'])}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
