/**
 * @file The progress line of a long run: "checked 1,234 of 5,000 files
 * (24%)" on standard error, redrawn in place, as test runners and linters
 * show theirs at a terminal. The engine only reports each file checked (the
 * `onFile` option of `check()`); drawing is the CLI's, here.
 *
 * Shown only where a person watches it: standard error is a terminal, the
 * run is not in CI (`CI` set: a CI log keeps every redraw as a line), the
 * terminal is not `TERM=dumb` (no "erase line"), and `--quiet` is not given.
 * Never on standard output, so a report there (`--format json > r.json`)
 * holds none of it. A run that ends within about a second shows none: the
 * line is drawn first a second after the run started, and never for the last
 * file (the report follows at once). It is redrawn at most ten times a
 * second, and erased before anything else is written to the terminal and at
 * the end. Dim when colour is on for standard error; plain with `NO_COLOR`,
 * `--no-color` or `FORCE_COLOR=0`.
 *
 * The decision and the drawing take their inputs (the environment, whether
 * the streams are terminals, a clock, a writer), so tests drive them
 * without a terminal.
 */

import { isatty } from 'node:tty';
import type { ChalkInstance } from 'chalk';
import { messageText, phrase } from '../findings/interpolate.js';
import { safeText } from '../text/safe.js';
import { chalkFor } from './color.js';
import { phrasesInForce } from './words.js';

/** How long a run goes before its progress is shown, in milliseconds. */
export const PROGRESS_AFTER_MS = 1000;

/** The least time between two redraws, in milliseconds. */
export const REDRAW_EVERY_MS = 100;

/** Erases the line the cursor is on and returns to its start. */
const ERASE = '\r\x1b[K';

/** A run's progress line: feed it each file checked; erase it before writing to the terminal. */
export interface Progress {
  /** A file was checked: `done` of `total`. */
  onFile(done: number, total: number): void;
  /** Erases the line if it is drawn (before the report, an error, or a file's pretty output). */
  clear(): void;
}

/** What decides whether the line is shown. */
export interface ProgressWhere {
  /** `--quiet`. */
  quiet: boolean;
  env: NodeJS.ProcessEnv;
  /** Whether standard error is a terminal. */
  stderrIsTTY: boolean;
}

/** Whether a run's progress is shown (see the file comment). */
export function showsProgress({ quiet, env, stderrIsTTY }: ProgressWhere): boolean {
  if (quiet || !stderrIsTTY) return false;
  const ci = env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') return false;
  return env['TERM'] !== 'dumb';
}

/** What the line is drawn with. */
export interface ProgressDrawing {
  /** Writes to standard error. */
  write: (text: string) => void;
  /** Milliseconds, from any origin. */
  now: () => number;
  /** The line's words for `done` of `total` files. */
  words: (done: number, total: number) => string;
  /** Standard error's width in columns (undefined: unknown); the line is cut to fit, or it would wrap and not be erased. */
  columns: () => number | undefined;
  /** Dims the line (no codes without colour). */
  chalk: ChalkInstance;
}

/** A progress line drawn with `drawing`, its second counted from now. */
export function progressLine(drawing: ProgressDrawing): Progress {
  const started = drawing.now();
  let drawnAt: number | undefined;
  return {
    onFile(done, total) {
      if (done >= total) return;
      const now = drawing.now();
      if (now - started < PROGRESS_AFTER_MS) return;
      if (drawnAt !== undefined && now - drawnAt < REDRAW_EVERY_MS) return;
      drawnAt = now;
      const columns = drawing.columns();
      let text = drawing.words(done, total);
      // One column spare: a line that fills the last column wraps on some terminals.
      if (columns !== undefined && columns > 1 && text.length > columns - 1) text = text.slice(0, columns - 1);
      drawing.write(`${ERASE}${drawing.chalk.dim(text)}`);
    },
    clear() {
      if (drawnAt === undefined) return;
      drawnAt = undefined;
      drawing.write(ERASE);
    },
  };
}

/**
 * The progress line of a run in `cwd`, on this process's standard error, or
 * undefined when it is not shown. `isatty(2)` rather than
 * `process.stderr.isTTY`: asking for the stream makes it (./streams.ts), and
 * most runs never write to it. The words are the rules' `progress-files`
 * phrase, worded when first drawn.
 */
export function progressOnStandardError(options: { quiet: boolean; color: boolean | undefined; rules: readonly string[] }, cwd: string): Progress | undefined {
  if (!showsProgress({ quiet: options.quiet, env: process.env, stderrIsTTY: isatty(2) })) return undefined;
  let phrases: ReturnType<typeof phrasesInForce>;
  let worded = false;
  return progressLine({
    write: (text) => void process.stderr.write(text),
    now: () => performance.now(),
    words: (done, total) => {
      if (!worded) {
        phrases = phrasesInForce(cwd, options.rules);
        worded = true;
      }
      const percent = Math.floor((done / total) * 100);
      const words = phrase('progress-files', { done: done.toLocaleString('en-US'), total: total.toLocaleString('en-US'), percent });
      return safeText(messageText(words, phrases), 'terminal');
    },
    columns: () => process.stderr.columns,
    chalk: chalkFor({ flag: options.color, env: process.env, isTTY: true }),
  });
}

/** Whether standard output is a terminal, and so shares the screen with the progress line. */
export function stdoutIsTerminal(): boolean {
  return isatty(1);
}
