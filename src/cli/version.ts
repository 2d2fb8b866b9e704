/**
 * @file claimcheck's own version, as the build writes it in (package.json's
 * `version`); undefined when the sources run unbundled (the unit tests).
 * Written into JSON and SARIF reports (`--version` keeps its own literal:
 * test/cli/code-cache.test.ts edits it in the bundle).
 */

declare const CLAIMCHECK_VERSION: string | undefined;

/** The release running, or undefined outside a build. */
export const RELEASE: string | undefined = typeof CLAIMCHECK_VERSION === 'string' ? CLAIMCHECK_VERSION : undefined;
