// Builds a ClaimsFile by hand (with its YAML source text and real spans) so
// the resolve tests do not depend on the loader. Layout:
//
//   1 inputs:
//   2   a: { value: 1 }          ← input name span: line 2, column 3
//   3 claims:
//   4   x:                       ← claim name span: line 4, column 3
//   5     compute: a / b         ← compute span: line 5, column 14
import type { ClaimsFile, Span, UnitRule } from '../../src/types.js';

export const FILE = 'claims.yaml';

function span(line: number, column: number, length: number): Span {
  return { file: FILE, line, column, endLine: line, endColumn: column + length };
}

/** Quotes a scalar the way a person would when YAML needs it. */
function scalar(text: string): string {
  return /^[\s\-?[\]{}!&*|>'"%@`#,]|[:#]\s|[:"'{}[\],%]/.test(text) ? `'${text.replace(/'/g, "''")}'` : text;
}

export function claimsFile(
  inputs: readonly string[],
  claims: Readonly<Record<string, string>>,
  units: UnitRule[] = [],
): ClaimsFile {
  const lines = ['inputs:'];
  const file: ClaimsFile = { path: FILE, source: '', units, inputs: [], claims: [], ignore: [] };
  for (const name of inputs) {
    lines.push(`  ${name}: { value: 1 }`);
    const line = lines.length;
    file.inputs.push({
      name,
      span: span(line, 3, name.length),
      value: { form: 'text', text: '1', span: span(line, 3 + name.length + 11, 1) },
    });
  }
  lines.push('claims:');
  for (const [name, compute] of Object.entries(claims)) {
    lines.push(`  ${name}:`);
    const nameLine = lines.length;
    const written = scalar(compute);
    lines.push(`    compute: ${written}`);
    file.claims.push({
      name,
      span: span(nameLine, 3, name.length),
      compute: { value: compute, span: span(nameLine + 1, 14, written.length) },
    });
  }
  file.source = `${lines.join('\n')}\n`;
  return file;
}
