/**
 * @file The `claimcheck` command: reads flags, calls the library, writes the
 * formatted report and picks the exit status (0 clean, 1 findings, 2 the
 * command could not run). Everything else lives in the library.
 */

import { SetupError } from '../engine/errors.js';
import { HELP, parseCommandLine, UsageError } from './args.js';
import { runCheck } from './check-command.js';

declare const CLAIMCHECK_VERSION: string | undefined;

async function main(argv: readonly string[]): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { command, options } = parseCommandLine(argv);
    debug = options.debug;
    switch (command.command) {
      case 'help':
        process.stdout.write(`${HELP}\n`);
        return 0;
      case 'version':
        process.stdout.write(`${typeof CLAIMCHECK_VERSION === 'string' ? CLAIMCHECK_VERSION : 'dev'}\n`);
        return 0;
      case 'check':
        return await runCheck(command.paths, options);
      case 'init':
      case 'explain':
        throw new UsageError(`'${command.command}' is not available yet`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`claimcheck: ${error.message}\n`);
      return 2;
    }
    if (error instanceof SetupError) {
      process.stderr.write(`claimcheck: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join('')}`);
      return 2;
    }
    process.stderr.write('claimcheck: internal error — this is a bug in claimcheck, not in your file. Please report it with the claims file that triggered it.\n');
    if (debug) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else process.stderr.write('Run again with --debug to see the details.\n');
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
