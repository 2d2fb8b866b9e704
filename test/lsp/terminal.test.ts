// `claimcheck lsp` typed on a terminal waited in silence for an editor's
// messages (and Ctrl+D then ended it with exit 1 and nothing said): on a
// terminal it now says what the command is for and exits 2. The terminal is
// a real pseudo-terminal made by util-linux `script`, as a user's shell has.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve('dist/claimcheck.js');

describe('claimcheck lsp on a terminal', () => {
  it('says it is for editors and exits 2, instead of waiting', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} lsp --stdio`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', timeout: 20_000, env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    // The pseudo-terminal turns each \n into \r\n.
    expect(r.stdout.replace(/\r\n/g, '\n')).toBe("claimcheck: lsp is the language server an editor starts (claimcheck lsp --stdio): it reads the editor's messages on standard input, not a terminal; to check files, run claimcheck with their names\n");
  });
});
