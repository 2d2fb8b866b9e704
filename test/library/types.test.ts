// A TypeScript user of the library gets real types: `npm run build` writes
// the declarations package.json's `types` names (dist/types/index.d.ts), and
// a consumer that imports 'claimcheck' type-checks against them — a wrong
// call is a type error, not an `any` that lets anything through.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let dir = '';

beforeAll(() => {
  // The declarations, as `npm run build` writes them.
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.types.json'], { cwd: ROOT, stdio: 'pipe' });
  dir = mkdtempSync(join(tmpdir(), 'claimcheck-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'claimcheck'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
    files: ['use.ts'],
  }));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function typeCheck(source: string): { status: number | null; output: string } {
  writeFileSync(join(dir, 'use.ts'), source);
  const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the library as a TypeScript user imports it', { timeout: 60_000 }, () => {
  it('package.json names declarations that the build writes', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { types: string };
    expect(existsSync(join(ROOT, pkg.types))).toBe(true);
  });

  it('a right use type-checks; the result is typed down to a claim\'s verdict', () => {
    const { status, output } = typeCheck([
      "import { check, exitStatus, type CheckReport } from 'claimcheck';",
      "const report: CheckReport = await check(['claims.yaml'], { cwd: '.' });",
      "const verdicts: string[] = report.files.flatMap((f) => f.claims.map((c) => c.verdict));",
      'const status: number = exitStatus(report);',
      'console.log(verdicts, status);',
      '',
    ].join('\n'));
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('a wrong use is a type error (the types are not `any`)', () => {
    const { status, output } = typeCheck([
      "import { check } from 'claimcheck';",
      "const report = await check('claims.yaml');",
      'const n: number = report.files[0]!.claims[0]!.verdict;',
      'console.log(n);',
      '',
    ].join('\n'));
    expect(status).not.toBe(0);
    // A string where a list of paths goes, and a verdict (a string) where a number goes.
    expect(output).toContain("use.ts(2,");
    expect(output).toContain("use.ts(3,");
  });
});
