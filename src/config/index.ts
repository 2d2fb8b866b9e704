/**
 * @file claimcheck's configuration (`.claimcheckrc.yaml`, `.claimcheckrc.json`
 * or package.json's `"claimcheck"` key): reading, finding from a folder
 * upward, merging, applying to the rules and results, printing. Pure: files
 * are read through the caller's `ConfigHost`.
 */

export * from './types.js';
export { CONFIG_KEYS, parseConfig, SEVERITY_SETTINGS, type ConfigSource } from './parse.js';
export { CONFIG_FILE_NAMES, findConfigs, readConfigFile, type ConfigChain, type ConfigHost } from './find.js';
export { emptyConfig, mergeConfigs } from './merge.js';
export { applyConfigToResult, applyConfigToRules, changesRules } from './apply.js';
export { formatConfig } from './print.js';
