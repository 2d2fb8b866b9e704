/**
 * @file The command's V8 tier-up policy: how much bytecode a function runs
 * before V8 considers compiling it with its optimizing compiler (the
 * "interrupt budget").
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
 * A budget given on the command line (`node --interrupt-budget=N`) is left as
 * it is. V8 reads the budget each time a function's count runs out, so a
 * change reaches functions already running. V8's code cache records the
 * flags it was made with: the cache is made with the start budget put back
 * ({@link restoreStartBudget}), or the next start would reject it.
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

/** Whether the user chose a budget (`node --interrupt-budget=N`; Node refuses it in NODE_OPTIONS, which is looked at all the same). */
export function budgetGiven(): boolean {
  return [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((arg) => arg.includes('--interrupt-budget'));
}

/** Raises the budget for the start of a run (see the file comment); returns the flag set, if any. */
export function raiseForStart(): string | undefined {
  if (budgetGiven()) return undefined;
  setFlagsFromString(START_BUDGET_FLAG);
  return START_BUDGET_FLAG;
}

/**
 * Gives V8 its own budget back when the claims files of the run (`files`,
 * relative to `cwd`; `texts`: those given instead of read) add up to
 * {@link LONG_RUN_BYTES}; true when it did. Sizes are read until the sum is
 * reached, so a run of thousands of files looks at a few of them. A file
 * that cannot be looked at counts for nothing (reading it says what is wrong).
 */
export function tierUpForLongRun(files: readonly string[], cwd: string, texts?: ReadonlyMap<string, string>): boolean {
  if (budgetGiven()) return false;
  let bytes = 0;
  for (const path of files) {
    const text = texts?.get(path);
    bytes += text !== undefined ? text.length : sizeOf(resolve(cwd, path));
    if (bytes >= LONG_RUN_BYTES) {
      setFlagsFromString(`--interrupt-budget=${V8_INTERRUPT_BUDGET}`);
      return true;
    }
  }
  return false;
}

/**
 * Puts back the budget `raiseForStart` set (its return value), before V8's
 * code cache is made: V8 stamps a cache with a hash of its flags, and the
 * next start, which has the raised budget, would reject a cache stamped with
 * the lowered one.
 */
export function restoreStartBudget(flag: string | undefined): void {
  if (flag !== undefined) setFlagsFromString(flag);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
