/**
 * @file The units stage: the unit registry (mathjs built-ins plus custom
 * units), dimension algebra and the reserved-word check.
 *
 * Pure: no I/O. Imports only from src/types.ts and mathjs.
 */

export { createUnitRegistry, literalNumber, type UnitRegistry } from './registry.js';
export {
  combinesTo,
  divideDimensions,
  isPlainNumber,
  likelyCause,
  type UnitWordsOf,
  multiplyDimensions,
  powerDimension,
  sameDimension,
} from './dimension.js';
export { reservedMeaning } from './reserved.js';
export { computeNumber, PERCENT_SYMBOL, showPercent } from './compute-numbers.js';
export { declarationFor, pluralOfUnit } from './plural.js';
export { computesReading, isTemperatureReading, onScale, type ReadingScope } from './temperature.js';
export { DATE_DIMENSION, DATE_KEY, DATE_UNIT, formatDateDays, involvesDate, isDateDimension, isoDateDays } from './date.js';
export type { MathJsInstance } from 'mathjs';
