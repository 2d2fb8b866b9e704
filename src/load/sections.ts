/**
 * @file Reading the sections of a claims file: `inputs:`, `claims:`,
 * `units:` and `ignore:` (contract §3, §5, §6, §7). Names are checked here
 * (identifiers; inputs and claims share one namespace); collisions with the
 * expression language's units and functions are resolve's job.
 *
 * Pure: no I/O. Never throws; every problem is recorded on the context.
 */

import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { ClaimDecl, InputDecl, Located, MessageValue, QuantitySource, UnitRule } from '../types.js';
import { isMoneyDecimals } from '../types.js';
import { deref, describe, isEmpty, report, scalarText, schemaProblem, spanOf } from './context.js';
import type { LoadContext } from './context.js';
import { entriesOf, knownKeys, NO_KEYS, readQuantity, readText } from './fields.js';
import type { Entry } from './fields.js';
import { nameProblem } from './names.js';
import { phrase } from '../findings/interpolate.js';
import { excerpt } from '../io/excerpt.js';

/** The keys an input may have. */
export const INPUT_KEYS = ['value', 'source', 'quote', 'as_of', 'note', 'url', 'overrides', 'fact', 'max_age', 'category', 'cumulative'] as const;
/** The keys a claim may have. */
export const CLAIM_KEYS = ['compute', 'stated', 'quote', 'tolerance', 'severity', 'note', 'allow'] as const;
/** The keys a custom unit may have. */
export const UNIT_KEYS = ['aliases', 'symbol', 'definition', 'shadows', 'decimals'] as const;

/** The keys an input's or a claim's body needs, as messages list them (made once: every entry passes them on). */
const INPUT_NEEDS = phrase('list-and', { first: '`value:`', next: '`source:`' });
const CLAIM_NEEDS = phrase('list-and', { first: '`compute:`', next: '`stated:`' });
/** "input", "claim" as messages name them. */
const KIND_INPUT = phrase('name-kind-input');
const KIND_CLAIM = phrase('name-kind-claim');

/** A declaration with the key offset it was read from, for document order. */
export interface Ordered<T> {
  decl: T;
  offset: number;
}

/**
 * The named entries of `inputs:` or `claims:`: reports a section that is not
 * a mapping and names that are not identifiers (those entries are kept).
 */
function namedEntries(ctx: LoadContext, section: Entry, what: 'input' | 'claim'): Entry[] {
  const node = section.value;
  if (isEmpty(node)) return [];
  if (node === null || !isMap(node)) {
    const shape = what === 'input' ? 'value:, source:' : 'compute:, stated:';
    schemaProblem(
      ctx,
      { phrase: 'section-not-named-set', data: { key: section.key, what, shape, found: describe(node) } },
      section.valueSpan,
    );
    return [];
  }
  const entries = entriesOf(ctx, node, `\`${section.key}:\``);
  for (const entry of entries) {
    const reason = nameProblem(entry.key, what);
    if (reason !== undefined) schemaProblem(ctx, reason, spanOf(ctx, entry.keyNode), entry.key);
  }
  return entries;
}

/** The body of one input or claim as a mapping, or `undefined` (reported) when it is not one. */
function bodyOf(ctx: LoadContext, entry: Entry, what: 'input' | 'claim', keys: MessageValue): Entry[] | undefined {
  const node = entry.value;
  const kind = what === 'input' ? KIND_INPUT : KIND_CLAIM;
  if (node !== null && isMap(node)) return entriesOf(ctx, node, phrase('label-entry', { kind, name: entry.key }), entry.key);
  schemaProblem(
    ctx,
    { phrase: 'entry-not-mapping', data: { what: kind, name: entry.key, keys, found: describe(node) } },
    spanOf(ctx, entry.keyNode),
    entry.key,
  );
  return undefined;
}

/** Reads `inputs:`. An input without a usable value is kept with an empty text (already reported). */
export function readInputs(ctx: LoadContext, section: Entry): Ordered<InputDecl>[] {
  const out: Ordered<InputDecl>[] = [];
  for (const entry of namedEntries(ctx, section, 'input')) {
    const name = entry.key;
    const keySpan = spanOf(ctx, entry.keyNode);
    const where = `input '${name}'`;
    const body = bodyOf(ctx, entry, 'input', INPUT_NEEDS);
    const known = body ? knownKeys(ctx, body, INPUT_KEYS, where, name) : NO_KEYS;
    let value: QuantitySource | undefined;
    const valueEntry = known.get('value');
    if (valueEntry !== undefined) {
      value = readQuantity(ctx, valueEntry, phrase('label-input-field', { field: 'value', name }), '11000 soldiers', name);
    } else if (body) {
      schemaProblem(ctx, { phrase: 'input-needs-value', data: { name } }, keySpan, name);
    }
    const decl: InputDecl = { name, span: keySpan, value: value ?? { form: 'text', text: '', span: keySpan } };
    const sourceEntry = known.get('source');
    const source = readText(ctx, sourceEntry, phrase('label-input-field', { field: 'source', name }), name);
    if (source !== undefined && isPlaceholder(source.value)) {
      // `source: TODO` (what `claimcheck init` writes) is kept, and still reported until someone fills it in.
      decl.source = source;
      report(ctx, 'missing-source', { name, detail: ` yet (it says "${source.value.trim()}")` }, source.span, name);
    } else if (source !== undefined && source.value.trim() !== '') decl.source = source;
    else if (body && (sourceEntry === undefined || isEmpty(sourceEntry.value) || source !== undefined)) {
      // No source, an empty one or a blank one; a list or mapping was reported by readText.
      report(ctx, 'missing-source', { name, detail: '' }, keySpan, name);
    }
    // Labels name a field in messages: made only for the fields the input has (most have three or four of eleven).
    const field = (key: 'quote' | 'note' | 'url' | 'fact' | 'max_age' | 'category'): Located<string> | undefined => {
      const entry = known.get(key);
      return entry === undefined ? undefined : readText(ctx, entry, phrase('label-input-field', { field: key, name }), name);
    };
    const flag = (key: 'overrides' | 'cumulative'): Located<boolean> | undefined => {
      const entry = known.get(key);
      return entry === undefined ? undefined : readFlag(ctx, entry, phrase('label-input-flag', { key, name }), name);
    };
    const quote = field('quote');
    if (quote !== undefined) decl.quote = quote;
    const asOfEntry = known.get('as_of');
    const asOf = asOfEntry === undefined ? undefined : readText(ctx, asOfEntry, phrase('label-input-as-of', { name }), name);
    if (asOf !== undefined) decl.asOf = asOf;
    const note = field('note');
    if (note !== undefined) decl.note = note;
    const url = field('url');
    if (url !== undefined) decl.url = url;
    const overrides = flag('overrides');
    if (overrides !== undefined) decl.overrides = overrides;
    const cumulative = flag('cumulative');
    if (cumulative !== undefined) decl.cumulative = cumulative;
    const fact = field('fact');
    if (fact !== undefined) {
      const reason = nameProblem(fact.value, 'input');
      if (reason !== undefined) schemaProblem(ctx, { phrase: 'fact-not-a-name', data: { name, reason } }, fact.span, name);
      else decl.fact = fact;
    }
    const maxAge = field('max_age');
    if (maxAge !== undefined) decl.maxAge = maxAge;
    const category = field('category');
    if (category !== undefined) decl.category = category;
    out.push({ decl, offset: entry.offset });
  }
  return out;
}

/** Reads a `true`/`false` key; anything else is reported. */
function readFlag(ctx: LoadContext, entry: Entry | undefined, label: MessageValue, name: string): Located<boolean> | undefined {
  if (entry === undefined) return undefined;
  const node = entry.value;
  if (node !== null && isScalar(node) && typeof node.value === 'boolean') return { value: node.value, span: entry.valueSpan };
  schemaProblem(ctx, { phrase: 'flag-not-boolean', data: { label, found: describe(node) } }, entry.valueSpan, name);
  return undefined;
}

/** Reads a claim's `severity:`: error or warning. */
function readSeverity(ctx: LoadContext, entry: Entry | undefined, name: string): Located<'error' | 'warning'> | undefined {
  const text = readText(ctx, entry, phrase('label-claim-field', { field: 'severity', name }), name);
  if (text === undefined) return undefined;
  const value = text.value.trim();
  if (value === 'error' || value === 'warning') return { value, span: text.span };
  schemaProblem(ctx, { phrase: 'claim-severity', data: { name, value } }, text.span, name);
  return undefined;
}

/** Reads a claim's `allow: { reason }`; no reason (or an empty one) is `allow-without-reason`. */
function readAllow(ctx: LoadContext, entry: Entry | undefined, name: string): ClaimDecl['allow'] {
  if (entry === undefined) return undefined;
  const span = spanOf(ctx, entry.keyNode);
  const node = entry.value;
  if (!isEmpty(node) && !(node !== null && isMap(node))) {
    schemaProblem(
      ctx,
      { phrase: 'allow-not-mapping', data: { name, found: describe(node) } },
      entry.valueSpan,
      name,
    );
    return undefined;
  }
  let reason: Located<string> | undefined;
  if (node !== null && isMap(node)) {
    const where = `the allow: of claim '${name}'`;
    const known = knownKeys(ctx, entriesOf(ctx, node, where, name), ['reason'], where, name);
    reason = readText(ctx, known.get('reason'), phrase('label-claim-allow-reason', { name }), name);
  }
  if (reason === undefined || reason.value.trim() === '') {
    report(ctx, 'allow-without-reason', { claim: name }, span, name);
    return undefined;
  }
  return { reason: reason.value, span };
}

/** Reads `claims:`. A claim without a usable compute is kept with an empty one (already reported). */
export function readClaims(ctx: LoadContext, section: Entry): Ordered<ClaimDecl>[] {
  const out: Ordered<ClaimDecl>[] = [];
  for (const entry of namedEntries(ctx, section, 'claim')) {
    const name = entry.key;
    const keySpan = spanOf(ctx, entry.keyNode);
    const where = `claim '${name}'`;
    const body = bodyOf(ctx, entry, 'claim', CLAIM_NEEDS);
    const known = body ? knownKeys(ctx, body, CLAIM_KEYS, where, name) : NO_KEYS;
    const computeEntry = known.get('compute');
    let compute = readText(ctx, computeEntry, phrase('label-claim-field', { field: 'compute', name }), name);
    if (compute !== undefined && compute.value.trim() === '') compute = undefined;
    if (compute === undefined && body && (computeEntry === undefined || isEmpty(computeEntry.value) || isScalar(computeEntry.value))) {
      schemaProblem(ctx, { phrase: 'claim-needs-compute', data: { name } }, keySpan, name);
    }
    const decl: ClaimDecl = { name, span: keySpan, compute: compute ?? { value: '', span: keySpan } };
    const statedEntry = known.get('stated');
    if (statedEntry !== undefined) {
      const stated = readQuantity(ctx, statedEntry, phrase('label-claim-stated', { name }), '55 years', name);
      if (stated !== undefined) decl.stated = stated;
    }
    // Labels name a field in messages: made only for the fields the claim has.
    const field = (key: 'quote' | 'tolerance' | 'note'): Located<string> | undefined => {
      const entry = known.get(key);
      return entry === undefined ? undefined : readText(ctx, entry, phrase('label-claim-field', { field: key, name }), name);
    };
    const quote = field('quote');
    if (quote !== undefined) decl.quote = quote;
    const tolerance = field('tolerance');
    if (tolerance !== undefined) decl.tolerance = tolerance;
    const severity = readSeverity(ctx, known.get('severity'), name);
    if (severity !== undefined) decl.severity = severity;
    const note = field('note');
    if (note !== undefined) decl.note = note;
    const allow = readAllow(ctx, known.get('allow'), name);
    if (allow !== undefined) decl.allow = allow;
    out.push({ decl, offset: entry.offset });
  }
  return out;
}

/** Reads `units:` (contract §7): name → { aliases, symbol, definition }. */
export function readUnits(ctx: LoadContext, section: Entry): UnitRule[] {
  const node = section.value;
  if (isEmpty(node)) return [];
  if (node === null || !isMap(node)) {
    schemaProblem(
      ctx,
      { phrase: 'units-not-mapping', data: { found: describe(node) } },
      section.valueSpan,
    );
    return [];
  }
  const out: UnitRule[] = [];
  for (const entry of entriesOf(ctx, node, '`units:`')) {
    const name = entry.key;
    const rule: UnitRule = { name, aliases: [], span: spanOf(ctx, entry.keyNode) };
    if (name.trim() === '' || /\s/.test(name)) {
      schemaProblem(ctx, { phrase: 'unit-name-one-word', data: { name } }, spanOf(ctx, entry.keyNode));
      continue;
    }
    const body = entry.value;
    if (!isEmpty(body) && !(body !== null && isMap(body))) {
      schemaProblem(
        ctx,
        { phrase: 'unit-not-mapping', data: { name, found: describe(body) } },
        entry.valueSpan,
      );
      continue;
    }
    if (body !== null && isMap(body)) {
      const where = `unit '${name}'`;
      const known = knownKeys(ctx, entriesOf(ctx, body, where), UNIT_KEYS, where);
      rule.aliases = readAliases(ctx, known.get('aliases'), name);
      // An alias that knowingly takes a mathjs word ("MT", megatesla, for an article's "million tonnes (MT)").
      const shadows = readAliases(ctx, known.get('shadows'), name);
      if (shadows.length > 0) rule.shadows = shadows;
      // One sign or a list of them ("Rs" and "₹" for the rupee), as in rules/units.yaml.
      const symbolEntry = known.get('symbol');
      if (symbolEntry !== undefined && symbolEntry.value !== null && isSeq(symbolEntry.value)) {
        const symbols = readTextList(ctx, symbolEntry.value.items, phrase('label-unit-field', { field: 'symbol', name })).map((l) => l.value);
        if (symbols.length > 0) rule.symbols = symbols;
      } else {
        const symbol = readText(ctx, symbolEntry, phrase('label-unit-field', { field: 'symbol', name }));
        if (symbol !== undefined) rule.symbols = [symbol.value];
      }
      const definition = readText(ctx, known.get('definition'), phrase('label-unit-field', { field: 'definition', name }));
      if (definition !== undefined) rule.definition = definition.value;
      const decimals = readDecimals(ctx, known.get('decimals'), name, rule.symbols !== undefined);
      if (decimals !== undefined) rule.decimals = decimals;
    }
    out.push(rule);
  }
  return out;
}

/**
 * A currency's `decimals:` (the decimals its money prints with, 0 to 4), as
 * the rule tables read it; a value outside that, or decimals on a unit
 * without a sign (never shown as money), is reported where it stands.
 */
function readDecimals(ctx: LoadContext, entry: Entry | undefined, name: string, currency: boolean): number | undefined {
  if (entry === undefined || isEmpty(entry.value)) return undefined;
  const node = entry.value as Node;
  const value = isScalar(node) ? node.value : undefined;
  const unit = phrase('rules-unit', { name: `'${name}'` });
  if (!isMoneyDecimals(value)) {
    schemaProblem(ctx, phrase('rules-unit-decimals', { unit, value: isScalar(node) ? excerpt(JSON.stringify(value) ?? 'nothing') : describe(node) }), entry.valueSpan);
    return undefined;
  }
  if (!currency) {
    schemaProblem(ctx, phrase('rules-unit-decimals-not-currency', { unit }), entry.valueSpan);
    return undefined;
  }
  return value;
}

function readAliases(ctx: LoadContext, entry: Entry | undefined, unit: string): string[] {
  if (entry === undefined || isEmpty(entry.value)) return [];
  const node = entry.value as Node;
  if (!isSeq(node)) {
    schemaProblem(ctx, phrase('aliases-not-list', { unit, found: describe(node) }), entry.valueSpan);
    return [];
  }
  return readTextList(ctx, node.items, phrase('alias-entry-rule', { unit })).map((l) => l.value);
}

/** The texts of a list's items; items that are not scalars are reported with `rule` ("each … should be …"). */
function readTextList(ctx: LoadContext, items: readonly unknown[], rule: MessageValue): Located<string>[] {
  const out: Located<string>[] = [];
  for (const raw of items) {
    const node = (raw !== null && typeof raw === 'object' ? raw : null) as Node | null;
    const target = deref(ctx, node);
    if (target !== null && isScalar(target) && !isEmpty(target)) {
      out.push({ value: scalarText(target), span: spanOf(ctx, node) });
    } else {
      schemaProblem(ctx, { phrase: 'list-entry-wrong', data: { rule, found: describe(target) } }, spanOf(ctx, node));
    }
  }
  return out;
}

/** Reads `ignore:` (contract §8): a list of texts or numbers. */
export function readIgnore(ctx: LoadContext, section: Entry): Located<string>[] {
  const node = section.value;
  if (isEmpty(node)) return [];
  if (node === null || !isSeq(node)) {
    schemaProblem(ctx, { phrase: 'ignore-not-list', data: { found: describe(node) } }, section.valueSpan);
    return [];
  }
  return readTextList(ctx, node.items, { phrase: 'ignore-entry-rule', data: {} });
}

/**
 * Reads `article:` (contract §8, extended): one path, or a list of paths whose
 * quotes are searched in every listed article. Returns every path given.
 */
export function readArticles(ctx: LoadContext, section: Entry, key = '`article:`', what = 'file'): { list: Located<string>[]; isList: boolean } {
  const node = section.value;
  if (isEmpty(node)) return { list: [], isList: false };
  if (node !== null && isSeq(node)) {
    return { list: readTextList(ctx, node.items, { phrase: 'path-entry-rule', data: { key, what } }), isList: true };
  }
  if (node !== null && isScalar(node)) return { list: [{ value: scalarText(node), span: section.valueSpan }], isList: false };
  schemaProblem(ctx, { phrase: 'paths-wrong-type', data: { key, what, found: describe(node) } }, section.valueSpan);
  return { list: [], isList: false };
}

/** A source that only says it is still to be found: TODO, TBD, FIXME, "?". */
function isPlaceholder(text: string): boolean {
  return /^\s*(todo|tbd|tbc|fixme|xxx|\?+)\s*[.!:]?\s*$/i.test(text);
}
