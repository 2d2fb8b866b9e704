/**
 * @file `--shard i/n`: which of the files found one CI job checks, so that n
 * jobs together check every file exactly once (as test runners split a
 * suite across a CI matrix).
 *
 * The split is a round robin over the files in the order discovery gives
 * them — sorted paths relative to the working folder, the same on every
 * machine whatever order the file system lists them in: file k (counting
 * from 0) goes to shard (k mod n) + 1. Round robin rather than a hash of
 * each path: the parts differ by one file at most (a hash leaves a small
 * archive lopsided), and `claimcheck merge` can put the files back in the
 * exact order a single run reports them, from each part's index and the
 * total alone (src/cli/merge-command.ts). Pure.
 */

/** One part of n: `index` counts from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** The files of shard `index`/`count`, in their order. */
export function shardOf<T>(files: readonly T[], shard: Shard): T[] {
  return files.filter((_, k) => k % shard.count === shard.index - 1);
}

/** How many of `total` files shard `index`/`count` has. */
export function shardSize(total: number, shard: Shard): number {
  return total >= shard.index ? Math.floor((total - shard.index) / shard.count) + 1 : 0;
}

/**
 * The files of every shard, put back in the order of a single run: the j-th
 * file of shard i was file j·n + i − 1. `parts[i - 1]` is shard i's files.
 */
export function unshard<T>(parts: readonly (readonly T[])[]): T[] {
  const count = parts.length;
  const all: T[] = [];
  parts.forEach((files, i) => files.forEach((file, j) => { all[j * count + i] = file; }));
  return all;
}
