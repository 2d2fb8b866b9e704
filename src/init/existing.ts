/**
 * @file What `init --merge` needs from an existing claims file: its names,
 * quotes and declared units, read by the load stage (src/load: the one reader
 * of the claims format), and the file as a `yaml` Document to add entries to
 * without disturbing its own entries and comments.
 *
 * Pure: no I/O.
 */
import { isMap, parseDocument, type Document } from 'yaml';
import { loadClaimsFile } from '../load/index.js';
import type { UnitRule } from '../types.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue } from '../types.js';

/** An existing claims file, read for a merge. */
export interface ExistingFile {
  /** The file as a Document, to edit in place (comments kept). */
  doc: Document;
  /** Names of its inputs and claims. */
  names: string[];
  /** Quotes of its inputs and claims. */
  quotes: string[];
  /** Its `units:` as the load stage read them. */
  units: UnitRule[];
}

/**
 * Reads an existing claims file for a merge, or says why it cannot be merged
 * into (YAML errors, or not a mapping).
 */
export function readExisting(text: string, path: string): ExistingFile | { problem: MessageValue } {
  const { file, problems } = loadClaimsFile(text, path);
  const unusable = problems.some((p) => p.kind === 'yaml-syntax');
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (unusable || doc.errors.length > 0 || !(doc.contents === null || isMap(doc.contents))) {
    return { problem: phrase('init-existing-invalid') };
  }
  const declarations = [...file.inputs, ...file.claims];
  return {
    doc,
    names: declarations.map((d) => d.name),
    quotes: declarations.flatMap((d) => (d.quote ? [d.quote.value] : [])),
    units: file.units,
  };
}
