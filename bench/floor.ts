/**
 * @file The benchmark's floor (bundled by bench/run.mjs into a temp folder):
 * what any checker built on these libraries pays before checking anything —
 * start Node, load yaml and mathjs (the parser and units, built the way
 * claimcheck builds them), and parse the claims files with yaml's
 * parseDocument. Prints nothing.
 */

import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { sharedMath } from '../src/mathjs/index.js';

const math = sharedMath();
math.parse('a / b');
math.unit(1, 'mi');
for (const path of process.argv.slice(2)) {
  const lineCounter = new LineCounter();
  parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: false });
}
