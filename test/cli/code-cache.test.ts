// dist/claimcheck.js runs the bundle dist/claimcheck.cjs with a V8 code cache
// (src/cli/cached-start.ts). Whatever state the cache is in — none yet, a good
// one, garbage, a folder that cannot be created — the output and the exit
// status are the same. Runs a copy of the built package in a temporary folder,
// so its cache (node_modules/.cache/claimcheck inside the package) is its own.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-code-cache-'));
  copies.push(dir);
  for (const part of ['dist', 'rules', 'schema', 'package.json']) cpSync(resolve(part), join(dir, part), { recursive: true });
  return dir;
}

function run(pkg: string) {
  // The failing fixture: 233,062 / 11.5 days = 55.49 years against "50" — exit 1 with a trace.
  const r = spawnSync(process.execPath, [join(pkg, 'dist/claimcheck.js'), 'failing.claims.yaml', '--format', 'json'], {
    cwd: resolve('test/fixtures/cli'),
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A folder with a claims.yaml that makes a long run: the failing fixture's claim 1,000 times
 * (233,062 / 11.5 days = 55.49 years against "50"), 76 KB, and a comment that takes the file
 * over the 512 KB that makes a run long (src/cli/tier-up.ts).
 */
function longClaimsFolder(): string {
  const claims = mkdtempSync(join(tmpdir(), 'cc-long-run-'));
  copies.push(claims);
  const fixture = readFileSync(resolve('test/fixtures/cli/failing.claims.yaml'), 'utf8');
  const claim = fixture.slice(fixture.indexOf('  years_to_conquer:'));
  const many = Array.from({ length: 1000 }, (_, i) => claim.replace('years_to_conquer', `years_to_conquer_${i}`)).join('');
  writeFileSync(join(claims, 'claims.yaml'), `${fixture.slice(0, fixture.indexOf('  years_to_conquer:'))}${many}# ${'x'.repeat(460 * 1024)}\n`);
  expect(statSync(join(claims, 'claims.yaml')).size).toBeGreaterThan(512 * 1024);
  return claims;
}

describe('the code cache', () => {
  it('is written by the first run and changes nothing in later runs, even when it is garbage', () => {
    const pkg = copyPackage();
    const cacheDir = join(pkg, 'node_modules/.cache/claimcheck');
    const first = run(pkg);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('"verdict": "fail"');
    const files = readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
    expect(files).toHaveLength(1);
    // A rewritten cache is a new file renamed over the old one: a new inode.
    const written = statSync(join(cacheDir, files[0]!)).ino;
    const cached = run(pkg);
    expect(cached).toEqual(first);
    // V8 accepts the cache in the next run (same Node, same flags, including the
    // tier-up budget dist/claimcheck.js sets): a rejected cache would be written again.
    expect(statSync(join(cacheDir, files[0]!)).ino).toBe(written);
    // Garbage where the cache was: V8 rejects it, the run is the same, and a good cache replaces it.
    const file = join(cacheDir, files[0]!);
    writeFileSync(file, Buffer.alloc(4096, 7));
    expect(run(pkg)).toEqual(first);
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(run(pkg)).toEqual(first);
  });

  it('written by a long run (which gives V8 its own tier-up budget back) is used by the next short run', () => {
    const pkg = copyPackage();
    const cacheDir = join(pkg, 'node_modules/.cache/claimcheck');
    const claims = longClaimsFolder();
    const long = spawnSync(process.execPath, [join(pkg, 'dist/claimcheck.js'), 'claims.yaml', '--format', 'json'], { cwd: claims, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(long.status).toBe(1);
    expect(JSON.parse(long.stdout).summary.fail).toBe(1000);
    const files = readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
    expect(files).toHaveLength(1);
    const written = statSync(join(cacheDir, files[0]!)).ino;
    // V8 stamps its cache with its flags: had the lowered budget been left in place, this start
    // (raised budget) would reject the cache and write it again, a new file with a new inode.
    expect(run(pkg).code).toBe(1);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toEqual(files);
    expect(statSync(join(cacheDir, files[0]!)).ino).toBe(written);
  });

  it('written by a long first run still holds what the start compiled, though V8 dropped unused bytecode during the run', () => {
    // V8 drops the bytecode of functions that have not run for a few full collections; a long
    // run's start functions (rules, units, the command line) are such, and a cache made at its end
    // once lacked them for good. These flags make V8 do at once what a 5,000-file run does over
    // minutes: every collection is a full one, and bytecode unused since the last one is dropped.
    // Made that way, the cache of the long run was 740 KB against the short run's 906 KB (both
    // having lost bytecode); the run that writes a cache now keeps all of it: 1.35 MB, 1.28 MB.
    const flags = ['--gc-global', '--bytecode-old-age=1'];
    const cacheSize = (pkg: string): number => {
      const dir = join(pkg, 'node_modules/.cache/claimcheck');
      const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));
      expect(files).toHaveLength(1);
      return statSync(join(dir, files[0]!)).size;
    };
    const longPkg = copyPackage();
    const long = spawnSync(process.execPath, [...flags, join(longPkg, 'dist/claimcheck.js'), 'claims.yaml', '--format', 'json'], { cwd: longClaimsFolder(), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(long.status).toBe(1);
    expect(JSON.parse(long.stdout).summary.fail).toBe(1000);
    const shortPkg = copyPackage();
    const short = spawnSync(process.execPath, [...flags, join(shortPkg, 'dist/claimcheck.js'), 'failing.claims.yaml', '--format', 'json'], { cwd: resolve('test/fixtures/cli'), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(short.status).toBe(1);
    // The long run compiled nearly every function the short one did (same claim, same report
    // format) and more: a short run also compiles a few small ones a long run never calls (its
    // start's own paths), so without any dropping the long run's cache is about 1.5 KB smaller,
    // 1,306,400 against 1,307,880 bytes, and 0.1-0.3% smaller with these flags once the long file
    // took the fast YAML route too. The defect this guards made it 18% smaller (740 vs 906 KB).
    expect(cacheSize(longPkg)).toBeGreaterThan(cacheSize(shortPkg) * 0.99);
    // And the short run's cache is what it is without the flags: nothing of its own was dropped either.
    const plainPkg = copyPackage();
    expect(run(plainPkg).code).toBe(1);
    expect(cacheSize(shortPkg)).toBeGreaterThan(cacheSize(plainPkg) * 0.95);
  });

  it('is the one a profiled run uses: Node\'s --cpu-prof options (V8 does not stamp the cache with them) do not name a cache of their own', () => {
    const pkg = copyPackage();
    const cacheDir = join(pkg, 'node_modules/.cache/claimcheck');
    const caches = () => readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
    const expected = run(pkg);
    const [cache] = caches();
    const written = statSync(join(cacheDir, cache!)).ino;
    // A profile goes to a new folder each time, both ways of giving it: the same cache, taken as it is (a rejected one would be written again).
    for (const profile of [['--cpu-prof', `--cpu-prof-dir=${join(pkg, 'profile-1')}`], ['--cpu-prof-dir', join(pkg, 'profile-2'), '--cpu-prof']]) {
      const r = spawnSync(process.execPath, [...profile, join(pkg, 'dist/claimcheck.js'), 'failing.claims.yaml', '--format', 'json'], { cwd: resolve('test/fixtures/cli'), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
      expect(caches()).toEqual([cache]);
      expect(statSync(join(cacheDir, cache!)).ino).toBe(written);
    }
    expect(readdirSync(join(pkg, 'profile-1')).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(1);
    expect(readdirSync(join(pkg, 'profile-2')).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(1);
    // A V8 flag does change what V8 accepts, so it names a cache of its own.
    const r = spawnSync(process.execPath, ['--stack-size=900', join(pkg, 'dist/claimcheck.js'), 'failing.claims.yaml', '--format', 'json'], { cwd: resolve('test/fixtures/cli'), encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(r.status).toBe(1);
    expect(caches()).toHaveLength(2);
  });

  it('made by --version, holds too little for a check: the first check writes a full one, which later runs keep', () => {
    const pkg = copyPackage();
    const cacheDir = join(pkg, 'node_modules/.cache/claimcheck');
    const caches = () => readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).sort();
    const version = () => spawnSync(process.execPath, [join(pkg, 'dist/claimcheck.js'), '--version'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(version().status).toBe(0);
    // --version compiled little of the bundle: its cache is a partial one.
    const [partial] = caches();
    expect(caches()).toHaveLength(1);
    expect(partial).toMatch(/\.partial\.bin$/);
    // --help uses it and leaves it as it is (a second command other than check writes nothing).
    const written = statSync(join(cacheDir, partial!)).ino;
    expect(spawnSync(process.execPath, [join(pkg, 'dist/claimcheck.js'), '--help'], { encoding: 'utf8' }).status).toBe(0);
    expect(statSync(join(cacheDir, partial!)).ino).toBe(written);
    // The first check writes the full cache in its place; the report is the one a run without a cache prints.
    const expected = run(copyPackage());
    expect(run(pkg)).toEqual(expected);
    const [full] = caches();
    expect(caches()).toEqual([partial!.replace(/\.partial\.bin$/, '.bin')]);
    // Later runs, a check or --version, use the full cache and write nothing.
    const kept = statSync(join(cacheDir, full!)).ino;
    expect(run(pkg)).toEqual(expected);
    expect(version().stdout).toBe(`${JSON.parse(readFileSync(resolve('package.json'), 'utf8')).version as string}\n`);
    expect(caches()).toEqual([full]);
    expect(statSync(join(cacheDir, full!)).ino).toBe(kept);
  });

  it('is not used for a bundle changed after the build, even when its length is the same', () => {
    const pkg = copyPackage();
    const version = () => spawnSync(process.execPath, [join(pkg, 'dist/claimcheck.js'), '--version'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } }).stdout;
    const built = JSON.parse(readFileSync(resolve('package.json'), 'utf8')).version as string;
    expect(version()).toBe(`${built}\n`);
    expect(version()).toBe(`${built}\n`);
    // The version is a literal in the bundle, so in the cached bytecode too. V8 checks
    // only a cache's source length: an edit of the same length with the old cache
    // would still print the old version.
    const bundle = join(pkg, 'dist/claimcheck.cjs');
    const edited = `${built.replace(/^\d/, (d) => String((Number(d) + 1) % 10))}`;
    const text = readFileSync(bundle, 'utf8');
    expect(text.split(`process.stdout.write(\`${built}`).length).toBe(2);
    writeFileSync(bundle, text.replace(`process.stdout.write(\`${built}`, `process.stdout.write(\`${edited}`));
    expect(version()).toBe(`${edited}\n`);
  });

  it('changes nothing when the package\'s cache folder cannot be created (the temporary directory\'s is used instead)', () => {
    const pkg = copyPackage();
    // node_modules is a file: node_modules/.cache/claimcheck cannot exist.
    writeFileSync(join(pkg, 'node_modules'), 'not a folder');
    const expected = run(copyPackage());
    expect(run(pkg)).toEqual(expected);
    expect(run(pkg)).toEqual(expected);
  });
});
