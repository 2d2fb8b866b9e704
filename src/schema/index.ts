/**
 * @file The claims-file JSON Schema at check time: validation of a file's
 * data against schema/claims.schema.json, as positioned findings. Pure.
 */

export { schemaProblems, withSchemaFindings, type SchemaProblem } from './validate.js';
export { locate, pointerSegments } from './locate.js';
