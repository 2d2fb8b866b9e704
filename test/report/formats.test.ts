// Output formats register themselves: each src/report file that exports
// `format = defineFormat({...})` is a format, and scripts/formats.mjs writes
// the registry from those files. What a new format needs is that one file:
// its name, extension, the options it reads, what the run gathers for it,
// whether it streams, and its pure writer.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script shared with the build; no types.
import { generateFormatsRegistry, REGISTRY_PATH } from '../../scripts/formats.mjs';
import { FORMAT_BY_NAME, FORMAT_NAMES, formatters, formatsNeed } from '../../src/report/index.js';
import { sampleReport } from './sample-report.js';

describe('the formats registry', () => {
  it('is up to date with the format files (npm run build rewrites it)', () => {
    expect(readFileSync(REGISTRY_PATH as string, 'utf8')).toBe(generateFormatsRegistry());
  });

  it('lists the six formats in their documented order, each with an extension and a writer', () => {
    expect(FORMAT_NAMES).toEqual(['pretty', 'json', 'github', 'junit', 'sarif', 'html']);
    expect(FORMAT_NAMES.map((n) => FORMAT_BY_NAME[n].extension)).toEqual(['txt', 'json', 'txt', 'xml', 'sarif', 'html']);
    for (const name of FORMAT_NAMES) expect(formatters[name](sampleReport()).length).toBeGreaterThan(0);
  });

  it('says what each format needs gathered: frames for pretty, rules for sarif, marked articles for html', () => {
    expect(FORMAT_NAMES.filter((n) => formatsNeed([n], 'sources'))).toEqual(['pretty']);
    expect(FORMAT_NAMES.filter((n) => formatsNeed([n], 'rules'))).toEqual(['sarif']);
    expect(FORMAT_NAMES.filter((n) => formatsNeed([n], 'views'))).toEqual(['html']);
    // json and pretty are written file by file on standard output (src/cli/check-command.ts)
    expect(FORMAT_NAMES.filter((n) => FORMAT_BY_NAME[n].streams)).toEqual(['pretty', 'json']);
  });

  it('registers a new format from its one file', () => {
    const root = mkdtempSync(join(tmpdir(), 'claimcheck-formats-'));
    cpSync('src/report', join(root, 'src/report'), { recursive: true });
    writeFileSync(join(root, 'src/report/csv.ts'), [
      "import { defineFormat } from './format.js';",
      'export const format = defineFormat({',
      "  name: 'csv', extension: 'csv', description: 'One row per claim.', order: 7, options: [], needs: [], streams: false,",
      "  write: (report) => report.files.flatMap((f) => f.claims.map((c) => `${f.path},${c.name},${c.verdict}\\n`)).join(''),",
      '});',
    ].join('\n'));
    const registry = generateFormatsRegistry(root) as string;
    expect(registry).toContain("import { format as csvFormat } from './csv.js';");
    expect(registry).toMatch(/FORMAT_DEFINITIONS = \[csvFormat, githubFormat, htmlFormat, jsonFormat, junitFormat, prettyFormat, sarifFormat\]/);
  });
});
