// The progress line of a long run (src/cli/progress.ts): on standard error,
// only at a terminal, never in CI or with --quiet, never in the report, and
// only for a run that goes on past a second. The drawing is driven with a
// clock and a writer of our own; the whole command runs under a pseudo-
// terminal (util-linux `script`) and without one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { progressLine, showsProgress, type StopSignal } from '../../src/cli/progress.js';
// @ts-expect-error — a plain .mjs script shared with the benchmark; no types.
import { writeClaims } from '../../bench/generate.mjs';

const ERASE = '\r\x1b[K';

/** A progress line on a clock the test moves, writing into `out`; `signal` stands for Ctrl-C or `kill`, `died` for what the process died of. */
function drawn(columns?: number, level: 0 | 1 = 0) {
  let clock = 5000;
  const out: string[] = [];
  let stopped: ((signal: StopSignal) => void) | undefined;
  const listening: boolean[] = [];
  const died: StopSignal[] = [];
  const line = progressLine({
    write: (text) => out.push(text),
    now: () => clock,
    words: (done, total) => `checked ${done} of ${total} files`,
    columns: () => columns,
    chalk: new Chalk({ level }),
    listen: (on) => {
      stopped = on;
      listening.push(true);
      return () => {
        stopped = undefined;
        listening.push(false);
      };
    },
    nextTurn: () => Promise.resolve(),
    die: (signal) => {
      out.push(`<died of ${signal}>`);
      died.push(signal);
    },
  });
  return { line, out, at: (ms: number) => { clock = 5000 + ms; }, signal: (name: StopSignal) => stopped?.(name), listening, died };
}

describe('progressLine', () => {
  it('draws nothing in the first second, then at most every 100 ms, and never for the last file', () => {
    const { line, out, at } = drawn();
    at(999);
    line.onFile(1, 10);
    expect(out).toEqual([]);
    // Nothing drawn: nothing to erase.
    line.clear();
    expect(out).toEqual([]);
    at(1000);
    line.onFile(2, 10);
    expect(out).toEqual([`${ERASE}checked 2 of 10 files`]);
    // 99 ms after the last redraw: not yet; 100 ms: redrawn.
    at(1099);
    line.onFile(3, 10);
    at(1100);
    line.onFile(4, 10);
    expect(out).toEqual([`${ERASE}checked 2 of 10 files`, `${ERASE}checked 4 of 10 files`]);
    // The last file: the report comes next, so no line for it.
    at(5000);
    line.onFile(10, 10);
    expect(out).toHaveLength(2);
    line.clear();
    expect(out.at(-1)).toBe(ERASE);
    // Erased once: a second clear writes nothing.
    line.clear();
    expect(out).toHaveLength(3);
  });

  it('cuts the line to the terminal width (one column spare), so it never wraps past what "erase line" erases', () => {
    const { line, out, at } = drawn(12);
    at(2000);
    line.onFile(1, 500);
    // "checked 1 of 500 files" cut to 11 columns
    expect(out).toEqual([`${ERASE}checked 1 o`]);
  });

  it('is dim only when colour is on', () => {
    const { line, out, at } = drawn(undefined, 1);
    at(2000);
    line.onFile(1, 2);
    expect(out).toEqual([`${ERASE}\x1b[2mchecked 1 of 2 files\x1b[22m`]);
  });
});

describe('a run stopped while its line is drawn', () => {
  it('listens only once the line is drawn; Ctrl-C erases the line, then the process dies of the signal', () => {
    const { line, out, at, signal, listening, died } = drawn();
    // The first second: nothing drawn, nothing listening, so the signal's default stops the run at once.
    at(500);
    expect(line.onFile(1, 10)).toBeUndefined();
    expect(listening).toEqual([]);
    at(1000);
    // A redraw hands the run a turn of the event loop, where the signal is taken.
    expect(line.onFile(2, 10)).toBeInstanceOf(Promise);
    expect(listening).toEqual([true]);
    // Not drawn again within 100 ms: no turn asked for.
    at(1050);
    expect(line.onFile(3, 10)).toBeUndefined();
    signal('SIGINT');
    // Erased first, then the same signal ends the process (status 130 at the shell); no longer listening.
    expect(out).toEqual([`${ERASE}checked 2 of 10 files`, ERASE, '<died of SIGINT>']);
    expect(died).toEqual(['SIGINT']);
    expect(listening).toEqual([true, false]);
  });

  it('a SIGTERM while the line is erased (a file\'s output on the terminal) writes nothing more before dying', () => {
    const { line, out, at, signal, died } = drawn();
    at(1000);
    void line.onFile(2, 10);
    line.clear();
    signal('SIGTERM');
    expect(out).toEqual([`${ERASE}checked 2 of 10 files`, ERASE, '<died of SIGTERM>']);
    expect(died).toEqual(['SIGTERM']);
  });

  it('stops listening when the run ends, and draws nothing after', () => {
    const { line, out, at, listening } = drawn();
    at(1000);
    void line.onFile(2, 10);
    line.end();
    expect(out).toEqual([`${ERASE}checked 2 of 10 files`, ERASE]);
    expect(listening).toEqual([true, false]);
    at(2000);
    expect(line.onFile(3, 10)).toBeUndefined();
    expect(out).toHaveLength(2);
  });
});

describe('showsProgress', () => {
  it('only at a terminal, never in CI, on a dumb terminal or with --quiet', () => {
    const at = { quiet: false, env: { TERM: 'xterm-256color' }, stderrIsTTY: true };
    expect(showsProgress(at)).toBe(true);
    expect(showsProgress({ ...at, stderrIsTTY: false })).toBe(false);
    expect(showsProgress({ ...at, quiet: true })).toBe(false);
    // GitHub Actions, GitLab CI and most others set CI=true; CI=1 too.
    for (const ci of ['true', '1', 'yes']) expect(showsProgress({ ...at, env: { CI: ci } })).toBe(false);
    for (const ci of ['', 'false', '0']) expect(showsProgress({ ...at, env: { CI: ci } })).toBe(true);
    expect(showsProgress({ ...at, env: { TERM: 'dumb' } })).toBe(false);
  });
});

describe('the progress line of a long run', { timeout: 180_000 }, () => {
  // 800 claims files of 20 claims, each with its article: 16,000 claims, about 2 s of checking on a quiet machine (bench: ~136 µs a claim at 500 files), so the line is due.
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-progress-'));
  writeClaims(join(dir, 'archive'), 16_000, { perFile: 20, withArticle: true });
  const bin = resolve('dist/claimcheck.js');
  const scriptAvailable = existsSync('/usr/bin/script');
  const env = (extra: Record<string, string> = {}) => ({ PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...extra });

  /** `claimcheck ARGS` with standard output and standard error on a pseudo-terminal: what the terminal showed. */
  function onTerminal(args: string[], extra: Record<string, string> = {}): { shown: string; code: number | null } {
    const command = [process.execPath, bin, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    // -q: no "Script started" lines; -e: its exit status is the command's; -c: run this; /dev/null: keep no typescript file.
    const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: env(extra), maxBuffer: 256 * 1024 * 1024 });
    return { shown: r.stdout, code: r.status };
  }

  it.runIf(scriptAvailable)('shows "checked N of 800 files" on standard error while a JSON report is written to a file, and erases it at the end', () => {
    const { shown, code } = onTerminal(['archive', '--format', 'json', '-o', 'report.json'], { NO_COLOR: '1' });
    // The generated files have failing claims on purpose: exit 1.
    expect(code).toBe(1);
    const lines = [...shown.matchAll(/\r\x1b\[Kchecked ([\d,]+) of 800 files \((\d+)%\)/g)];
    expect(lines.length).toBeGreaterThan(0);
    for (const [, done, percent] of lines) {
      const n = Number(done!.replaceAll(',', ''));
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(800);
      expect(Number(percent)).toBe(Math.floor((n / 800) * 100));
    }
    // Erased at the end: nothing else shown, the terminal left on a clean line; no colour codes under NO_COLOR.
    expect(shown.replace(/\r\x1b\[Kchecked [\d,]+ of 800 files \(\d+%\)/g, '')).toBe('\r\x1b[K');
    // The report itself holds none of it.
    const report = readFileSync(join(dir, 'report.json'), 'utf8');
    expect(report).not.toContain('checked');
    expect((JSON.parse(report) as { files: unknown[] }).files).toHaveLength(800);
  });

  it.runIf(scriptAvailable)('shows nothing in CI, with --quiet, or for a single file', () => {
    expect(onTerminal(['archive', '--format', 'junit', '-o', 'ci.xml'], { CI: 'true' }).shown).toBe('');
    // --quiet: no progress, even with the report going to a file.
    expect(onTerminal(['archive', '--quiet', '-o', 'quiet.txt']).shown).toBe('');
    // One file is done when its first progress would be drawn.
    expect(onTerminal(['archive/part-000.claims.yaml', '--format', 'sarif', '-o', 'one.sarif']).shown).toBe('');
  });

  it.runIf(scriptAvailable)('Ctrl-C while the line is shown erases it and ends the run with status 130, before the run would have ended', async () => {
    // Ctrl-C typed at the pseudo-terminal (script copies its standard input there): the terminal sends SIGINT, as a person's would.
    const command = [process.execPath, bin, 'archive', '--format', 'json', '-o', 'stopped.json'].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: dir, env: env({ NO_COLOR: '1' }), stdio: ['pipe', 'pipe', 'ignore'] });
    let shown = '';
    let typed = false;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      shown += text;
      if (!typed && /checked [\d,]+ of 800 files/.test(shown)) {
        typed = true;
        child.stdin.write('\x03');
      }
    });
    const code = await new Promise<number | null>((done) => child.on('close', (status) => done(status)));
    expect(typed).toBe(true);
    // 128 + 2 (SIGINT): what a shell shows for a run stopped by Ctrl-C.
    expect(code).toBe(130);
    // Stopped early: the last line drawn says fewer than 800 files.
    const drawnLines = [...shown.matchAll(/checked ([\d,]+) of 800 files/g)];
    expect(Number(drawnLines.at(-1)![1]!.replaceAll(',', ''))).toBeLessThan(800);
    // The terminal echoes ^C after the line; the line (and the ^C with it) is erased last, so the prompt starts on a clean line.
    expect(shown.endsWith(ERASE)).toBe(true);
    expect(shown.slice(shown.lastIndexOf('^C'))).toMatch(/^\^C(\r\x1b\[Kchecked [\d,]+ of 800 files \(\d+%\))*\r\x1b\[K$/);
    // No half-written report: reports are written whole, at the end.
    expect(existsSync(join(dir, 'stopped.json'))).toBe(false);
  });

  it('writes nothing on standard error when it is not a terminal (a CI log, a pipe)', () => {
    const r = spawnSync(process.execPath, [bin, 'archive', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: env(), maxBuffer: 256 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('{\n  "version": 1,')).toBe(true);
    expect(r.status).toBe(1);
  });
});
