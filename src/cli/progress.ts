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
 * A run stopped while the line is drawn (Ctrl-C, `kill`) erases it and then
 * dies of the same signal, as it would have without the line: the shell
 * shows status 130 (SIGINT) or 143 (SIGTERM) and a script's loop stops. The
 * run checks files one after another without letting Node take a signal, so
 * each redraw also gives the event loop a turn (at most ten a second): a
 * signal waits at most for the file being checked. Before the line is first
 * drawn nothing listens, and a signal stops the run at once.
 *
 * The decision and the drawing take their inputs (the environment, whether
 * the streams are terminals, a clock, a writer), so tests drive them
 * without a terminal.
 */

import { constants as osConstants } from 'node:os';
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
  /**
   * A file was checked: `done` of `total`. When it redraws the line, it
   * returns a promise the run awaits before the next file: the turn of the
   * event loop in which a signal is taken.
   */
  onFile(done: number, total: number): Promise<void> | undefined;
  /** Erases the line if it is drawn (before the report, an error, or a file's pretty output). */
  clear(): void;
  /** The run is over: erases the line and stops listening for signals. */
  end(): void;
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
  /**
   * Starts listening for the signals that stop a run; `stopped` is called
   * with the signal's name. Returns the call that stops listening. Called
   * when the line is first drawn.
   */
  listen: (stopped: (signal: StopSignal) => void) => () => void;
  /** Resolves on a later turn of the event loop (where a signal is taken). */
  nextTurn: () => Promise<void>;
  /** Ends the process as `signal` would have, once the line is erased. */
  die: (signal: StopSignal) => void;
}

/** The signals that stop a run at a terminal: Ctrl-C, and `kill`'s default. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** A progress line drawn with `drawing`, its second counted from now. */
export function progressLine(drawing: ProgressDrawing): Progress {
  const started = drawing.now();
  let drawnAt: number | undefined;
  let unlisten: (() => void) | undefined;
  let over = false;
  const erase = (): void => {
    if (drawnAt === undefined) return;
    drawnAt = undefined;
    drawing.write(ERASE);
  };
  const stopListening = (): void => {
    unlisten?.();
    unlisten = undefined;
  };
  return {
    onFile(done, total) {
      if (over || done >= total) return undefined;
      const now = drawing.now();
      if (now - started < PROGRESS_AFTER_MS) return undefined;
      if (drawnAt !== undefined && now - drawnAt < REDRAW_EVERY_MS) return undefined;
      drawnAt = now;
      unlisten ??= drawing.listen((signal) => {
        erase();
        stopListening();
        drawing.die(signal);
      });
      const columns = drawing.columns();
      let text = drawing.words(done, total);
      // One column spare: a line that fills the last column wraps on some terminals.
      if (columns !== undefined && columns > 1 && text.length > columns - 1) text = text.slice(0, columns - 1);
      drawing.write(`${ERASE}${drawing.chalk.dim(text)}`);
      return drawing.nextTurn();
    },
    clear: erase,
    end() {
      over = true;
      erase();
      stopListening();
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
    listen: (stopped) => {
      process.on('SIGINT', stopped);
      process.on('SIGTERM', stopped);
      return () => {
        process.off('SIGINT', stopped);
        process.off('SIGTERM', stopped);
      };
    },
    nextTurn: () => new Promise((resolveTurn) => void setImmediate(resolveTurn)),
    die: (signal) => {
      // No listener is left, so Node's default takes the signal again: the process ends of it.
      process.kill(process.pid, signal);
      // Should it not be delivered at once, the status a shell would show.
      process.exit(128 + (osConstants.signals[signal] ?? 0));
    },
  });
}

/** Whether standard output is a terminal, and so shares the screen with the progress line. */
export function stdoutIsTerminal(): boolean {
  return isatty(1);
}
