// init and units an article defines in brackets: "113.29 million tonnes (MT)"
// makes every later "117.51 MT" million tonnes. Before, init wrote "117.51 MT"
// as it stood and check read it as 117.51 megateslas (a quote-mismatch
// against "million tonnes" and a wrong dimension). Through the built binary,
// on the trial's real agriculture article.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runClaimcheck } from '../run-binary.js';



describe('init declares a unit the article defines', () => {
  it('"million tonnes (MT)": million_tonne with the alias MT, taken from mathjs with shadows:', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-defined-'));
    copyFileSync(resolve('test/fixtures/newsroom/agriculture-india-wheat-yield.txt'), join(dir, 'wheat.txt'));
    expect(runClaimcheck(['init', 'wheat.txt', '-o', 'wheat.claims.yaml'], dir).code).toBe(0);
    const written = readFileSync(join(dir, 'wheat.claims.yaml'), 'utf8');
    expect(written).toContain('million_tonne: { aliases: [ MT ], definition: 1000000 tonne, shadows: [ MT ] }');
    // Give every input a source, add a claim over two MT values ("annual production from 86.52 MT in 2014-15 to
    // 117.51 MT"), and check: 117.51 / 86.52 − 1 = 35.82% ("36%").
    const withClaim = `${written.replaceAll('source: TODO', 'source: test')}\nclaims:\n  rise:\n    compute: annual_production_mt_2 / annual_production_mt - 1\n    stated: 36%\n`;
    writeFileSync(join(dir, 'wheat.claims.yaml'), withClaim);
    const check = runClaimcheck(['wheat.claims.yaml', '--format', 'json'], dir);
    const report = JSON.parse(check.stdout) as { files: { findings: { severity: string; message: string }[]; claims: { name: string; verdict: string; computed?: { low: number } }[] }[] };
    const file = report.files[0]!;
    expect(file.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(file.claims[0]).toEqual(expect.objectContaining({ name: 'rise', verdict: 'pass' }));
    expect(file.claims[0]!.computed!.low).toBeCloseTo(0.35818, 4);
  });

  it('an abbreviation that means what mathjs means already is not declared: "5 kilometres (km)"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-defined-'));
    writeFileSync(join(dir, 'a.txt'), 'The road is 5 kilometres (km) long; the next is 7 km.\n');
    expect(runClaimcheck(['init', 'a.txt', '-o', 'a.claims.yaml'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'a.claims.yaml'), 'utf8')).not.toContain('units:');
  });
});
