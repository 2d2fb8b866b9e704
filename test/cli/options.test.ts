// The option table (src/cli/options.ts): the parser and `--help` come from
// it, so every flag the parser takes is in the help, with its alias and the
// commands that take it; Node's parse errors are said plainly, by error code.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { helpText, parseCommandLine, UsageError } from '../../src/cli/args.js';
import { COMMANDS, OPTIONS, parseArgsOptions } from '../../src/cli/options.js';
import { FORMAT_NAMES } from '../../src/report/index.js';

const HELP = helpText();

const parse = (...argv: string[]) => parseCommandLine(argv);

describe('the help', () => {
  it('lists every flag the parser takes, once, with its one-letter alias', () => {
    for (const [name, option] of Object.entries(parseArgsOptions())) {
      expect(HELP).toContain(name === 'no-color' ? '--color, --no-color' : `--${name}`);
      if (option.short !== undefined) expect(HELP).toMatch(new RegExp(`^  -${option.short}[ ,]`, 'm'));
    }
    // the four that were missing before the table: -f, -q, -w, -c
    expect(HELP).toContain('  -f, --format FORMAT');
    expect(HELP).toContain('  -q, --quiet');
    expect(HELP).toContain('  -w, --watch');
    expect(HELP).toContain('  -c, --config FILE');
    for (const flag of ['--format', '--quiet', '--watch', '--config', '--shard', '--strict']) {
      expect(HELP.split('\n').filter((line) => line.startsWith(`  ${flag}`) || line.includes(`, ${flag}`))).toHaveLength(1);
    }
  });

  it('names every command and the commands that take each flag', () => {
    for (const command of COMMANDS) expect(HELP).toContain(`claimcheck ${command.usage}`);
    expect(HELP).toMatch(/--shard I\/N\s+check only part I of N[^[]*\[check\]/);
    expect(HELP).toMatch(/--strict\s+warnings also fail the run \[check, merge\]/);
    expect(HELP).toContain(`${FORMAT_NAMES.slice(0, -1).join(', ')} or html`);
  });

  it('is what the README shows under "Command line"', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`\n${HELP}\n\`\`\``);
  });

  it('keeps within 80 columns', () => {
    for (const line of HELP.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('every row names at least one command, and the parser knows every row', () => {
    for (const option of OPTIONS) {
      expect(option.commands.length).toBeGreaterThan(0);
      expect(parseArgsOptions()[option.name]).toBeDefined();
    }
  });
});

describe('the short flags', () => {
  it('-f -q -w -c -o mean --format --quiet --watch --config --output', () => {
    const { options } = parse('-f', 'sarif', '-q', '-w', '-c', 'ci.yaml', '-o', 'out.sarif', 'stories');
    expect(options).toMatchObject({ format: 'sarif', quiet: true, watch: true, config: 'ci.yaml', output: 'out.sarif' });
  });
});

describe('parse errors, by error code', () => {
  const message = (...argv: string[]) => {
    try {
      parse(...argv);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    return undefined;
  };

  it('says which option is unknown, long or short', () => {
    expect(message('--frobnicate')).toBe('unknown option --frobnicate (see claimcheck --help)');
    expect(message('-z')).toBe('unknown option -z (see claimcheck --help)');
  });

  it('names the option or format one or two letters off a misspelt one', () => {
    expect(message('--fromat', 'json')).toBe("unknown option --fromat — did you mean '--format'? (see claimcheck --help)");
    // The British spelling of --color.
    expect(message('--colour')).toBe("unknown option --colour — did you mean '--color'? (see claimcheck --help)");
    expect(message('claims.yaml', '-f', 'jsn')).toBe('--format must be one of pretty, json, github, junit, sarif, html (got "jsn") — did you mean \'json\'?');
    // xml is the extension of JUnit's reports, not a misspelt html.
    expect(message('claims.yaml', '-f', 'xml')).toBe('--format must be one of pretty, json, github, junit, sarif, html (got "xml") — did you mean \'junit\'?');
    expect(message('claims.yaml', '-f', 'csv')).toBe('--format must be one of pretty, json, github, junit, sarif, html (got "csv")');
  });

  it('says which flag needs a value, by its long name even when given short', () => {
    expect(message('claims.yaml', '--format')).toBe('--format needs a value (see claimcheck --help)');
    expect(message('claims.yaml', '-c')).toBe('--config needs a value (see claimcheck --help)');
  });

  it('says when the word after a flag looks like an option, and how to give it as the value', () => {
    // Node refuses `-o -q` as "argument is ambiguous" with a suggestion of '--output=-XYZ', which is another flag here.
    expect(message('claims.yaml', '-o', '-q')).toBe('-o needs a value, but the next word, "-q", looks like an option; if it is the value, write -o-q');
    expect(message('claims.yaml', '--max-file-size', '-1')).toBe('--max-file-size needs a value, but the next word, "-1", looks like an option; if it is the value, write --max-file-size=-1');
  });

  it('says when the first word is no file but a command misspelt, or the word check', () => {
    // These words are no file in the project folder the tests run in.
    expect(message('explian', 'claims.yaml', 'rate')).toBe('there is no file or folder called explian; did you mean the command explain? (claimcheck explain …)');
    expect(message('int', 'story.md')).toBe('there is no file or folder called int; did you mean the command init? (claimcheck init …)');
    expect(message('check', 'claims.yaml')).toBe('there is no file or folder called check: checking is what claimcheck does by default, so write claimcheck claims.yaml');
    expect(message('check')).toBe('there is no file or folder called check: checking is what claimcheck does by default, so write claimcheck claims.yaml');
    // Far from every command, or a path: the search for claims files says what it finds (no usage error here).
    expect(message('frobnicate')).toBeUndefined();
    expect(message('docs/explian')).toBeUndefined();
  });

  it('says a switch takes no value', () => {
    expect(message('--strict=yes')).toBe('--strict takes no value (got "yes")');
  });

  it('these are Node\'s codes for them (what the messages are read by)', () => {
    const codeOf = (argv: string[]) => {
      try {
        parseArgs({ args: argv, options: parseArgsOptions(), strict: true, allowPositionals: true });
      } catch (error) {
        return (error as NodeJS.ErrnoException).code;
      }
      return undefined;
    };
    expect(codeOf(['--frobnicate'])).toBe('ERR_PARSE_ARGS_UNKNOWN_OPTION');
    expect(codeOf(['--format'])).toBe('ERR_PARSE_ARGS_INVALID_OPTION_VALUE');
    expect(codeOf(['--strict=yes'])).toBe('ERR_PARSE_ARGS_INVALID_OPTION_VALUE');
  });
});

describe('commands', () => {
  it('reads merge and its reports, and --shard for check', () => {
    expect(parse('merge', 'a.json', 'b.json', '--strict').command).toEqual({ command: 'merge', reports: ['a.json', 'b.json'] });
    expect(parse('stories', '--shard', '3/4').options.shard).toEqual({ index: 3, count: 4 });
    expect(parse('stories', '--shard', '1/1').options.shard).toEqual({ index: 1, count: 1 });
  });

  it('refuses a flag merge does not read', () => {
    expect(() => parse('merge', 'a.json', '--as-of', '2024-01-01')).toThrow(expect.objectContaining({ name: 'UsageError', message: '--as-of does not go with merge (see claimcheck --help)' }));
    expect(() => parse('merge', 'a.json', '--shard', '1/2')).toThrow(expect.objectContaining({ name: 'UsageError', message: '--shard does not go with merge (see claimcheck --help)' }));
  });

  it('keeps the older commands lenient: a flag init does not read is still accepted', () => {
    expect(parse('init', 'article.txt', '--strict').command).toEqual({ command: 'init', article: 'article.txt' });
  });
});
