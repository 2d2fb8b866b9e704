/**
 * @file The errors the library and the CLI throw on purpose: the command
 * itself cannot run (`SetupError`: no such file, unreadable rules) or was
 * asked wrongly (`UsageError`, src/cli/args.ts). Problems inside a claims
 * file are never thrown; they are findings. Their words are data — phrases
 * of `rules/checks.yaml` by id, with their data — so a project can reword
 * them: `message` and `details` hold them written with the default rules, and
 * the CLI writes `words` and `detailWords` again with the rules in force
 * (src/cli/words.ts).
 */

import { messageText, phrase } from '../findings/interpolate.js';
import { loadDefaultRules } from '../rules/index.js';
import type { MessageValue, PhraseRef, Problem, Span } from '../types.js';

/** An error whose message is a phrase with its data, written when it is shown. */
export class WordedError extends Error {
  /** Each detail line written with the default rules. */
  readonly details: readonly string[];
  constructor(
    /** What went wrong: a phrase with its data (or text that is not wording, such as a path). */
    readonly words: MessageValue,
    /** One line per place that it concerns, usually {@link at}. */
    readonly detailWords: readonly MessageValue[] = [],
  ) {
    super(writtenWithDefaults(words));
    this.details = detailWords.map(writtenWithDefaults);
  }
}

/** The command cannot run as asked; the CLI exits 2 with this message. */
export class SetupError extends WordedError {
  override readonly name = 'SetupError';
}

/**
 * The rules one claims file chose cannot be used: its own `rules:` key, or
 * the `rules/` folder beside it. A run over many files reports `problems` as
 * findings in that file and checks the others (README "Decisions"); where
 * only that file is at stake (`--print-config`, `facts`) it is a
 * `SetupError` like any other.
 */
export class FileRulesError extends SetupError {
  constructor(
    words: MessageValue,
    detailWords: readonly MessageValue[],
    /** Each problem as a `rules` finding: where it is (the key, or the rules file's line and column) and why. */
    readonly problems: readonly Problem[],
  ) {
    super(words, detailWords);
  }
}

/** A value written with the default rules' phrases (a broken install writes the phrase ids). */
export function writtenWithDefaults(value: MessageValue): string {
  let phrases: ReadonlyMap<string, string> | undefined;
  try {
    phrases = loadDefaultRules().phrases;
  } catch {
    phrases = undefined;
  }
  return messageText(value, phrases);
}

/** A detail line at a place: "file:line:column: why". */
export function at(where: Pick<Span, 'file' | 'line' | 'column'>, why: MessageValue): PhraseRef {
  return phrase('setup-at', { file: where.file, line: where.line, column: where.column, why });
}
