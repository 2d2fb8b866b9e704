export const REPO_TIMEOUT_MS: number;
export const MEMORY_CAP_BYTES: number;
export const CAP_METHOD: 'prlimit' | 'ulimit' | 'none';
export const TARGETS: Record<string, { path: string; folder?: boolean; at: RegExp }>;
export const HOSTILE: Record<string, (path: string) => void>;
export const COMMANDS: Record<string, { args: string[]; baseline: number; reads: Record<string, number>; unreported?: string[]; watch?: boolean; lsp?: boolean }>;
export interface RepositoryCase { target: string; hostile: string; name: string }
export interface CommandRun { code: number | null; signal: string | null; timedOut: boolean; stdout: string; stderr: string; ms: number; peakRssKb?: number }
export function listRepositoryCases(): RepositoryCase[];
export function prepareRepository(testCase: { target?: string; hostile?: string }): string;
export function newCanary(): string;
export function runCommand(command: string, dir: string, canary: string, options?: { rss?: boolean }): Promise<CommandRun>;
export function expectationFor(command: string, target: string | undefined): { exit: number; positioned: boolean };
export function problemsWithRun(run: { command: string; target?: string }, result: CommandRun, canary: string): string[];
export const TIMED_CASES: Record<string, (dir: string) => void>;
