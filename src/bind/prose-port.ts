/**
 * @file The bind stage's one entry into the prose reader (src/prose): kept in
 * one place so the stage reads numbers the same way everywhere.
 *
 * Pure: no I/O.
 */
export { numberContext, readProse, type ProseKind, type ProseNumber } from '../prose/index.js';
