/**
 * @file Finds the YAML node an ajv error's `instancePath` points at (a JSON
 * pointer into the plain data), walking the `yaml` Document the data came
 * from, so a schema error gets the line and column an editor would show.
 * Pure.
 */

import { isAlias, isMap, isScalar, isSeq, type Alias, type Node, type Pair, type YAMLMap } from 'yaml';

/** The node at a path, the key node it hangs from (for a mapping value) and the pair's extent. */
export interface Located {
  /** The value as written (an alias stays an alias): where to point. */
  at: Node | null;
  key: Node | null;
  /** Offsets from the key (or the node) to the end of the value: what the entry covers. */
  extent: [number, number];
}

/** The segments of a JSON pointer ("/inputs/a~1b/0" → ["inputs", "a/b", "0"]). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The pairs of each mapping already searched, by key text (the first pair
 * of a key, as a search from the top finds it). One index per document
 * checked: a file with thousands of schema errors under `claims:` would
 * otherwise search the 10,000 claims once per error.
 */
export type PairIndex = Map<YAMLMap, Map<string, Pair>>;

/** The first pair of `map` whose scalar key reads `segment` (as `String(value)`, the way plain data names it). */
function pairOf(map: YAMLMap, segment: string, index: PairIndex | undefined): Pair | undefined {
  if (index === undefined) return map.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
  let byKey = index.get(map);
  if (byKey === undefined) {
    byKey = new Map();
    for (const p of map.items) {
      if (!isScalar(p.key)) continue;
      const text = String(p.key.value);
      if (!byKey.has(text)) byKey.set(text, p);
    }
    index.set(map, byKey);
  }
  return byKey.get(segment);
}

/**
 * Walks `root` along `segments`, resolving aliases through `targets`;
 * `undefined` when the path leaves the document. Pass the same `index` for
 * every path into one document (it fills as mappings are searched).
 */
export function locate(root: Node | null, segments: readonly string[], targets: ReadonlyMap<Alias, Node>, index?: PairIndex): Located | undefined {
  const deref = (n: unknown): Node | null => (isAlias(n) ? targets.get(n) ?? null : (n as Node | null));
  let at = root;
  let node = deref(root);
  let key: Node | null = null;
  for (const segment of segments) {
    if (node !== null && isMap(node)) {
      const pair = pairOf(node as YAMLMap, segment, index);
      if (!pair) return undefined;
      key = pair.key as Node;
      at = (pair.value ?? null) as Node | null;
    } else if (node !== null && isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return undefined;
      key = null;
      at = item as Node;
    } else return undefined;
    node = deref(at);
  }
  const start = key?.range?.[0] ?? at?.range?.[0] ?? 0;
  const end = Math.max(at?.range?.[1] ?? 0, key?.range?.[1] ?? 0, start);
  return { at, key, extent: [start, end] };
}
