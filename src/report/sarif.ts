/**
 * @file The `sarif` formatter: a SARIF 2.1.0 log for code-scanning tools
 * (GitHub code scanning, Azure DevOps, IDE SARIF viewers). `tool.driver.rules`
 * has one rule per finding kind from the loaded `checks.yaml` table, with a
 * link to its docs; `results` has one result per finding and per claim that
 * does not pass, with its level (./severity.ts), a repo-relative location
 * under `%SRCROOT%` and a `partialFingerprints` entry from file + claim (or
 * message) + kind — not the line, so a result keeps its identity when lines
 * move. An accepted failure (`allow:`) carries a suppression with its reason.
 * Messages are shown text (code scanning puts them beside the diff): each
 * line goes through `safeText(…, 'terminal')`, so control characters and bidi
 * overrides are visible escapes; the whole log through `safeText(…, 'json')`.
 * Pure: the rules, the working folder and the version come in as options.
 */

import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { DOCS_URL } from '../findings/index.js';
import type { CheckReport, CheckRule, Span } from '../types.js';
import { safeText } from '../text/safe.js';
import { claimKind, claimLines, findingLines } from './details.js';
import { posixPath } from './location.js';
import { claimOutcome, findingOutcome, isReported, sarifLevel, sarifLevelOfSeverity } from './severity.js';
import { defineFormat } from './format.js';

/** The published SARIF 2.1.0 schema (OASIS errata 01). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where each finding kind is documented; a kind's section is `#<kind>`. */
const CHECKS_DOCS = DOCS_URL;
const INFORMATION_URI = 'https://github.com/claimcheck/claimcheck';
/** The base every artifact URI is relative to: the repository (working folder) root. */
const SRCROOT = '%SRCROOT%';
/** The `partialFingerprints` key; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'claimcheck/v1';

export interface SarifOptions {
  /** The finding kinds (the loaded `checks.yaml` table) — become `tool.driver.rules`. */
  rules: readonly CheckRule[];
  /** The working folder: URIs are relative to it, and it becomes `%SRCROOT%`. */
  cwd?: string;
  /** claimcheck's version, for `tool.driver.version`. */
  version?: string;
}

export function formatSarif(report: CheckReport, options: SarifOptions): string {
  const rules = options.rules.map(ruleDescriptor);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const results: Sarif.Result[] = [];

  const add = (kind: string, level: Sarif.Result.level, lines: string[], span: Span, identity: string, allowed?: string): void => {
    if (!ruleIndex.has(kind)) {
      // A kind the table does not describe (a project rule, an internal error) still gets a rule.
      ruleIndex.set(kind, rules.length);
      rules.push({ id: kind, shortDescription: { text: kind }, helpUri: `${CHECKS_DOCS}#${kind}` });
    }
    const uri = posixPath(span.file, options.cwd);
    const result: Sarif.Result = {
      ruleId: kind,
      ruleIndex: ruleIndex.get(kind)!,
      level,
      message: { text: lines.map((line) => safeText(line, 'terminal')).join('\n') },
      locations: [{ physicalLocation: physicalLocation(uri, span) }],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint([uri, identity, kind], seen) },
    };
    if (allowed !== undefined) result.suppressions = [{ kind: 'inSource', justification: safeText(allowed, 'terminal') }];
    results.push(result);
  };

  for (const file of report.files) {
    for (const claim of file.claims) {
      const outcome = claimOutcome(claim);
      if (!isReported(outcome)) continue;
      add(claimKind(claim), sarifLevel(outcome), claimLines(claim), { ...claim, file: file.path }, `claim:${claim.name}`, claim.allowed);
    }
    for (const finding of file.findings) {
      const outcome = findingOutcome(finding);
      if (!isReported(outcome)) continue;
      const identity = finding.claim !== undefined ? `claim:${finding.claim}` : `message:${finding.message}`;
      add(finding.kind, sarifLevel(outcome), findingLines(finding), finding, identity);
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'claimcheck',
        informationUri: INFORMATION_URI,
        ...(options.version !== undefined ? { version: options.version } : {}),
        rules,
      },
    },
    ...(options.cwd !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: folderUri(options.cwd) } } } : {}),
    columnKind: 'utf16CodeUnits',
    results,
  };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return `${safeText(JSON.stringify(log, null, 2), 'json')}\n`;
}

function ruleDescriptor(rule: CheckRule): Sarif.ReportingDescriptor {
  const helpUri = `${CHECKS_DOCS}#${rule.kind}`;
  return {
    id: rule.kind,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} Reported as: ${rule.message}` },
    help: {
      text: `${rule.description} See ${helpUri}`,
      markdown: `${rule.description}\n\n[Documentation of \`${rule.kind}\`](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: sarifLevelOfSeverity(rule.severity) },
  };
}

function physicalLocation(uri: string, span: Span): Sarif.PhysicalLocation {
  const artifactLocation: Sarif.ArtifactLocation = isAbsolute(uri) || /^[A-Za-z]:\//.test(uri)
    ? { uri: pathToFileURL(uri).href }
    : { uri: uri.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  if (span.line < 1) return { artifactLocation };
  const startColumn = Math.max(1, span.column);
  const endLine = Math.max(span.line, span.endLine);
  const endColumn = endLine === span.line ? Math.max(startColumn, span.endColumn) : Math.max(1, span.endColumn);
  return { artifactLocation, region: { startLine: span.line, startColumn, endLine, endColumn } };
}

/** The folder as a `file:` URI ending in `/`, as `originalUriBaseIds` requires. */
function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** node:crypto, loaded when a SARIF report is first written, not at every start (a few milliseconds). */
let nodeCrypto: typeof import('node:crypto') | undefined;

/**
 * A stable id for a result: sha-256 of its fields, plus `:n` for the n-th
 * result with the same fields (so two identical findings stay distinct).
 */
function fingerprint(fields: readonly string[], seen: Map<string, number>): string {
  nodeCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const hash = nodeCrypto.createHash('sha256').update(fields.join('\0')).digest('hex').slice(0, 32);
  const n = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, n);
  return `${hash}:${n}`;
}

/** `--format sarif` (registered by scripts/formats.mjs). */
export const format = defineFormat({
  name: 'sarif',
  extension: 'sarif',
  description: 'SARIF 2.1.0 for code scanning; its rules are the finding kinds in force.',
  order: 5,
  options: ['cwd', 'rules', 'version'],
  needs: ['rules'],
  streams: false,
  write: (report, o = {}) => formatSarif(report, { rules: o.rules ?? [], cwd: o.cwd, version: o.version }),
});
