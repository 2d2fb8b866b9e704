// The README's "How it works" section is the map of the code: every folder
// of src/ must have a row there (with its one job), and every folder a row
// names must exist. Adding a stage without documenting it fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The text of README.md from "## How it works" to the next second-level heading. */
function howItWorks(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## How it works\n');
  expect(start).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The folders named in table rows as `src/NAME` (first or second cell). */
function foldersInTables(section: string): string[] {
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) continue;
    for (const m of line.matchAll(/^\|[^|]*?`src\/([a-z-]+)`|^\|[^|]*\|\s*`src\/([a-z-]+)`/g)) names.add((m[1] ?? m[2]) as string);
  }
  return [...names].sort();
}

describe('README architecture', () => {
  const section = howItWorks();
  const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('names every folder of src/ in a table row', () => {
    const named = new Set(foldersInTables(section));
    expect(folders.filter((f) => !named.has(f))).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    expect(foldersInTables(section).filter((f) => !folders.includes(f))).toEqual([]);
  });

  it('reads the rows it checks: the stage table and the shared table both count', () => {
    // 'resolve' has a row in the stage table (second cell), 'text' in the shared table (first cell).
    expect(foldersInTables(section)).toContain('resolve');
    expect(foldersInTables(section)).toContain('text');
    // And a section without a row for a folder is caught: drop the resolve row.
    const without = section.split('\n').filter((l) => !l.startsWith('| resolve |')).join('\n');
    expect(foldersInTables(without)).not.toContain('resolve');
  });
});
