/**
 * @file The one error the library throws on purpose: the command itself cannot
 * run (no such file, unreadable rules). Problems inside a claims file are
 * never thrown; they are findings.
 */

/** The command cannot run as asked; the CLI exits 2 with this message. */
export class SetupError extends Error {
  override readonly name = 'SetupError';
  constructor(message: string, readonly details: readonly string[] = []) {
    super(message);
  }
}
