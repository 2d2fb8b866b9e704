// The VS Code extension in editors/vscode/ packages: its bundle builds and
// `vsce package` makes a .vsix holding the manifest and the bundle, with no
// node_modules (the language client is bundled) and no publishing. vsce
// packages offline: it reads only the extension folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTENSION = resolve('editors/vscode');

describe('the VS Code extension', () => {
  it('builds and packages into a .vsix that starts `claimcheck lsp`', () => {
    const out = mkdtempSync(join(tmpdir(), 'claimcheck-vsix-'));
    try {
      const built = spawnSync(process.execPath, [join(EXTENSION, 'build.mjs')], { encoding: 'utf8' });
      expect(built.stderr).toBe('');
      expect(built.status).toBe(0);
      const bundle = readFileSync(join(EXTENSION, 'dist/extension.js'), 'utf8');
      // The client is inside the bundle; only VS Code's own module is required from outside.
      expect(bundle).toContain('"lsp"');
      expect(bundle).not.toMatch(/require\("vscode-languageclient/);

      const vsix = join(out, 'claimcheck.vsix');
      const packed = spawnSync(process.execPath, [resolve('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], {
        cwd: EXTENSION, encoding: 'utf8', input: '',
      });
      expect(packed.stderr + packed.stdout).toContain('DONE');
      expect(packed.status).toBe(0);
      // A .vsix is a zip: its entry names are stored as plain text.
      const zip = readFileSync(vsix).toString('latin1');
      expect(zip.startsWith('PK')).toBe(true);
      for (const name of ['extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.js', 'extension/readme.md']) expect(zip).toContain(name);
      expect(zip).not.toContain('extension/node_modules/');
      expect(zip).not.toContain('extension/src/');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
