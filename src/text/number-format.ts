/**
 * @file Every number claimcheck writes, formatted one cheap way: no `Intl`
 * (the first `Intl.NumberFormat` of a process costs about 15 ms of ICU
 * set-up, and `toLocaleString` builds a new formatter on every call).
 * Digits come from the number's shortest round-trip form (`String(x)`),
 * rounded half away from zero on its decimal digits — what `Intl`'s `en-US`
 * formatting does (1.005 to 2 decimals is "1.01", where `toFixed` says
 * "1.00") — and thousands are grouped by hand.
 *
 * - {@link formatSignificant}: up to 4 significant digits, for traces and the
 *   evaluate stage's messages ("20270", "0.2727");
 * - {@link formatGrouped}: grouped digits with at most N decimals ("12,345.6");
 * - {@link formatAmount}: a journalist's number ("5.5 billion", "−1,200");
 * - {@link formatPresented}: an amount with its unit, percent, currency sign
 *   or date ("$5.5 billion", "10.0%", "191.3 soldiers/mi²");
 * - {@link formatInterval}: an SI interval with its unit ("1100 to 3000 soldier").
 *
 * Pure: string building only.
 */

import { formatDateDays } from '../units/date.js';

/** How to show values of one quantity. */
export interface Presentation {
  /** Unit expression the values are in (`soldier/mi^2`, `USD`, ``). */
  unit: string;
  /** The same unit for amounts other than one (`soldiers/mi^2`), when the unit has a plural. */
  pluralUnit?: string;
  display: 'plain' | 'percent' | 'points' | 'date';
  /** Currency sign for a leading currency unit (`$` for USD), if any. */
  currencySign?: string;
  /** Money's decimals when a fraction shows (its currency's `decimals:` rule; 2 when absent: pence, cents; 0 for yen). */
  minorDecimals?: number;
  /** Values are changes: a positive one shows its plus sign ("+9.503%"; zero and negatives as always). */
  signed?: boolean;
}

/** Whether values of this presentation are money: a leading currency ("$", "£/person"), shown with whole units or its currency's decimals. */
export function isMoney(p: Presentation): boolean {
  return p.display === 'plain' && p.currencySign !== undefined && p.currencySign !== '';
}

/** The decimals money of this presentation shows when a fraction shows (2 for pence and cents, 0 for yen); undefined when it is not money. */
export function moneyDecimals(p: Presentation): number | undefined {
  return isMoney(p) ? p.minorDecimals ?? 2 : undefined;
}

/** A number with up to `digits` significant digits and no trailing zeros: 20266.26 → "20270", 0.272727 → "0.2727". */
export function formatSignificant(x: number, digits = 4): string {
  if (x === 0) return '0';
  return String(Number(x.toPrecision(digits)));
}

/**
 * A non-negative finite number rounded to `d` decimals, half away from zero,
 * on the digits of its shortest round-trip form: "1234.57" for 1234.5678 and 2.
 */
function roundedDigits(abs: number, d: number): string {
  const text = String(abs); // "123.456", "1e-7", "1.2345e+21"
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // The value is 0.<digits> × 10^point: `point` digits stand before the decimal point.
  const point = (dot < 0 ? mantissa.length : dot) + (e < 0 ? 0 : Number(text.slice(e + 1)));
  const keep = point + d;
  let n: string;
  if (keep < 0) n = '0';
  else {
    n = digits.length >= keep ? digits.slice(0, keep) : digits + '0'.repeat(keep - digits.length);
    if ((digits[keep] ?? '0') >= '5') n = increment(n);
    if (n === '') n = '0';
  }
  n = n.padStart(d + 1, '0');
  const whole = n.slice(0, n.length - d).replace(/^0+(?=\d)/, '');
  return d === 0 ? whole : `${whole}.${n.slice(n.length - d)}`;
}

/** A string of decimal digits plus one: "0999" → "1000", "" → "1". */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * Grouped digits with at most `decimals` decimals (0–12); trailing zeros are
 * dropped ("10.00" → "10"): 1234567.891 with 2 → "1,234,567.89". The same
 * text as `Intl.NumberFormat('en-US')`, minus sign '-' included.
 */
export function formatGrouped(x: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 12));
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '-∞' : 'NaN';
  const negative = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  // Nothing to round when the shortest form has no exponent and no more
  // decimals than asked for ("54.5" to 2 decimals): it is the answer, with no
  // trailing zeros to drop. Most edges and stated values are such numbers.
  const plain = String(abs);
  const dot = plain.indexOf('.');
  let fixed: string;
  if (!plain.includes('e') && (dot < 0 || plain.length - dot - 1 <= d)) fixed = plain;
  else {
    fixed = roundedDigits(abs, d);
    if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  }
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed : fixed.slice(0, point);
  let grouped = whole;
  if (whole.length > 3) {
    const first = whole.length % 3 || 3;
    grouped = whole.slice(0, first);
    for (let i = first; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  }
  const text = point < 0 ? grouped : grouped + fixed.slice(point);
  // As Intl writes it: a negative that rounds to zero is "-0".
  return negative ? `-${text}` : text;
}

const SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** Decimals needed to show `digits` significant figures of x. */
export function significantDecimals(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
}

/**
 * A number with `decimals` decimals and thousands separators; large values as
 * "5.5 billion", with at least `significant` significant figures. Negative
 * numbers take a true minus sign ("−1,200").
 */
export function formatAmount(x: number, decimals: number, significant = 3): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const sign = x < 0 ? '−' : '';
  const abs = Math.abs(x);
  for (const [size, word] of SCALES) {
    if (abs >= size) {
      const scaled = abs / size;
      // Keep at least 3 significant figures in the scaled number.
      const d = Math.max(decimals - Math.round(Math.log10(size)), significantDecimals(scaled, significant));
      return `${sign}${formatGrouped(scaled, Math.min(d, 6))} ${word}`;
    }
  }
  return sign + formatGrouped(abs, decimals);
}

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Units already written, by expression: a check writes the same few units for thousands of values. */
const prettyUnits = new Map<string, string>();
/** Distinct units remembered at most; past this the memory starts again. */
const MAX_PRETTY_UNITS = 256;

/** `mi^2/day` → `mi²/day`. */
export function prettyUnit(unit: string): string {
  if (unit === '') return '';
  let pretty = prettyUnits.get(unit);
  if (pretty === undefined) {
    pretty = writeUnit(unit);
    if (prettyUnits.size >= MAX_PRETTY_UNITS) prettyUnits.clear();
    prettyUnits.set(unit, pretty);
  }
  return pretty;
}

function writeUnit(unit: string): string {
  return unit
    .replace(/\s+/g, '')
    .replace(/\^(-?\d+)/g, (_m, digits: string) => [...digits].map((d) => SUPERSCRIPTS[d] ?? d).join(''))
    // Degrees as news writes them: "62.62 °F", not mathjs's "degF".
    .replace(/\bdeg([CF])\b/g, '°$1');
}

/** Splits a currency unit off the front: `USD/year` with sign `$` → sign `$`, rest `/year`. */
function splitCurrency(p: Presentation): { sign: string; rest: string } {
  if (!p.currencySign) return { sign: '', rest: p.unit };
  const match = /^([A-Za-z_]+)(.*)$/.exec(p.unit);
  return { sign: p.currencySign, rest: match ? match[2]! : p.unit };
}

/** One value with its unit: "55.49 years", "10.0%", "$5.5 billion", "191.3 soldier/mi²". */
export function formatPresented(x: number, p: Presentation, decimals: number, significant = 3): string {
  if (p.display === 'date') return formatDateDays(x);
  if (p.display === 'percent' || p.display === 'points') {
    const suffix = p.display === 'points' ? ' percentage points' : '%';
    const amount = formatAmount(x * 100, decimals, significant);
    return `${p.signed && x > 0 && /[1-9]/.test(amount) ? '+' : ''}${amount}${suffix}`;
  }
  const { sign, rest } = splitCurrency(x === 1 || !p.pluralUnit ? p : { ...p, unit: p.pluralUnit });
  const minor = moneyDecimals(p);
  // Money never shows fewer decimals than its currency has, other than none: rounded
  // to two for pounds (269,230.77, not 269,230.8 padded to .80); yen show what they are given.
  const amount = formatAmount(x, minor !== undefined && decimals > 0 && decimals < minor ? minor : decimals, significant);
  const number = minor !== undefined ? inPence(amount, minor) : amount;
  const unit = prettyUnit(rest);
  const neg = number.startsWith('−');
  const body = `${sign}${neg ? number.slice(1) : number}`;
  const withSign = neg ? `−${body}` : body;
  if (unit === '') return withSign;
  return unit.startsWith('/') ? `${withSign}${unit}` : `${withSign} ${unit}`;
}

/**
 * Money's digits with a fraction show its currency's decimals, as pence or
 * cents: a trailing zero dropped by rounding to two decimals comes back
 * ("753.70", the value 753.699 to 2 decimals); "375", "5.5 billion" stay.
 */
function inPence(digits: string, minor: number): string {
  const match = /^[−-]?[\d,]+\.(\d+)$/.exec(digits);
  return match && match[1]!.length < minor ? digits + '0'.repeat(minor - match[1]!.length) : digits;
}

/** A computed range: "10.0% to 27.3%", or one value when both ends round alike. */
export function formatRange(low: number, high: number, p: Presentation, decimals: number): string {
  const a = formatPresented(low, p, decimals);
  const b = formatPresented(high, p, decimals);
  return a === b ? a : `${a} to ${b}`;
}

/** A percentage for messages about distances: "8.1%", "0.04%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '∞%';
  const pct = fraction * 100;
  const d = pct >= 10 ? 1 : pct >= 1 ? 1 : Math.max(1, significantDecimals(pct, 1));
  return `${pct.toFixed(Math.min(d, 6))}%`;
}

/** An interval in words with its unit (already written): "1100 to 3000 soldier", "0.1", "2.012e+5 m^2". */
export function formatInterval(v: { low: number; high: number }, unit: string): string {
  const numbers = v.low === v.high ? formatSignificant(v.low) : `${formatSignificant(v.low)} to ${formatSignificant(v.high)}`;
  return unit === '' ? numbers : `${numbers} ${unit}`;
}
