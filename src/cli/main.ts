/**
 * @file The `claimcheck` command: reads flags, calls the library, writes the
 * formatted report and picks the exit status (0 clean, 1 findings, 2 the
 * command could not run). Everything else lives in the library.
 */

import { SetupError } from '../engine/errors.js';
import { helpText, parseCommandLine, STANDARD_OUTPUT, UsageError } from './args.js';
import { safeText } from '../text/safe.js';
import { phrase } from '../findings/interpolate.js';
import { runCheck } from './check-command.js';
import { guardStandardStreams } from './streams.js';
import { phrasesInForce, wordedLines } from './words.js';

declare const CLAIMCHECK_VERSION: string | undefined;

async function main(argv: readonly string[]): Promise<number> {
  let debug = argv.includes('--debug');
  let rulesDirs: readonly string[] = [];
  try {
    const { command, options: given } = parseCommandLine(argv);
    // For dist/claimcheck.js (src/cli/cached-start.ts): only a check's code cache holds the checking code.
    (globalThis as Record<symbol, unknown>)[Symbol.for('claimcheck.command')] = command.command;
    rulesDirs = given.rules;
    // "-o -" is standard output: check and merge then write there as without -o; init prints its file.
    const options = given.output === STANDARD_OUTPUT && command.command !== 'init' ? { ...given, output: undefined } : given;
    debug = options.debug;
    // Lets the tests prove that an internal error prints one line, and its trace only with --debug (docs/security.md).
    if (process.env['CLAIMCHECK_TEST_CRASH'] === '1') throw new Error('CLAIMCHECK_TEST_CRASH: a simulated internal error');
    switch (command.command) {
      case 'help':
        process.stdout.write(`${helpText()}\n`);
        return 0;
      case 'version':
        process.stdout.write(`${typeof CLAIMCHECK_VERSION === 'string' ? CLAIMCHECK_VERSION : 'dev'}\n`);
        return 0;
      case 'check':
        if (options.watch) return await (await import('./watch.js')).runWatch(command.paths, options);
        return await runCheck(command.paths, options);
      case 'print-config': {
        const [{ configFor }, { formatConfig }] = await Promise.all([import('../engine/check.js'), import('../config/index.js')]);
        const cwd = process.cwd();
        const { config, rules, rulesDirs } = configFor(command.path, { cwd, rulesDirs: options.rules, ...(options.config !== undefined ? { configFile: options.config } : {}) });
        process.stdout.write(formatConfig(command.path, config, rules, rulesDirs, cwd));
        return 0;
      }
      case 'init':
        return await (await import('./init-command.js')).runInit(command.article, options);
      case 'lsp':
        // Typed on a terminal it would wait in silence for an editor's messages.
        if (process.stdin.isTTY) throw new UsageError(phrase('usage-lsp-terminal'));
        return await (await import('../lsp/server.js')).runLanguageServer();
      case 'facts':
        return await (await import('./facts-command.js')).runFacts(command.paths, options);
      case 'explain':
        return await (await import('./explain-command.js')).runExplain(command.path, command.name, options);
      case 'merge':
        return await (await import('./merge-command.js')).runMerge(command.reports, options);
    }
  } catch (error) {
    // Messages carry paths, names and text from the user's files: each line is made safe for the terminal.
    // Worded with the rules in force (a project's rules/checks.yaml may reword them).
    if (error instanceof UsageError || error instanceof SetupError) {
      const { message, details } = wordedLines(error, phrasesInForce(process.cwd(), rulesDirs));
      process.stderr.write(`claimcheck: ${safeText(message, 'terminal')}\n${details.map((d) => `  ${safeText(d, 'terminal')}\n`).join('')}`);
      return 2;
    }
    if (debug) process.stderr.write(`claimcheck: internal error (a bug in claimcheck, not in your file):\n${safeLines((error as Error)?.stack ?? String(error))}\n`);
    else process.stderr.write('claimcheck: internal error — a bug in claimcheck, not in your file; please report it with the claims file that triggered it (--debug shows the details)\n');
    return 2;
  }
}

/** A multi-line text (a stack trace), each line made safe for the terminal. */
function safeLines(text: string): string {
  return text.split(/\r?\n/).map((line) => safeText(line, 'terminal')).join('\n');
}

guardStandardStreams();
main(process.argv.slice(2)).then((code) => {
  // A write error on standard output (other than a closed pipe) has already set 2.
  if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code;
});
