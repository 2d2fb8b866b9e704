/**
 * @file One pass over the composed YAML document before it is read as a
 * claims file: resolves every alias (`*name`) to the node its anchor
 * (`&name`) marks, bounds how far aliases would expand (no "billion laughs"),
 * and finds keys that appear twice in one mapping.
 *
 * The library's own duplicate-key check is quadratic in the number of keys
 * (a 2 MB file of inputs took seconds), so duplicates are found here with a
 * set per mapping instead. Recursion is safe: nesting depth was bounded
 * before the document was composed (guards.ts).
 *
 * Asked for it (the schema check), the same walk also copies the document
 * into plain data, exactly as the library's `toJS()` does for a document
 * composed with parse.ts's options: a scalar is its value, a mapping a plain
 * object (keys as `String(value)`, a null key as "", a later duplicate
 * winning, `__proto__` an own property), a list an array. A document with
 * an alias, a tag, a key that is a list or a mapping, or a node of another
 * kind is left to `toJS()` (`data` is then absent): those are rare, and
 * alias counting and key stringifying stay the library's job.
 *
 * Pure: no I/O. Never throws.
 */

import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Document, Node } from 'yaml';
import type { MessageValue } from '../types.js';

/** How many alias uses the fully expanded document may contain. */
export const MAX_ALIAS_EXPANSION = 100;

/** A problem found by the scan: a reason (a phrase of rules/checks.yaml) and the offsets it covers. */
export interface ScanProblem {
  reason: MessageValue;
  range: [number, number];
}

/** What the scan found. */
export interface ScanResult {
  /** Each alias and the node it stands for. */
  aliasTargets: Map<Alias, Node>;
  /** Keys that repeat an earlier key of the same mapping (the second and later ones). */
  duplicateKeys: Set<Node>;
  /** Problems that make the file unusable: bad or exploding aliases. */
  fatal: ScanProblem[];
  /** Problems that do not: duplicate keys. */
  problems: ScanProblem[];
}

/** A scan with the document as plain data, when the walk could copy it (see the file comment). */
export interface ScanWithData {
  scan: ScanResult;
  /** The document as `toJS()` gives it; absent when the walk left it to `toJS()` or stopped at a fatal problem. */
  data?: { value: unknown };
}

function rangeOf(node: Node): [number, number] {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/**
 * The keys a mapping has had so far, for the duplicate check: a key is its
 * type and value ("1" and 1 differ, as in YAML; 0 and -0, or NaN and NaN,
 * are one key). Scalar values are compared as a Set compares them (no text
 * is built for each key); a value that is an object, which the core schema
 * never makes, by its text.
 */
class SeenKeys {
  readonly #values = new Set<unknown>();
  #objects: Set<string> | undefined;

  /** Adds the key; true when the mapping already had it. Keys that are not scalars are never repeats. */
  repeats(key: Node): boolean {
    if (!isScalar(key)) return false;
    const v = key.value;
    if (v !== null && typeof v === 'object') {
      const text = String(v);
      const objects = (this.#objects ??= new Set());
      if (objects.has(text)) return true;
      objects.add(text);
      return false;
    }
    if (this.#values.has(v)) return true;
    this.#values.add(v);
    return false;
  }
}

/** Scans a composed document; see the file comment. */
export function scanDocument(doc: Document): ScanResult {
  // The schema check and the loader scan the same document (parse.ts shares it): once is enough.
  const known = scans.get(doc);
  if (known) return known;
  const result = scanOnce(doc, false).scan;
  scans.set(doc, result);
  return result;
}

/**
 * Scans a composed document and copies it into plain data in the same walk
 * (for the schema check, which then needs no second conversion). The scan
 * is kept for the loader's {@link scanDocument}; the data is not.
 */
export function scanWithData(doc: Document): ScanWithData {
  const known = scans.get(doc);
  if (known) return { scan: known };
  const result = scanOnce(doc, true);
  scans.set(doc, result.scan);
  return result;
}

/** Scans already made, by document: an entry lives as long as its document (neither is changed once made). */
const scans = new WeakMap<Document, ScanResult>();

function scanOnce(doc: Document, copy: boolean): ScanWithData {
  const result: ScanResult = { aliasTargets: new Map(), duplicateKeys: new Set(), fatal: [], problems: [] };
  const anchors = new Map<string, Node>();
  /** Alias uses in each finished node's full expansion; a node is absent while it is being scanned. */
  const expansion = new Map<Node, number>();
  let total = 0;
  /** Whether the copy is still exact (see the file comment); once false, no more copying is done. */
  let copying = copy;
  /** The plain value of the node {@link visit} finished last (while copying). */
  let value: unknown = null;

  /** Post-order: returns the alias uses in the node's expansion, or -1 to stop. */
  const visit = (node: unknown): number => {
    if (isAlias(node)) {
      copying = false;
      return visitAlias(node);
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) {
      // A missing value (`key:` at the end of the document) is null in plain data; anything else is toJS()'s.
      if (node !== null && node !== undefined) copying = false;
      value = null;
      return 0;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if (node.tag) copying = false;
    let count = 0;
    if (isScalar(node)) {
      value = node.value;
    } else if (isMap(node)) {
      const seen = new SeenKeys();
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) {
          copying = false;
          continue;
        }
        const key = pair.key as Node | null;
        if (key !== null && !isAlias(key)) {
          if (seen.repeats(key)) {
            result.duplicateKeys.add(key);
            result.problems.push({ reason: { phrase: 'yaml-duplicate-key', data: { key: String((key as { value?: unknown }).value) } }, range: rangeOf(key) });
          }
        }
        const inKey = visit(key);
        if (inKey < 0) return -1;
        // The key as toJS() names it: null is "", a scalar is String(value); a list or mapping is left to toJS().
        let name = '';
        if (copying && key !== null) {
          if (isScalar(key) && (value === null || typeof value !== 'object')) name = value === null ? '' : String(value);
          else copying = false;
        }
        const inValue = visit(pair.value);
        if (inValue < 0) return -1;
        count += inKey + inValue;
        if (copying) {
          if (name in object) Object.defineProperty(object, name, { value, writable: true, enumerable: true, configurable: true });
          else object[name] = value;
        }
      }
      value = object;
    } else {
      const array: unknown[] = [];
      for (const item of node.items) {
        const n = visit(item);
        if (n < 0) return -1;
        count += n;
        if (copying) array.push(value);
      }
      value = array;
    }
    // Only an anchored node can be an alias's target: only its count is ever looked up.
    if (node.anchor) expansion.set(node, count);
    return count;
  };

  const visitAlias = (alias: Alias): number => {
    const name = alias.source;
    const target = anchors.get(name);
    if (target === undefined) {
      result.fatal.push({ reason: { phrase: 'yaml-alias-undefined', data: { name } }, range: rangeOf(alias) });
      return -1;
    }
    const inner = expansion.get(target);
    if (inner === undefined) {
      result.fatal.push({ reason: { phrase: 'yaml-alias-loop', data: { name } }, range: rangeOf(alias) });
      return -1;
    }
    result.aliasTargets.set(alias, target);
    const uses = Math.min(1 + inner, Number.MAX_SAFE_INTEGER);
    total += uses;
    if (total > MAX_ALIAS_EXPANSION) {
      result.fatal.push({
        reason: { phrase: 'yaml-alias-expansion', data: { max: MAX_ALIAS_EXPANSION } },
        range: rangeOf(alias),
      });
      return -1;
    }
    return uses;
  };

  const ended = visit(doc.contents);
  return ended >= 0 && copying ? { scan: result, data: { value } } : { scan: result };
}
