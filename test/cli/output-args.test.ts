// -o FILE and --output FORMAT:FILE as parseCommandLine reads them.
import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';

const options = (...argv: string[]) => parseCommandLine(argv).options;

describe('-o and --output', () => {
  it('splits FORMAT:FILE reports from the -o FILE for the chosen format', () => {
    const o = options('c.yaml', '--format', 'github', '-o', 'a.txt', '--output', 'sarif:out/r.sarif', '--output', 'junit:junit.xml');
    expect(o.format).toBe('github');
    expect(o.output).toBe('a.txt');
    expect(o.outputs).toEqual([{ format: 'sarif', file: 'out/r.sarif' }, { format: 'junit', file: 'junit.xml' }]);
  });

  it('keeps colons after the first, and takes a one-letter prefix for a Windows drive', () => {
    expect(options('--output', 'json:C:\\r.json').outputs).toEqual([{ format: 'json', file: 'C:\\r.json' }]);
    expect(options('-o', 'C:\\report.txt').output).toBe('C:\\report.txt');
  });

  it('refuses an unknown format, a missing file, two -o and a file named twice', () => {
    expect(() => options('--output', 'xml:r.xml')).toThrow(expect.objectContaining({ name: 'UsageError', message: '--output xml:r.xml: the format must be one of pretty, json, github, junit, sarif, html (got "xml")' }));
    expect(() => options('--output', 'sarif:')).toThrow(/name the file after the colon, e\.g\. --output sarif:report\.sarif/);
    expect(() => options('-o', 'a', '-o', 'b')).toThrow(/-o FILE can be given once/);
    expect(() => options('--output', 'sarif:r', '--output', 'junit:r')).toThrow('r is named as an output more than once');
  });

  it('refuses a format name given as the file: the colon and file forgotten', () => {
    // "--output sarif" wrote the pretty report to a file named "sarif" and said nothing.
    expect(() => options('c.yaml', '--output', 'sarif')).toThrow(expect.objectContaining({ name: 'UsageError', message: 'sarif is a format, not a file: write --output sarif:report.sarif, or --format sarif -o report.sarif' }));
    expect(() => options('c.yaml', '-o', 'junit')).toThrow(/junit is a format, not a file: write --output junit:report\.xml/);
    // A file that merely starts like one is a file.
    expect(options('-o', 'json.out').output).toBe('json.out');
  });

  it('takes the format from -o FILE when --format is not given: -o report.json is JSON, not pretty text in a .json file', () => {
    expect(options('c.yaml', '-o', 'report.json').format).toBe('json');
    expect(options('c.yaml', '-o', 'out/Report.HTML').format).toBe('html');
    expect(options('c.yaml', '-o', 'r.sarif').format).toBe('sarif');
    expect(options('c.yaml', '-o', 'junit.xml').format).toBe('junit');
    expect(options('merge', 'a.json', '-o', 'merged.sarif').format).toBe('sarif');
    // .txt is both pretty's and github's: the default stays; so for any other name, standard output, and --output FORMAT:FILE.
    expect(options('c.yaml', '-o', 'report.txt').format).toBe('pretty');
    expect(options('c.yaml', '-o', 'report').format).toBe('pretty');
    expect(options('c.yaml', '-o', '-').format).toBe('pretty');
    expect(options('c.yaml', '--output', 'json:r.json').format).toBe('pretty');
    // A --format given wins over the file's name.
    expect(options('c.yaml', '--format', 'github', '-o', 'annotations.json').format).toBe('github');
    // init's -o is the claims file it writes, never a report.
    expect(options('init', 'story.md', '-o', 'claims.json').format).toBe('pretty');
  });

  it('accepts every format name for --format', () => {
    for (const format of ['pretty', 'json', 'github', 'junit', 'sarif', 'html']) expect(options('--format', format).format).toBe(format);
    expect(() => options('--format', 'xml')).toThrow(UsageError);
  });
});
