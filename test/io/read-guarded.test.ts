// The guarded reader (src/io/read-guarded.ts): every way a file named in a
// pull request can try to make claimcheck read something it must not — a
// link out of the repository, a device, a FIFO, a folder, a link loop, a
// file larger than its kind's limit — is refused unread, with a sentence that
// names the file and holds nothing from it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateFolder as locate, MAX_BYTES, readGuarded as read, readGuardedText as readText, type RefusedFile } from '../../src/io/read-guarded.js';
import { phrase } from '../../src/findings/index.js';
import { worded } from '../worded.js';

// A refusal is a phrase with data; these wrappers word it with the default rules, as a report does.
function wordedRefusal<T extends { ok: boolean }>(result: T): T | (Omit<RefusedFile, 'reason'> & { reason: string }) {
  return result.ok ? result : { ...(result as unknown as RefusedFile), reason: worded((result as unknown as RefusedFile).reason) };
}
const readGuarded = (...args: Parameters<typeof read>) => wordedRefusal(read(...args));
const readGuardedText = (...args: Parameters<typeof readText>) => wordedRefusal(readText(...args));
const locateFolder = (path: string, root: string, what: string, shown: string) => wordedRefusal(locate(path, root, what === 'the rules folder' ? phrase('folder-kind-rules') : what, shown));

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cc-guard-'));
  mkdirSync(join(root, '.git'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const config = (path: string, extra: { maxBytes?: number } = {}) => readGuarded(join(root, path), { kind: 'config', root, shown: path, ...extra });

describe('readGuarded', () => {
  it('reads a regular file inside the repository', () => {
    writeFileSync(join(root, '.claimcheckrc.yaml'), 'root: true\n');
    const read = config('.claimcheckrc.yaml');
    expect(read.ok && read.bytes.toString()).toBe('root: true\n');
  });

  it('refuses a link to /proc/self/environ without reading it', () => {
    symlinkSync('/proc/self/environ', join(root, '.claimcheckrc.yaml'));
    const read = config('.claimcheckrc.yaml');
    expect(read).toEqual({
      ok: false,
      refusal: 'outside',
      reason: "the configuration file '.claimcheckrc.yaml' leads outside the repository being checked through a symbolic link, so it is not read; use a file inside the repository",
    });
  });

  it('refuses a link to /dev/zero and to /dev/stdin', () => {
    symlinkSync('/dev/zero', join(root, 'zero.yaml'));
    symlinkSync('/dev/stdin', join(root, 'stdin.yaml'));
    expect(config('zero.yaml')).toMatchObject({ ok: false, refusal: 'outside' });
    // /dev/stdin → /proc/self/fd/0 → a pipe, /dev/null or a terminal: outside whatever it resolves to.
    expect(config('stdin.yaml')).toMatchObject({ ok: false, refusal: 'outside' });
  });

  it('refuses a FIFO at once instead of waiting for a writer', () => {
    execFileSync('mkfifo', [join(root, 'pipe.yaml')]);
    expect(config('pipe.yaml')).toEqual({ ok: false, refusal: 'special', reason: "the configuration file 'pipe.yaml' is a named pipe (FIFO), not a regular file, so it is not read" });
  });

  it('refuses a folder named like a file, and a link to a folder', () => {
    mkdirSync(join(root, 'claims.yaml'));
    symlinkSync('claims.yaml', join(root, 'link.yaml'));
    expect(readGuarded(join(root, 'claims.yaml'), { kind: 'claims', root, shown: 'claims.yaml' })).toEqual({ ok: false, refusal: 'folder', reason: "the claims file 'claims.yaml' is a folder, not a file, so it is not read" });
    expect(config('link.yaml')).toMatchObject({ ok: false, refusal: 'folder' });
  });

  it('refuses a link loop', () => {
    symlinkSync('b.yaml', join(root, 'a.yaml'));
    symlinkSync('a.yaml', join(root, 'b.yaml'));
    expect(config('a.yaml')).toEqual({ ok: false, refusal: 'loop', reason: "the configuration file 'a.yaml' is a symbolic link that leads in a circle (a link loop), so it is not read" });
  });

  it('refuses a link to the folder above the repository', () => {
    symlinkSync('..', join(root, 'up.yaml'));
    expect(config('up.yaml')).toMatchObject({ ok: false, refusal: 'outside' });
  });

  it('refuses a path that leaves the repository as written, even when nothing is there', () => {
    // Whether ../../nope exists outside is not the claims file's business: the answer is the same.
    expect(config('../../nope.yaml')).toMatchObject({ ok: false, refusal: 'outside' });
  });

  it('refuses a file reached through a linked folder that leads out', () => {
    symlinkSync('/etc', join(root, 'evil'));
    expect(config('evil/passwd')).toMatchObject({ ok: false, refusal: 'outside', reason: expect.stringContaining('through a symbolic link') });
  });

  it('reads a file when the repository itself is reached through a link (as /tmp is on macOS)', () => {
    const alias = `${root}-alias`;
    symlinkSync(root, alias);
    writeFileSync(join(root, 'claims.yaml'), 'claims: {}\n');
    try {
      expect(readGuarded(join(alias, 'claims.yaml'), { kind: 'claims', root: alias })).toMatchObject({ ok: true });
      expect(readGuarded(join(alias, 'claims.yaml'), { kind: 'claims', root })).toMatchObject({ ok: true });
    } finally {
      rmSync(alias, { force: true });
    }
  });

  it('says plainly when the file does not exist', () => {
    expect(config('nope.yaml')).toEqual({ ok: false, refusal: 'missing', reason: "the configuration file 'nope.yaml' does not exist" });
  });

  it('reads up to the limit and refuses one byte more', () => {
    writeFileSync(join(root, 'ten.yaml'), '0123456789');
    writeFileSync(join(root, 'eleven.yaml'), '0123456789A');
    expect(config('ten.yaml', { maxBytes: 10 })).toMatchObject({ ok: true });
    expect(config('eleven.yaml', { maxBytes: 10 })).toMatchObject({ ok: false, refusal: 'too-large' });
  });

  it('names the size and the limit of an oversized file', () => {
    // 300 KB of configuration; the limit for configuration is 256 KB.
    writeFileSync(join(root, 'big.yaml'), Buffer.alloc(300 * 1024, 0x61));
    expect(MAX_BYTES.config).toBe(256 * 1024);
    expect(config('big.yaml')).toEqual({ ok: false, refusal: 'too-large', reason: "the configuration file 'big.yaml' is 300 KB; the limit is 256 KB, so it is not read" });
  });

  it('never shows a refused size as equal to the limit', () => {
    // 3,357 bytes against a 3 KB (3,072-byte) limit both round to "3 KB": the size is shown one step
    // finer (3.3 KB); 2 MB and one byte against 2 MB is 2.1 MB.
    writeFileSync(join(root, 'small-over.yaml'), Buffer.alloc(3357, 0x61));
    expect(config('small-over.yaml', { maxBytes: 3 * 1024 })).toMatchObject({ reason: "the configuration file 'small-over.yaml' is 3.3 KB; the limit is 3 KB, so it is not read" });
    writeFileSync(join(root, 'big-over.yaml'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
    expect(config('big-over.yaml', { maxBytes: 2 * 1024 * 1024 })).toMatchObject({ reason: "the configuration file 'big-over.yaml' is 2.1 MB; the limit is 2 MB, so it is not read" });
  });

  it('bounds the read even when the size on the descriptor says 0 (files in /proc)', () => {
    // /proc/self/status reports size 0 but holds about 1.4 KB: reading stops at limit + 1 and refuses.
    const read = readGuarded('/proc/self/status', { kind: 'config', root: '/', maxBytes: 100 });
    expect(read).toMatchObject({ ok: false, refusal: 'too-large', reason: expect.stringContaining('the limit is 1 KB') });
  });

  it('escapes a hostile file name in the message', () => {
    const read = config('evil\u001b[31m\nname.yaml');
    expect(!read.ok && read.reason).toBe("the configuration file 'evil\\x1b[31m\\nname.yaml' does not exist");
  });
});

describe('readGuardedText', () => {
  it('refuses a file holding NUL bytes as binary', () => {
    writeFileSync(join(root, 'article.txt'), Buffer.from('troops\u0000\u0000'));
    expect(readGuardedText(join(root, 'article.txt'), { kind: 'article', root, shown: 'article.txt' })).toEqual({ ok: false, refusal: 'unreadable', reason: "the article 'article.txt' is not text (it looks binary), so it is not read" });
  });
});

describe('locateFolder', () => {
  it('accepts a folder inside and refuses links out, loops and files', () => {
    mkdirSync(join(root, 'rules'));
    symlinkSync('/etc', join(root, 'etc'));
    symlinkSync('loop', join(root, 'loop'));
    writeFileSync(join(root, 'file'), '');
    expect(locateFolder(join(root, 'rules'), root, 'the rules folder', 'rules')).toMatchObject({ ok: true });
    expect(locateFolder(join(root, 'etc'), root, 'the rules folder', 'etc')).toMatchObject({ ok: false, refusal: 'outside', reason: expect.stringContaining('through a symbolic link') });
    expect(locateFolder(join(root, 'loop'), root, 'the rules folder', 'loop')).toMatchObject({ ok: false, refusal: 'loop' });
    expect(locateFolder(join(root, 'file'), root, 'the rules folder', 'file')).toMatchObject({ ok: false, refusal: 'special' });
  });
});
