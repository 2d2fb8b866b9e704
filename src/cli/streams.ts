/**
 * @file What happens when the reader of claimcheck's output goes away
 * (`claimcheck claims.yaml | head -1`, a closed terminal): writing to a
 * closed pipe fails with EPIPE, which Node reports as an `error` event on
 * `process.stdout` — unhandled, that is a crash with a stack trace. Here a
 * closed standard output or standard error ends the output quietly: later
 * writes go nowhere, the run finishes and exits with the status it would
 * have had (so `set -o pipefail` still sees a failing check), and `--watch`
 * stops, since no one is reading.
 */

import { writtenWithDefaults } from '../engine/errors.js';
import { phrase } from '../findings/interpolate.js';

let closed = false;
const listeners: (() => void)[] = [];

/** Error codes that mean "the reader is gone". */
const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * Installs the handlers on standard output and standard error (once per
 * process). Any other write error on standard output also ends the output:
 * it is reported once on standard error, without a trace.
 */
export function guardStandardStreams(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    const first = !closed;
    closed = true;
    if (first && !GONE.has(error.code ?? '')) {
      try {
        process.stderr.write(`claimcheck: ${writtenWithDefaults(phrase('output-write-failed', { code: error.code ?? 'error' }))}\n`);
      } catch { /* standard error is gone too */ }
      if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = 2;
    }
    if (first) for (const listener of listeners.splice(0)) listener();
  });
  whenMade('stderr', (stream) => stream.on('error', () => { /* nothing more can be said */ }));
}

/**
 * Runs `guard` on a standard stream as soon as the stream exists. Node makes
 * `process.stderr` when it is first asked for, and a standard error that is
 * a pipe (a CI log, a parent process reading it) costs a socket and Node's
 * net module (about 1.5 ms of a start), for a stream most checks never write
 * to. So the guard waits for the stream's first use instead of making it.
 */
function whenMade(name: 'stderr', guard: (stream: NodeJS.WriteStream) => void): void {
  const made = Object.getOwnPropertyDescriptor(process, name);
  if (made?.get === undefined || made.configurable !== true) {
    guard(process[name]);
    return;
  }
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable ?? true,
    get() {
      Object.defineProperty(process, name, made);
      const stream = process[name];
      guard(stream);
      return stream;
    },
  });
}

/** Calls `listener` once when standard output is closed (at once if it already is); returns what stops it being called. */
export function onStdoutClosed(listener: () => void): () => void {
  if (closed) {
    listener();
    return () => {};
  }
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index >= 0) listeners.splice(index, 1);
  };
}

/**
 * Waits, when standard output holds more than it can pass on at once, until
 * it has passed it on (its `drain`) or is closed. A report written a file at
 * a time into a pipe whose reader is slower than the check (`| jq`, a CI
 * log) would otherwise pile up in memory, the whole report by the end: 5,000
 * files of 20 claims piped into `cat` peaked at 410 MB, now 194 MB.
 * Undefined when there is nothing to wait for.
 */
export function stdoutDrained(): Promise<void> | undefined {
  if (closed || !process.stdout.writableNeedDrain) return undefined;
  return new Promise((resolve) => {
    let stop = (): void => {};
    const done = (): void => {
      process.stdout.off('drain', done);
      stop();
      resolve();
    };
    process.stdout.on('drain', done);
    stop = onStdoutClosed(done);
  });
}

/** Whether standard output has been closed by its reader. */
export function stdoutClosed(): boolean {
  return closed;
}
