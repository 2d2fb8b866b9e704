/**
 * @file Every sentence the judge writes, as templates with `{named}`
 * placeholders, so the wording lives in one table and code only supplies data.
 */

export const WHY = {
  passPrecision: '{computed} is within what "{stated}" allows by its written precision: {admissible}',
  passWord: '{computed} is within what "{stated}" allows: {admissible} ({tolerance} either side of {value})',
  passHedge: "passes because '{hedge}' allows {admissible}",
  passTolerance: '{computed} is within the claim\'s tolerance of "{stated}": {admissible}',
  passPointInRange: '{computed} lies between {from} and {to}, the range "{stated}" allows',
  passRangeEnds: 'the low end {low} is within what "{a}" allows ({lowAdmissible}) and the high end {high} within what "{b}" allows ({highAdmissible})',
  passPartly: 'holds for part of the inputs\' range: {admissible} is reached by some of the values the inputs allow',
  warn: '{computed} is {distance} {side}{relative} {bound}, the {edge} value "{stated}" allows: close, but not what the written words say',
  warnOnBound: '{computed} is exactly on the bound {bound}, which "{stated}" excludes',
  fail: '{computed} is {distance} {side}{relative} {bound}, the nearest value "{stated}" allows',
  failExact: '{computed} is not {stated}: a whole count written in digits is exact, so a difference of {difference} is wrong, not close',
  failFar: '{computed} is far {side} {bound}, the nearest value "{stated}" allows',
  failRangeEnd: 'the {end} end {computed} is {distance} {side}{relative} {bound}, the nearest value "{part}" allows',
  gross: ' — off by a factor of {factor}{cause}',
  grossSign: ' — it has the opposite sign{cause}',
  passDate: '{computed} falls on {stated}',
  failDate: '{computed} is {days} {side} {stated}: a date is exact, so any other day is wrong',
  quoteLost: 'the quote was not found, so the claim cannot be checked against the article; the arithmetic alone gives {verdict}: {message} ({why})',
  info: 'nothing is stated for this claim: computed and shown, not judged',
  dimension: 'computed {computedDimension}, stated {statedDimension}{cause}',
} as const;

export const CONDITION = {
  atMost: 'holds only if {input} ≤ {high}',
  atLeast: 'holds only if {input} ≥ {low}',
  between: 'holds only if {low} ≤ {input} ≤ {high}',
  wouldAtMost: 'would hold only if {input} were at most {high} (it is {range})',
  wouldAtLeast: 'would hold only if {input} were at least {low} (it is {range})',
  wouldBetween: 'would hold only if {input} were between {low} and {high} (it is {range})',
} as const;

/** Likely causes of a gross error, by the ratio between computed and stated. */
export const GROSS_CAUSES = {
  hundred: ' (a percentage written as a plain number, or the reverse?)',
  thousand: ' (a scale word — thousand, million, billion — missing or extra?)',
  percentPoints: ' (a percentage-point change written as a percent?)',
  ratio: ' (a ratio where a change was meant? new ÷ old − 1 is {change})',
  sign: ' (a subtraction the wrong way round?)',
} as const;
