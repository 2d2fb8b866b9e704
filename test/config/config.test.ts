// The configuration module on its own: reading a file (positions, did-you-mean),
// finding files from a folder upward through an in-memory host, merging, and
// applying a configuration to the rules and to a checked file's result.
import { describe, expect, it } from 'vitest';
import {
  applyConfigToResult,
  applyConfigToRules as applyConfig,
  findConfigs as findAll,
  mergeConfigs,
  parseConfig as parse,
  readConfigFile as readFile,
  type ConfigHost,
  type ConfigProblem,
} from '../../src/config/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { messageText } from '../../src/findings/index.js';
import type { FileResult } from '../../src/types.js';

// The module reports each problem as a phrase with data; these wrappers word
// them with the default rules, as the CLI does, so the tests read sentences.
type Worded<T> = Omit<T, 'problems'> & { problems: { message: string; span: ConfigProblem['span'] }[] };
function worded<T extends { problems: ConfigProblem[] }>(result: T): Worded<T> {
  const phrases = loadDefaultRules().phrases;
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: messageText(p.message, phrases) })) };
}
const parseConfig = (...args: Parameters<typeof parse>) => worded(parse(...args));
const readConfigFile = (...args: Parameters<typeof readFile>) => worded(readFile(...args));
const findConfigs = (...args: Parameters<typeof findAll>) => worded(findAll(...args));
const applyConfigToRules = (...args: Parameters<typeof applyConfig>) => worded(applyConfig(...args));

/** A host over a map of absolute path → text. */
function host(files: Record<string, string>): ConfigHost {
  return { read: (p) => (files[p] === undefined ? undefined : { text: files[p]! }), shown: (p) => p.replace(/^\/repo\//, '') };
}

describe('parseConfig', () => {
  it('reads every setting', () => {
    const text = 'root: true\nrules: [house-rules]\nignore: "drafts/**"\nseverity:\n  missing-source: error\n  uncovered-number: off\ntolerances:\n  hedge: 5%\n  word: 0.1\n  loose: 2%\n  significant_figures: 3\n  gross_factor: 3\n';
    const { config, problems } = parseConfig({ text, path: '/repo/.claimcheckrc.yaml', shown: '.claimcheckrc.yaml' });
    expect(problems).toEqual([]);
    expect(config?.root).toBe(true);
    expect(config?.dir).toBe('/repo');
    expect(config?.rules.map((r) => r.value)).toEqual(['house-rules']);
    expect(config?.ignore.map((r) => r.value)).toEqual(['drafts/**']);
    expect(config?.severity.get('uncovered-number')?.value).toBe('off');
    // 5% → 0.05; 0.1 stays 0.1
    expect(config?.tolerances.hedge?.value).toBe(0.05);
    expect(config?.tolerances.word?.value).toBe(0.1);
    expect(config?.tolerances.significant_figures?.value).toBe(3);
  });

  it('names an unknown key with its position and a suggestion', () => {
    const { config, problems } = parseConfig({ text: 'root: false\nseverty:\n  parse: error\n', path: '/repo/.claimcheckrc.yaml', shown: '.claimcheckrc.yaml' });
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    // "severty" starts line 2, column 1
    expect(problems[0]!.span).toMatchObject({ file: '.claimcheckrc.yaml', line: 2, column: 1 });
    expect(problems[0]!.message).toContain("did you mean 'severity'");
  });

  it('reports wrong types and bad values where they are written', () => {
    const text = 'root: yes please\nseverity:\n  parse: fatal\ntolerances:\n  hedge: 150%\n  wrd: 5%\n';
    const { problems } = parseConfig({ text, path: '/repo/.claimcheckrc.yaml', shown: '.claimcheckrc.yaml' });
    const at = problems.map((p) => `${p.span.line}:${p.span.column}`);
    // root's value at 1:7; "fatal" at 3:10; 150% at 5:10; the key wrd at 6:3
    expect(at).toEqual(['1:7', '3:10', '5:10', '6:3']);
    expect(problems[1]!.message).toContain('must be one of error, warning, info, off');
    expect(problems[3]!.message).toContain("did you mean 'word'");
  });

  it('reports bad YAML and bad JSON with a position', () => {
    const yaml = parseConfig({ text: 'root: true\nrules: [a\n', path: '/repo/.claimcheckrc.yaml', shown: '.claimcheckrc.yaml' });
    expect(yaml.problems[0]!.message).toMatch(/^not valid YAML/);
    const json = parseConfig({ text: '{ "root": true,, }', path: '/repo/.claimcheckrc.json', shown: '.claimcheckrc.json' });
    expect(json.problems[0]!.message).toMatch(/^not valid JSON/);
    expect(json.problems[0]!.span.line).toBe(1);
  });

  it('quotes a text that is not a configuration only as a short escaped excerpt', () => {
    // What /proc/self/environ holds: NUL-separated variables on one line, far longer than 80 characters.
    const text = 'SECRET_TOKEN=ghp_0123456789abcdef\u0000SHELL=/bin/bash\u0000HOME=/root\u0000PATH=/usr/local/bin:/usr/bin:/bin\u0000LANG=C';
    const { problems } = parseConfig({ text, path: '/repo/.claimcheckrc.yaml', shown: '.claimcheckrc.yaml' });
    expect(problems).toHaveLength(1);
    const message = problems[0]!.message;
    // "the text "" then 80 characters of excerpt (the last one '…') then """.
    const quoted = /the text "(.*)"$/.exec(message)?.[1] ?? '';
    expect(quoted.length).toBe(80);
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted).toContain('\\0SHELL=');
    expect(message).not.toContain('\u0000');
    expect(message).not.toContain('LANG=C');
  });

  it('quotes nothing of a configuration from outside the project, but still points at the problem', () => {
    const { problems } = parseConfig({ text: 'SECRET_TOKEN=ghp_0123456789abcdef\n', path: '/home/.claimcheckrc.yaml', shown: '/home/.claimcheckrc.yaml', quote: false });
    // The text is 33 characters long: columns 1 to 33, the end column one past it.
    expect(problems).toEqual([{ message: 'the configuration must be a set of keys such as root:, rules:, severity:, but it is a piece of text', span: { file: '/home/.claimcheckrc.yaml', line: 1, column: 1, endLine: 1, endColumn: 34 } }]);
    const unknown = parseConfig({ text: 'SECRET_TOKEN: ghp_0123\nseverity: { x: SECRET2 }\n', path: '/home/.claimcheckrc.yaml', shown: '/home/.claimcheckrc.yaml', quote: false });
    expect(JSON.stringify(unknown.problems)).not.toMatch(/SECRET|ghp_/);
    expect(unknown.problems.map((p) => p.span.line)).toEqual([1, 2]);
  });

  it('reads package.json only through its "claimcheck" key', () => {
    const none = parseConfig({ text: '{ "name": "x" }', path: '/repo/package.json', shown: 'package.json', packageJson: true });
    expect(none).toEqual({ problems: [] });
    const some = parseConfig({ text: '{ "name": "x", "claimcheck": { "root": true } }', path: '/repo/package.json', shown: 'package.json', packageJson: true });
    expect(some.config?.root).toBe(true);
  });

  it('finds the "claimcheck" key of package.json only at the top, however the file is written', () => {
    const read = (text: string) => parseConfig({ text, path: '/repo/package.json', shown: 'package.json', packageJson: true });
    // A project that installs claimcheck names it under devDependencies: not a configuration.
    expect(read('{ "name": "desk", "devDependencies": { "claimcheck": "^0.1.0" } }')).toEqual({ problems: [] });
    // An escaped key is the same key ("\u0063" is "c").
    expect(read('{ "claim\\u0063heck": { "root": true } }').config?.root).toBe(true);
    // Not JSON but YAML (npm would refuse it; claimcheck reads the key all the same, as before).
    expect(read('claimcheck: { root: true }\n').config?.root).toBe(true);
    // A list at the top, or a key that is only a value: no configuration.
    expect(read('[{ "claimcheck": { "root": true } }]')).toEqual({ problems: [] });
    expect(read('{ "name": "claimcheck" }')).toEqual({ problems: [] });
  });
});

describe('findConfigs and mergeConfigs', () => {
  const files = {
    '/.claimcheckrc.yaml': 'severity: { parse: warning }\n',
    '/repo/.claimcheckrc.yaml': 'root: true\nrules: [house]\nseverity:\n  missing-source: error\n  loose: error\ntolerances: { hedge: 5% }\n',
    '/repo/desk/package.json': '{ "claimcheck": { "severity": { "missing-source": "off" }, "ignore": ["drafts/**"] } }',
    '/repo/desk/story/.claimcheckrc.json': '{ "tolerances": { "hedge": "20%" }, "rules": ["local"] }',
    '/repo/other/package.json': '{ "name": "no claimcheck key" }',
  };

  it('collects files from the folder upward, nearest first, and stops at root: true', () => {
    const chain = findConfigs('/repo/desk/story', host(files));
    expect(chain.files.map((f) => f.path)).toEqual(['/repo/desk/story/.claimcheckrc.json', '/repo/desk/package.json', '/repo/.claimcheckrc.yaml']);
  });

  it('merges nearer over farther key by key; lists add up, each from its own folder', () => {
    const config = mergeConfigs(findConfigs('/repo/desk/story', host(files)).files);
    expect(config.severity.get('missing-source')?.value).toBe('off'); // desk beats repo
    expect(config.severity.get('loose')?.value).toBe('error'); // only repo sets it
    expect(config.severity.has('parse')).toBe(false); // above root: true
    expect(config.tolerances.hedge?.value).toBe(0.2); // story beats repo
    expect(config.rulesDirs).toEqual(['/repo/house', '/repo/desk/story/local']);
    expect(config.ignore).toEqual([{ base: '/repo/desk', pattern: 'drafts/**' }]);
  });

  it('skips a package.json without the key', () => {
    expect(findConfigs('/repo/other', host(files)).files.map((f) => f.path)).toEqual(['/repo/.claimcheckrc.yaml']);
  });

  it('returns the problems of a broken file on the way up', () => {
    const broken = { ...files, '/repo/desk/.claimcheckrc.yaml': 'tolerances: { hedge: lots }\n' };
    const chain = findConfigs('/repo/desk/story', host(broken));
    expect(chain.files).toEqual([]);
    expect(chain.problems[0]!.span).toMatchObject({ file: 'desk/.claimcheckrc.yaml', line: 1, column: 22 });
  });

  it('reads exactly the named file for --config, and says when it is missing', () => {
    expect(readConfigFile('/repo/desk/package.json', host(files)).files).toHaveLength(1);
    expect(readConfigFile('/repo/nope.yaml', host(files)).problems[0]!.message).toContain('does not exist');
    expect(readConfigFile('/repo/other/package.json', host(files)).problems[0]!.message).toContain('no "claimcheck" key');
  });
});

describe('applying a configuration', () => {
  const rules = loadDefaultRules();
  const config = (text: string) => mergeConfigs([parseConfig({ text, path: '/r/.claimcheckrc.yaml', shown: '.claimcheckrc.yaml' }).config!]);

  it('builds new rules with the tolerances and severities, leaving the loaded rules alone', () => {
    const { rules: next, problems } = applyConfigToRules(rules, config('severity: { missing-source: error, uncovered-number: off }\ntolerances: { hedge: 5%, word: 1%, loose: 2%, significant_figures: 3, gross_factor: 4 }\n'));
    expect(problems).toEqual([]);
    expect(next.checks.get('missing-source')?.severity).toBe('error');
    expect(rules.checks.get('missing-source')?.severity).toBe('warning');
    expect(next.hedges.get('almost')?.tolerance).toBe(0.05);
    expect(rules.hedges.get('almost')?.tolerance).toBe(0.1);
    expect(next.numbers.wordTolerance).toBe(0.01);
    expect(next.numbers.significantFigures).toBe(3);
    expect(next.looseTolerance).toBe(0.02);
    expect(next.grossFactor).toBe(4);
  });

  it('reports a severity for a kind that does not exist, with a suggestion', () => {
    const { problems } = applyConfigToRules(rules, config('severity:\n  missing-sorce: off\n'));
    expect(problems[0]!.message).toContain("did you mean 'missing-source'");
    expect(problems[0]!.span).toMatchObject({ line: 2, column: 3 });
  });

  it("drops findings set to off and turns a claim's failure into a warning", () => {
    const span = { file: 'c.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
    const result: FileResult = {
      path: 'c.yaml',
      claims: [
        { ...span, name: 'a', verdict: 'fail', gross: false, message: 'm', kind: 'inconsistent', severity: 'error' },
        { ...span, name: 'b', verdict: 'error', gross: false, message: 'm', kind: 'dimension', severity: 'error' },
      ],
      findings: [
        { ...span, kind: 'uncovered-number', severity: 'warning', message: 'x' },
        { ...span, kind: 'missing-source', severity: 'warning', message: 'y' },
      ],
    };
    const out = applyConfigToResult(result, config('severity: { uncovered-number: off, inconsistent: off, dimension: error }\n'));
    expect(out.findings.map((f) => f.kind)).toEqual(['missing-source']);
    expect(out.claims.map((c) => c.severity)).toEqual(['warning', 'error']);
  });
});
