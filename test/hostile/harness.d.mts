// Types for harness.mjs, so the hostile suite type-checks with the rest of the tests.

/** A case's expected.json (see the header of harness.mjs for each field). */
export interface Expected {
  about: string;
  args?: string[];
  generate?: string;
  exit: 0 | 1 | 2;
  kind?: string;
  verdict?: string;
  claim?: string;
  messageIncludes?: string;
  line?: number;
  column?: number;
  computed?: { file: number; claim: string; low: number; high: number };
  outputExcludes?: string[];
  alsoPretty?: boolean;
  hangGuardMs?: number;
}

export interface HostileCase {
  name: string;
  expected: Expected;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

export const HOSTILE_DIR: string;
export const BIN: string;
export const SPAWN_TIMEOUT_MS: number;
export const GENERATORS: Record<string, (dir: string) => void>;
export function listCases(): string[];
export function loadCase(name: string): HostileCase;
export function prepareCase(testCase: HostileCase): string;
export function runBinary(args: string[], cwd: string, env?: Record<string, string>, timeout?: number): Promise<Run>;
export function runCase(testCase: HostileCase, dir: string): Promise<{ json: Run; pretty: Run | undefined }>;
export function pool(limit: number): <T>(task: () => Promise<T>) => Promise<T>;
export function itemsOf(report: unknown): Array<Record<string, unknown>>;
export function problemsWith(testCase: HostileCase, runs: { json: Run; pretty: Run | undefined }): string[];
