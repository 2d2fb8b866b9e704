/**
 * @file How often each name occurs, in the order the names first occur: a
 * list of names beside a list of counts, searched in order while short and
 * through an index once long. The evaluate stage keeps two or three of these
 * for every claim of a file until the file is judged (10,000 claims: 30,000
 * of them); as Maps each was a table of its own, and every walk over one
 * made an entry pair per name. Pure.
 */

/** Names searched in order up to this many; past it, through a Map built once. */
const INDEXED_FROM = 16;

/** No names and no counts: shared by every empty list (replaced, never pushed to). */
const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];
const NO_COUNTS: number[] = Object.freeze([]) as unknown as number[];

/** Names with a count each, in order of first occurrence. */
export class NameCounts {
  /** The names, each once, in order of first occurrence (never changed by a reader). */
  names: string[] = NO_NAMES;
  /** `counts[i]` is how often `names[i]` occurs (never changed by a reader). */
  counts: number[] = NO_COUNTS;
  private index: Map<string, number> | undefined;

  /** How many names. */
  get size(): number {
    return this.names.length;
  }

  /** The position of `name` in {@link names}, or −1. */
  indexOf(name: string): number {
    if (this.index !== undefined) return this.index.get(name) ?? -1;
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === name) return i;
    return -1;
  }

  has(name: string): boolean {
    return this.indexOf(name) >= 0;
  }

  /** How often `name` occurs (0 when it does not). */
  get(name: string): number {
    const i = this.indexOf(name);
    return i < 0 ? 0 : (this.counts[i] as number);
  }

  /** Adds `k` occurrences of `name`; the count is capped at `cap`. */
  add(name: string, k: number, cap = Infinity): void {
    const i = this.indexOf(name);
    if (i >= 0) {
      this.counts[i] = Math.min(cap, (this.counts[i] as number) + k);
      return;
    }
    if (this.names.length === 0) {
      // The first name: lists of exactly one (most claims name one or two inputs and one claim or none);
      // a list grown by push from empty keeps room for 17.
      this.names = [name];
      this.counts = [Math.min(cap, k)];
      return;
    }
    this.names.push(name);
    this.counts.push(Math.min(cap, k));
    if (this.index !== undefined) this.index.set(name, this.names.length - 1);
    else if (this.names.length > INDEXED_FROM) this.index = new Map(this.names.map((n, j) => [n, j]));
  }
}
