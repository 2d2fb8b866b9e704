/**
 * @file Reading the pieces a claims file is made of: the entries of a
 * mapping (with unknown keys reported and "did you mean" suggestions), text
 * fields, and quantities (`value`, `stated`) in their text or structured form.
 *
 * Pure: no I/O. Never throws; every problem is recorded on the context.
 */

import { isMap, isPair, isScalar } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Located, MessageValue, QuantitySource, Span, StructuredQuantity } from '../types.js';
import { deref, describe, isEmpty, keyText, report, scalarText, schemaProblem, spanOf } from './context.js';
import type { LoadContext } from './context.js';
import { suggestion } from '../text/suggest.js';
import { phrase } from '../findings/interpolate.js';

/** One `key: value` of a mapping, with aliases resolved. */
export interface Entry {
  key: string;
  /** The key node, for the key's span. */
  keyNode: Node;
  /** The value (an alias resolved to its target); `null` when missing. */
  value: Node | null;
  /** Where the value is written (the alias itself, for an alias); the key when there is no value. */
  readonly valueSpan: Span;
  /** The key's offset, for document order. */
  offset: number;
}

/**
 * An {@link Entry} whose value span is worked out when first asked for: the
 * span of a whole input's or claim's body is only needed for a message, and
 * a file of 10,000 claims has 25,000 of them.
 */
class MapEntry implements Entry {
  #valueSpan: Span | undefined;

  constructor(
    private readonly ctx: LoadContext,
    readonly key: string,
    readonly keyNode: Node,
    readonly value: Node | null,
    /** The value as written (an alias stays an alias), for its span. */
    private readonly written: Node | null,
    readonly offset: number,
  ) {}

  get valueSpan(): Span {
    if (this.#valueSpan === undefined) {
      // An empty value (`key:` with nothing after it) has a zero-length range: point at the key instead.
      const range = this.written?.range;
      const hasValue = range !== undefined && range !== null && range[1] > range[0];
      this.#valueSpan = hasValue ? spanOf(this.ctx, this.written) : spanOf(this.ctx, this.keyNode);
    }
    return this.#valueSpan;
  }
}

/**
 * The entries of a mapping in document order. Keys that repeat an earlier
 * key (already reported) are skipped; keys that are not words (lists,
 * mappings, empty) are reported. `where` names the mapping ("the top level").
 */
export function entriesOf(ctx: LoadContext, map: YAMLMap, where: MessageValue, claim?: string): Entry[] {
  const out: Entry[] = [];
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const rawKey = pair.key as Node | null;
    const keyNode = deref(ctx, rawKey);
    const key = keyText(keyNode);
    if (rawKey === null || keyNode === null || key === undefined) {
      const at = rawKey ?? (pair.value as Node | null);
      schemaProblem(ctx, { phrase: 'key-not-word', data: { where, found: describe(keyNode) } }, spanOf(ctx, at), claim);
      continue;
    }
    if (ctx.duplicateKeys.has(rawKey)) continue;
    const rawValue = pair.value as Node | null;
    out.push(new MapEntry(ctx, key, rawKey, deref(ctx, rawValue), rawValue, rawKey.range?.[0] ?? 0));
  }
  return out;
}

/**
 * The entries whose keys are allowed, by key. A mapping has a handful of
 * them, so a look-up is a short scan rather than a Map built for every input
 * and claim. Keys are compared as plain strings (a user's `__proto__` stays
 * plain data); of two entries written alike (entriesOf already drops keys
 * YAML itself sees as repeated), the later one wins, as it would in a Map.
 */
export class KnownKeys {
  constructor(private readonly entries: readonly Entry[]) {}

  /** The entry with this key, if the mapping has it. */
  get(key: string): Entry | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i]!.key === key) return this.entries[i];
    return undefined;
  }
}

/** Known keys of a mapping that has none (a body that is not a mapping). */
export const NO_KEYS = new KnownKeys([]);

/**
 * Splits entries into the known keys and reports each unknown key with a
 * suggestion among `allowed`.
 */
export function knownKeys(
  ctx: LoadContext,
  entries: readonly Entry[],
  allowed: readonly string[],
  where: MessageValue,
  claim?: string,
): KnownKeys {
  const known: Entry[] = [];
  for (const entry of entries) {
    if (allowed.includes(entry.key)) known.push(entry);
    else {
      report(
        ctx,
        'unknown-key',
        {
          key: entry.key.length > 60 ? `${entry.key.slice(0, 60)}…` : entry.key,
          where,
          // "{ value: 16.3 deaths per 100,000 population }": the comma ended the value, and "000 population" became a key;
          // "{ source: World Athletics, Berlin 2022 }": "Berlin 2022" became a key with no value.
          suggestion: /^\d/u.test(entry.key)
            ? phrase('comma-in-flow-value')
            : splitByComma(ctx, entry) ? phrase('comma-in-flow-text', { key: entry.key }) : suggestion(entry.key, allowed),
        },
        spanOf(ctx, entry.keyNode),
        claim,
      );
    }
  }
  return new KnownKeys(known);
}

/**
 * Whether an unknown key with no value follows a comma on its own line, as
 * the second half of a text cut in two by a comma inside `{ }` does.
 */
function splitByComma(ctx: LoadContext, entry: Entry): boolean {
  if (entry.value !== null && !(isScalar(entry.value) && entry.value.value === null)) return false;
  let at = entry.offset - 1;
  while (at >= 0 && (ctx.text[at] === ' ' || ctx.text[at] === '\t')) at--;
  return ctx.text[at] === ',';
}

/**
 * A text field. Any scalar counts (a number keeps its written form); an
 * empty value is treated as absent; a list or mapping is reported.
 * `label` names the field in messages ("the source of input 'x'").
 */
export function readText(ctx: LoadContext, entry: Entry | undefined, label: MessageValue, claim?: string): Located<string> | undefined {
  if (entry === undefined || isEmpty(entry.value)) return undefined;
  const node = entry.value as Node;
  if (isScalar(node)) return { value: scalarText(node), span: entry.valueSpan };
  schemaProblem(ctx, { phrase: 'field-not-text', data: { label, found: describe(node) } }, entry.valueSpan, claim);
  return undefined;
}

/** True for a scalar that can be a number or quantity: a string or a number (not true/false or null). */
function isQuantityScalar(node: Node | null): boolean {
  if (node === null || !isScalar(node)) return false;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint';
}

const STRUCTURED_KEYS = ['value', 'low', 'high', 'hedge', 'unit', 'tolerance'] as const;

/**
 * A `value` or `stated`: a string or number → the text form (the text as
 * written); a mapping → the structured form. Anything else is reported and
 * gives `undefined`. `label` names it ("the value of input 'x'"), `example`
 * shows a good one ("11000 soldiers").
 */
export function readQuantity(
  ctx: LoadContext,
  entry: Entry,
  label: MessageValue,
  example: string,
  claim?: string,
): QuantitySource | undefined {
  const node = entry.value;
  if (node !== null && isQuantityScalar(node)) return { form: 'text', text: scalarText(node), span: entry.valueSpan };
  if (node !== null && isMap(node)) return readStructured(ctx, node, entry.valueSpan, label, claim);
  const reason: MessageValue = isEmpty(node)
    ? { phrase: 'quantity-empty', data: { label, example } }
    : { phrase: 'quantity-wrong-type', data: { label, example, found: describe(node) } };
  schemaProblem(ctx, reason, entry.valueSpan, claim);
  return undefined;
}

function readStructured(
  ctx: LoadContext,
  map: YAMLMap,
  span: Span,
  label: MessageValue,
  claim?: string,
): QuantitySource | undefined {
  const known = knownKeys(ctx, entriesOf(ctx, map, label, claim), STRUCTURED_KEYS, label, claim);
  const fields: StructuredQuantity = {};
  let ok = true;
  for (const key of ['value', 'low', 'high'] as const) {
    const entry = known.get(key);
    if (entry === undefined || isEmpty(entry.value)) continue;
    if (isQuantityScalar(entry.value)) fields[key] = scalarText(entry.value as Node);
    else {
      schemaProblem(ctx, { phrase: 'field-not-number', data: { key, label, found: describe(entry.value) } }, entry.valueSpan, claim);
      ok = false;
    }
  }
  for (const key of ['hedge', 'unit', 'tolerance'] as const) {
    const text = readText(ctx, known.get(key), phrase('label-key-in', { key, label }), claim);
    if (text !== undefined) fields[key] = text.value;
  }
  if (!ok) return undefined;
  const hasValue = fields.value !== undefined;
  const hasLow = fields.low !== undefined;
  const hasHigh = fields.high !== undefined;
  if (hasValue && (hasLow || hasHigh)) {
    schemaProblem(ctx, { phrase: 'value-and-range', data: { label } }, span, claim);
    return undefined;
  }
  if (!hasValue && !(hasLow && hasHigh)) {
    const missing = hasLow ? '`high:`' : hasHigh ? '`low:`' : phrase('label-value-or-range');
    schemaProblem(ctx, { phrase: 'quantity-needs', data: { label, missing } }, span, claim);
    return undefined;
  }
  return { form: 'structured', fields, span };
}
