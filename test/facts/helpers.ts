// A repository in a temporary folder for the facts tests: a .git folder (so
// it is the repository root), the files given, and a secret outside it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path → text) under a new repository; returns its folder. */
export function makeRepo(files: Record<string, string>): { base: string; repo: string } {
  const base = mkdtempSync(join(tmpdir(), 'claimcheck-facts-'));
  const repo = join(base, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  writeFileSync(join(base, 'secret.yaml'), 'inputs:\n  secret: { value: 1, source: SECRET-TOKEN-12345 }\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return { base, repo };
}

/** Lines joined with newlines (YAML in tests reads line by line). */
export const yaml = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** A facts file with 12,000 soldiers (line 4) and its unit. */
export const WORLD = yaml(
  /* 1 */ 'units:',
  /* 2 */ '  soldier: { aliases: [soldiers] }',
  /* 3 */ 'inputs:',
  /* 4 */ '  troops:',
  /* 5 */ '    value: 12,000 soldiers',
  /* 6 */ '    source: South Korea\'s intelligence service',
  /* 7 */ '    as_of: "2024-10-01"',
  /* 8 */ '    category: casualty-toll',
);
