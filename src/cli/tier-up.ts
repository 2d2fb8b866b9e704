/**
 * @file The command's V8 policy for a run: how much bytecode a function runs
 * before V8 considers compiling it with its optimizing compiler (the
 * "interrupt budget"), and how far V8 lets its heap grow.
 *
 * A run starts with 4 times V8's budget (src/cli/cached-start.ts sets it
 * before the bundle runs): a check of one small file is over before most
 * optimized code would pay for its compiling. Once the command knows the run
 * is long — its claims files add up to {@link LONG_RUN_BYTES} — it gives V8
 * its own budget back ({@link tierUpForLongRun}): the hot functions are then
 * optimized about 4 times sooner, on the other core, and the run spends less
 * time in slow code. Measured on 2 cores at load 8–11 (CPU time of the main
 * thread, which is the wall time of a quiet machine, then of the whole
 * process; medians): 500 files of 20 claims 3.69 → 3.22 s and 4.77 → 4.87 s,
 * 5,000 files 30.9 → 27.5 s and 33.6 → 30.5 s, 10,000 claims in one file
 * 3.10 → 2.56 s and 4.49 → 4.31 s. A smaller run pays more for the extra
 * compiling than it gains on a busy machine (50 files: main thread
 * 760 → 630 ms, whole process 1,079 → 1,275 ms), so it keeps the raised
 * budget, as does the bundled example.
 *
 * The heap. A start lets V8's young generation grow 8 times at a scavenge
 * (cached-start.ts: from 1 MB to 8 MB semi-spaces at once, which a start's
 * long-lived tables fill). A long run then stops it growing further: V8's
 * next step, to its 16 MB largest, doubles the young generation's memory
 * (16 → 32 MB) for no time saved — the run's garbage dies young at either
 * size, and the objects that live on are promoted all the same. The growth
 * step already under way when the run is found long still happens (V8 has
 * prepared it), so the young generation ends at 8 MB semi-spaces. Measured
 * again at 10,000 claims with `--trace-gc-nvp` (semi-spaces fixed by
 * `--min-/--max-semi-space-size`; bytes, which the load of a busy machine
 * does not change): 8 MB makes 68 scavenges that copy or promote 187 MB;
 * 16 MB makes 30 that copy 140 MB (a part of the YAML stage's and the
 * judging's objects dies before its second scavenge), but peak RSS is
 * 165–170 MB against 137–145 MB, over the 150 MB; 12 MB is rounded
 * up to 16 by V8. So 8 MB stays. And a long
 * run's old generation gets a full collection once it has grown by
 * {@link LONG_RUN_HEAP_GROWING_PERCENT}% past what the last one kept, not
 * V8's dynamic factor (up to 4 times on a heap this size): a check's stages
 * leave behind what the next no longer reads (the YAML document, the
 * binding's article tables), which was otherwise carried to the exit.
 * 10,000 claims in one file: peak RSS 188 → 173 MB for the young generation,
 * → 164 MB with the old generation's growth (see README, "Memory").
 *
 * A start also turns off V8's scavenge task (`--no-minor-gc-task`): when the
 * young generation is 80% full, V8 posts a task that collects it at the next
 * turn of the event loop, before it is full. A one-file check turns the loop
 * only at its end, where that collection (2–3 ms of copying the run's
 * long-lived tables) was the last thing it did before exiting: the bundled
 * example's fourth and last scavenge. Without the task the young generation
 * is collected when it is full, as during the synchronous check itself. A
 * long run gets the task back with V8's other defaults.
 *
 * Flags given on the command line or in NODE_OPTIONS are left as they are.
 * V8 reads the budget each time a function's count runs out, and the heap
 * flags at each collection, so a change reaches a run already going. V8's
 * code cache records the flags it was made with: the cache is made with the
 * start flags put back ({@link restoreStartFlags}), or the next start would
 * reject it.
 *
 * Other flags for the warm-up were measured with bench/flags.mjs and are not
 * set (README, "Decisions"): Sparkplug for every function, Maglev, feedback
 * vectors at a function's first call, a long run's budget below V8's, and
 * smaller inlining limits (less of the compiler thread's CPU, but the main
 * thread gained nothing at 10,000 claims and lost 5–7% at 500 files). The
 * run that will write the code cache keeps every function's bytecode
 * ({@link keepBytecodeForCache}).
 *
 * Nothing here changes what the command prints or its exit status.
 */

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/** V8's own interrupt budget (bytes of bytecode), in Node 20. */
export const V8_INTERRUPT_BUDGET = 67_584;

/** The budget a run starts with: V8's times 4 (16 times slowed runs of 500 files or 10,000 claims by about 10%). */
export const START_BUDGET_FLAG = `--interrupt-budget=${V8_INTERRUPT_BUDGET * 4}`;

/**
 * Claims files adding up to this many bytes make a long run: about 3,800
 * claims as the benchmark writes them (190 files of 20), 38 files like the
 * bundled example.
 */
export const LONG_RUN_BYTES = 512 * 1024;

/** The young generation's growth at the start of a run: 8 times at a scavenge (V8's default: 2), up to V8's usual largest size. */
export const START_GROWTH_FLAG = '--semi-space-growth-factor=8';

/** A run's start turns off V8's scavenge task (see the file comment). */
export const START_MINOR_GC_TASK_FLAG = '--no-minor-gc-task';

/** V8's own scavenge task, which a long run gets back. */
const MINOR_GC_TASK_FLAG = '--minor-gc-task';

/** A long run's young generation: no further growth (past the step under way). */
const LONG_RUN_GROWTH_FLAG = '--semi-space-growth-factor=1';

/** How far a long run's old generation grows past what the last full collection kept before the next one (V8's default: a dynamic factor). */
export const LONG_RUN_HEAP_GROWING_PERCENT = 30;

/** V8's own value of `--heap-growing-percent` (0: its dynamic factor), put back before the code cache is made. */
const DEFAULT_HEAP_GROWING_FLAG = '--heap-growing-percent=0';

/** Whether any of `names` (V8 flags) was given on the command line or in NODE_OPTIONS. */
function flagGiven(...names: string[]): boolean {
  // V8 takes `_` for `-` in flag names.
  return [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => names.some((name) => arg.replaceAll('_', '-').includes(name)));
}

/** Whether the user chose a budget (`node --interrupt-budget=N`; Node refuses it in NODE_OPTIONS, which is looked at all the same). */
export function budgetGiven(): boolean {
  return flagGiven('--interrupt-budget');
}

/** Whether the user sized V8's young generation themselves. */
export function youngGenerationGiven(): boolean {
  return flagGiven('--semi-space-growth-factor', '--max-semi-space-size', '--min-semi-space-size');
}

/** Whether the user chose whether V8 schedules scavenge tasks. */
function minorGcTaskGiven(): boolean {
  return flagGiven('minor-gc-task');
}

/** Whether the user chose how V8's old generation grows. */
function heapGrowingGiven(): boolean {
  return flagGiven('--heap-growing-percent', '--optimize-for-size');
}

/** Sets the young generation's start growth (see the file comment); returns the flag set, if any. */
export function growFastAtStart(): string | undefined {
  if (youngGenerationGiven()) return undefined;
  setFlagsFromString(START_GROWTH_FLAG);
  return START_GROWTH_FLAG;
}

/** Turns off V8's scavenge task for the start of a run (see the file comment); returns the flag set, if any. */
export function noScavengeTaskAtStart(): string | undefined {
  if (minorGcTaskGiven()) return undefined;
  setFlagsFromString(START_MINOR_GC_TASK_FLAG);
  return START_MINOR_GC_TASK_FLAG;
}

/** Raises the budget for the start of a run (see the file comment); returns the flag set, if any. */
export function raiseForStart(): string | undefined {
  if (budgetGiven()) return undefined;
  setFlagsFromString(START_BUDGET_FLAG);
  return START_BUDGET_FLAG;
}

/**
 * Sets a long run's policy (V8's own budget, the heap's growth: see the file
 * comment) when the claims files of the run (`files`, relative to `cwd`;
 * `texts`: those given instead of read) add up to {@link LONG_RUN_BYTES};
 * true when the run is long. Sizes are read until the sum is reached, so a
 * run of thousands of files looks at a few of them. A file that cannot be
 * looked at counts for nothing (reading it says what is wrong).
 */
export function tierUpForLongRun(files: readonly string[], cwd: string, texts?: ReadonlyMap<string, string>): boolean {
  let bytes = 0;
  for (const path of files) {
    const text = texts?.get(path);
    bytes += text !== undefined ? text.length : sizeOf(resolve(cwd, path));
    if (bytes >= LONG_RUN_BYTES) {
      if (!budgetGiven()) setFlagsFromString(`--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
      if (!youngGenerationGiven()) setFlagsFromString(LONG_RUN_GROWTH_FLAG);
      if (!heapGrowingGiven()) setFlagsFromString(`--heap-growing-percent=${LONG_RUN_HEAP_GROWING_PERCENT}`);
      if (!minorGcTaskGiven()) setFlagsFromString(MINOR_GC_TASK_FLAG);
      return true;
    }
  }
  return false;
}

/**
 * Keeps the bytecode of every function the run compiles, for the run that
 * makes V8's code cache; returns the flag that puts V8's own policy back
 * (for {@link restoreStartFlags}), if any.
 *
 * V8 drops the bytecode of a function that has not run for a few full
 * collections (`--flush-bytecode`), and a cache made at the end of a run
 * holds only functions that still have theirs. A long first check (its full
 * collections come every few hundred files) dropped what only the start runs
 * — the rules' and units' set-up, the command line's reading — and, as a
 * cache once accepted is never written again, every later start compiled
 * those functions afresh. So the run that will write the cache keeps all
 * bytecode, and a cache holds every function its run compiled, whatever the
 * run's size. Set after the bundle is compiled, so the cache the run read
 * (a partial one) was judged under the start flags; put back before the
 * cache is made, as V8 stamps a cache with its flags. A choice given on the
 * command line or in NODE_OPTIONS is left as it is.
 */
export function keepBytecodeForCache(): string | undefined {
  if (flagGiven('flush-bytecode', 'flush-code')) return undefined;
  setFlagsFromString('--no-flush-bytecode');
  return '--flush-bytecode';
}

/**
 * Puts back the flags the start set (the return values of `raiseForStart`,
 * `growFastAtStart`, `noScavengeTaskAtStart` and `keepBytecodeForCache`) and V8's own old-generation growth, before V8's code cache
 * is made: V8 stamps a cache with a hash of its flags, and the next start,
 * which has the start flags, would reject a cache stamped with a long run's.
 */
export function restoreStartFlags(...flags: (string | undefined)[]): void {
  for (const flag of flags) if (flag !== undefined) setFlagsFromString(flag);
  if (!heapGrowingGiven()) setFlagsFromString(DEFAULT_HEAP_GROWING_FLAG);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
