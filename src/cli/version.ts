/**
 * @file claimcheck's own version, as the build writes it in (package.json's
 * `version`); undefined when the sources run unbundled (the unit tests).
 * Shown by `--version`, written into JSON and SARIF reports.
 */

declare const CLAIMCHECK_VERSION: string | undefined;

/** The release running, or undefined outside a build. */
export const RELEASE: string | undefined = typeof CLAIMCHECK_VERSION === 'string' ? CLAIMCHECK_VERSION : undefined;
