// Hostile writes (issue 5 §9): claimcheck writes files (`init`, `--merge`,
// `-o` reports) in folders a pull request can fill with traps. The write
// helper must be atomic (temporary file + rename: never a half-written file,
// no temporary file left behind), never follow a symbolic link out of the
// target's folder, and never replace an existing file unless asked to.
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, WriteRefused } from '../../src/cli/write-file.js';

let root: string;
let folder: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'claimcheck-write-'));
  folder = join(root, 'repo');
  outside = join(root, 'outside');
  mkdirSync(folder);
  mkdirSync(outside);
});
afterEach(() => {
  chmodSync(folder, 0o755);
  rmSync(root, { recursive: true, force: true });
});

/** Files in the folder other than the expected ones: leftovers of a write (temporary files). */
const entries = (dir: string) => readdirSync(dir).sort();

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file', () => {
    writeFileAtomic(join(folder, 'claims.yaml'), 'inputs: {}\n', { overwrite: false });
    expect(readFileSync(join(folder, 'claims.yaml'), 'utf8')).toBe('inputs: {}\n');
    expect(entries(folder)).toEqual(['claims.yaml']);
  });

  it('refuses to replace an existing file without overwrite (init without --force)', () => {
    writeFileSync(join(folder, 'claims.yaml'), 'ORIGINAL');
    expect(() => writeFileAtomic(join(folder, 'claims.yaml'), 'NEW', { overwrite: false })).toThrow(WriteRefused);
    expect(() => writeFileAtomic(join(folder, 'claims.yaml'), 'NEW', { overwrite: false })).toThrow(/already exists; use --force/);
    expect(readFileSync(join(folder, 'claims.yaml'), 'utf8')).toBe('ORIGINAL');
    expect(entries(folder)).toEqual(['claims.yaml']);
  });

  it('replaces an existing file with overwrite, by rename (a new inode, never truncated in place)', () => {
    const path = join(folder, 'report.json');
    writeFileSync(path, 'OLD');
    const before = lstatSync(path).ino;
    writeFileAtomic(path, 'NEW', { overwrite: true });
    expect(readFileSync(path, 'utf8')).toBe('NEW');
    expect(lstatSync(path).ino).not.toBe(before);
    expect(entries(folder)).toEqual(['report.json']);
  });

  it('never writes through a symbolic link to a file outside the folder, with or without overwrite', () => {
    const secret = join(outside, 'authorized_keys');
    writeFileSync(secret, 'SECRET');
    symlinkSync(secret, join(folder, 'report.json'));
    expect(() => writeFileAtomic(join(folder, 'report.json'), 'PWNED', { overwrite: true })).toThrow(/symbolic link that leads out of its folder/);
    expect(() => writeFileAtomic(join(folder, 'report.json'), 'PWNED', { overwrite: false })).toThrow(WriteRefused);
    expect(readFileSync(secret, 'utf8')).toBe('SECRET');
    expect(lstatSync(join(folder, 'report.json')).isSymbolicLink()).toBe(true);
    expect(entries(folder)).toEqual(['report.json']);
  });

  it('never creates a file through a dangling symbolic link', () => {
    const planted = join(outside, 'planted');
    symlinkSync(planted, join(folder, 'report.json'));
    expect(() => writeFileAtomic(join(folder, 'report.json'), 'PWNED', { overwrite: true })).toThrow(WriteRefused);
    expect(existsSync(planted)).toBe(false);
  });

  it('writes through a symbolic link that stays inside the folder (replacing its target atomically)', () => {
    writeFileSync(join(folder, 'real.json'), 'OLD');
    symlinkSync('real.json', join(folder, 'report.json'));
    writeFileAtomic(join(folder, 'report.json'), 'NEW', { overwrite: true });
    expect(readFileSync(join(folder, 'real.json'), 'utf8')).toBe('NEW');
    expect(lstatSync(join(folder, 'report.json')).isSymbolicLink()).toBe(true);
    expect(entries(folder)).toEqual(['real.json', 'report.json']);
  });

  it('refuses to replace a folder', () => {
    mkdirSync(join(folder, 'report.json'));
    expect(() => writeFileAtomic(join(folder, 'report.json'), 'NEW', { overwrite: true })).toThrow(/not a regular file/);
  });

  it('fails cleanly where nothing can be written: an error, the old file intact, no temporary file', () => {
    // Root ignores file modes, so as root the unwritable place is /proc (a read-only file system);
    // otherwise it is a folder made read-only (0555).
    const asRoot = process.getuid?.() === 0;
    const target = asRoot ? '/proc/claimcheck-report.json' : join(folder, 'report.json');
    if (!asRoot) {
      writeFileSync(target, 'OLD');
      chmodSync(folder, 0o555);
    }
    expect(() => writeFileAtomic(target, 'NEW', { overwrite: true })).toThrow(/EACCES|EPERM|ENOENT|EROFS/);
    expect(() => writeFileAtomic(target, 'NEW', { overwrite: true })).not.toThrow(WriteRefused);
    if (!asRoot) {
      chmodSync(folder, 0o755);
      expect(readFileSync(target, 'utf8')).toBe('OLD');
      expect(entries(folder)).toEqual(['report.json']);
    } else {
      expect(existsSync(target)).toBe(false);
    }
  });

  it('never writes into a folder that is a link leading out of the project (root)', () => {
    const outside = mkdtempSync(join(tmpdir(), 'cc-outside-'));
    symlinkSync(outside, join(folder, 'out'));
    expect(() => writeFileAtomic(join(folder, 'out', 'report.sarif'), 'PWNED', { root: folder })).toThrow(/leads out of the project/);
    expect(existsSync(join(outside, 'report.sarif'))).toBe(false);
    // A plain sub-folder of the project is fine.
    writeFileAtomic(join(folder, 'reports', 'report.sarif'), 'OK', { root: folder });
    expect(readFileSync(join(folder, 'reports', 'report.sarif'), 'utf8')).toBe('OK');
  });

  it('creates missing folders (as eslint -o and vitest --outputFile do), but none through a link leading out', () => {
    // `-o reports/2026/claims.sarif` in a fresh checkout: both folders are made.
    writeFileAtomic(join(folder, 'reports', '2026', 'claims.sarif'), 'OK', { root: folder });
    expect(readFileSync(join(folder, 'reports', '2026', 'claims.sarif'), 'utf8')).toBe('OK');
    // `out` leads outside: `-o out/a/b/report.sarif` is refused before any folder is made there (it made out/a/b first).
    symlinkSync(outside, join(folder, 'out'));
    expect(() => writeFileAtomic(join(folder, 'out', 'a', 'b', 'report.sarif'), 'PWNED', { root: folder })).toThrow(/leads out of the project/);
    expect(readdirSync(outside)).toEqual([]);
  });
});
