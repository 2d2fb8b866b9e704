/**
 * @file Checks many claims files on worker threads (`./worker.ts`, bundled
 * as dist/worker.mjs): each worker takes the next unchecked file until none
 * are left, and the results come back in the order of the file list, so the
 * report is the one the serial loop gives. A `SetupError` is rethrown as the
 * serial loop would throw it: the one of the first file (in list order) that
 * raised one.
 *
 * Used only from the bundle: run from the TypeScript sources there is no
 * worker script, and the caller checks the files itself.
 */

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { FileResult, MessageValue } from '../types.js';
import { SetupError } from './errors.js';

/** What the main thread sends a worker: the options once, then one file at a time. */
export type ToWorker =
  | { type: 'start'; options: WorkerOptions }
  | { type: 'file'; index: number; path: string };

/** What a worker sends back for one file. */
export type FromWorker =
  | { type: 'result'; index: number; result: FileResult }
  | { type: 'error'; index: number; setup: boolean; message: string; words: MessageValue; detailWords: MessageValue[]; stack?: string };

/** The serialisable part of the check options. */
export interface WorkerOptions {
  cwd: string;
  rulesDirs?: readonly string[];
  configFile?: string;
  asOf?: string;
  today?: string;
  views?: boolean;
  maxFileBytes?: number;
}

/**
 * Below this many files the files are checked in this thread. Each worker
 * is a cold start of its own (the bundle, mathjs, the rule tables: about
 * 0.3 s of CPU and 60 MB), results are copied between threads, and the
 * serial run now shares its per-file set-up; measured on 2 cores, workers
 * made 500 files 18% slower with 54% more CPU and paid only at thousands.
 */
export const PARALLEL_THRESHOLD = 1_000;
/** Fewer cores than this and the files are checked in this thread, however many: two cores gain too little over one thread and its streamed report. */
export const MIN_CORES = 4;
/** At most this many workers. */
export const MAX_WORKERS = 8;

/**
 * How many workers to use by default for `files` files on `cores` cores:
 * none below {@link MIN_CORES} cores or {@link PARALLEL_THRESHOLD} files;
 * otherwise one per core but one (the main thread gathers and writes the
 * results), at most {@link MAX_WORKERS}.
 */
export function defaultWorkers(files: number, cores: number = availableParallelism()): number {
  if (files < PARALLEL_THRESHOLD || cores < MIN_CORES) return 0;
  return Math.min(cores - 1, files, MAX_WORKERS);
}

/** The worker script beside the bundle (the entry or one of its chunks), if there is one. */
export function workerScript(): string | undefined {
  for (const relative of ['./worker.mjs', '../worker.mjs']) {
    const url = new URL(relative, import.meta.url);
    if (url.protocol !== 'file:') continue;
    const path = fileURLToPath(url);
    // Only the bundle has a worker.mjs next to it; the TypeScript sources do not.
    if (existsSync(path) && path !== fileURLToPath(import.meta.url)) return path;
  }
  return undefined;
}

/**
 * Checks `files` on `count` workers. Undefined when there is no worker
 * script (the caller then checks the files itself).
 */
export async function checkOnWorkers(
  files: readonly string[],
  options: WorkerOptions & { onFile?: (done: number, total: number, path: string) => unknown },
  count: number,
): Promise<FileResult[] | undefined> {
  const script = workerScript();
  if (script === undefined) return undefined;
  // Loaded here, not at start: a check of one file never starts a worker.
  // (require, not import(): the command's bundle runs in a vm.Script, where import() warns that it is experimental.)
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const start: ToWorker = {
    type: 'start',
    options: {
      cwd: options.cwd,
      ...(options.rulesDirs ? { rulesDirs: [...options.rulesDirs] } : {}),
      ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      ...(options.today !== undefined ? { today: options.today } : {}),
      ...(options.views ? { views: true } : {}),
      ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
    },
  };
  const results: (FileResult | undefined)[] = new Array(files.length);
  const errors: (Extract<FromWorker, { type: 'error' }> | undefined)[] = new Array(files.length);
  let next = 0;
  let done = 0;

  const runWorker = (): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const worker = new Worker(script);
      started.push(worker);
      let finished = false;
      const feed = (): void => {
        if (next >= files.length) {
          finished = true;
          void worker.terminate();
          resolvePromise();
          return;
        }
        const index = next++;
        worker.postMessage({ type: 'file', index, path: files[index]! } satisfies ToWorker);
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'result') results[message.index] = message.result;
        else errors[message.index] = message;
        done++;
        void options.onFile?.(done, files.length, files[message.index]!);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`a claimcheck worker stopped early (exit code ${code})`));
      });
      worker.postMessage(start);
      feed();
    });

  const started: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: Math.min(count, files.length) }, runWorker));
  } finally {
    // After a failure the other workers would keep the process alive.
    await Promise.all(started.map((w) => w.terminate()));
  }

  for (let i = 0; i < files.length; i++) {
    const error = errors[i];
    if (!error) continue;
    if (error.setup) throw new SetupError(error.words, error.detailWords);
    const rethrown = new Error(error.message);
    if (error.stack !== undefined) rethrown.stack = error.stack;
    throw rethrown;
  }
  return results as FileResult[];
}
