/**
 * @file Writes numbers the way a journalist reads them: thousands separators,
 * "million"/"billion" for large amounts, percent for fractions written as
 * percent, a currency sign in front, units as `mi²`. Pure.
 */

import { formatDateDays } from '../units/index.js';

/** How to show values of one quantity. */
export interface Presentation {
  /** Unit expression the values are in (`soldier/mi^2`, `USD`, ``). */
  unit: string;
  /** The same unit for amounts other than one (`soldiers/mi^2`), when the unit has a plural. */
  pluralUnit?: string;
  display: 'plain' | 'percent' | 'points' | 'date';
  /** Currency sign for a leading currency unit (`$` for USD), if any. */
  currencySign?: string;
}

const SCALES: readonly [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** `mi^2/day` → `mi²/day`. */
export function prettyUnit(unit: string): string {
  return unit.replace(/\s+/g, '').replace(/\^(-?\d+)/g, (_m, digits: string) => [...digits].map((d) => SUPERSCRIPTS[d] ?? d).join(''));
}

/** Splits a currency unit off the front: `USD/year` with sign `$` → sign `$`, rest `/year`. */
function splitCurrency(p: Presentation): { sign: string; rest: string } {
  if (!p.currencySign) return { sign: '', rest: p.unit };
  const match = /^([A-Za-z_]+)(.*)$/.exec(p.unit);
  return { sign: p.currencySign, rest: match ? match[2]! : p.unit };
}

/**
 * A number with `decimals` decimals and thousands separators; large values as
 * "5.5 billion", with at least `significant` significant figures.
 */
export function formatNumber(x: number, decimals: number, significant = 3): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const sign = x < 0 ? '−' : '';
  const abs = Math.abs(x);
  for (const [size, word] of SCALES) {
    if (abs >= size) {
      const scaled = abs / size;
      // Keep at least 3 significant figures in the scaled number.
      const d = Math.max(decimals - Math.round(Math.log10(size)), significantDecimals(scaled, significant));
      return `${sign}${group(scaled, Math.min(d, 6))} ${word}`;
    }
  }
  return sign + group(abs, decimals);
}

const GROUPERS = new Map<number, Intl.NumberFormat>();

/** Grouped digits with at most `decimals` decimals; trailing zeros are dropped ("10.00" → "10"). */
function group(x: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 12));
  // One formatter per number of decimals: toLocaleString builds a new one on every call (2 s for 10,000 claims).
  let formatter = GROUPERS.get(d);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: true });
    GROUPERS.set(d, formatter);
  }
  const text = formatter.format(x);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Decimals needed to show `digits` significant figures of x. */
export function significantDecimals(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
}

/** Decimals of a written numeral ("7.5" → 1, "12,000" → 0). */
export function writtenDecimals(text: string): number {
  const match = /\d[\d,]*\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/**
 * The significant figures that show `x` exactly (3 to 8): an edge of what
 * the words admit must never print as a neighbouring value ("£225.5 million",
 * not "£226 million", for the lowest value "£226m" admits).
 */
export function exactSignificant(x: number): number {
  for (let s = 3; s < 8; s++) if (Math.abs(Number(x.toPrecision(s)) - x) <= 1e-12 * Math.abs(x)) return s;
  return 8;
}

/** One value with its unit: "55.49 years", "10.0%", "$5.5 billion", "191.3 soldier/mi²". */
export function formatValue(x: number, p: Presentation, decimals: number, significant = 3): string {
  if (p.display === 'date') return formatDateDays(x);
  if (p.display === 'percent' || p.display === 'points') {
    const suffix = p.display === 'points' ? ' percentage points' : '%';
    return `${formatNumber(x * 100, decimals, significant)}${suffix}`;
  }
  const { sign, rest } = splitCurrency(x === 1 || !p.pluralUnit ? p : { ...p, unit: p.pluralUnit });
  const number = formatNumber(x, decimals, significant);
  const unit = prettyUnit(rest);
  const neg = number.startsWith('−');
  const body = `${sign}${neg ? number.slice(1) : number}`;
  const withSign = neg ? `−${body}` : body;
  if (unit === '') return withSign;
  return unit.startsWith('/') ? `${withSign}${unit}` : `${withSign} ${unit}`;
}

/** A computed range: "10.0% to 27.3%", or one value when both ends round alike. */
export function formatRange(low: number, high: number, p: Presentation, decimals: number): string {
  const a = formatValue(low, p, decimals);
  const b = formatValue(high, p, decimals);
  return a === b ? a : `${a} to ${b}`;
}

/**
 * Decimals that show a computed value sensibly next to a stated one: four
 * significant figures, at least the stated number's decimals, and more where
 * fewer would print a value on the edge of the admissible set that it is not on.
 */
export function sensibleDecimals(values: readonly number[], statedDecimals: number, edges: readonly number[], scale = 1): number {
  const finite = values.filter(Number.isFinite).map((v) => v * scale);
  const smallest = finite.length ? Math.min(...finite.map(Math.abs).filter((v) => v > 0).concat([Infinity])) : 1;
  // Four significant figures, and never fewer decimals than the stated number has.
  let decimals = Math.max(statedDecimals, Number.isFinite(smallest) ? significantDecimals(smallest, 4) : 0);
  decimals = Math.min(decimals, 10);
  for (let extra = 0; extra < 4; extra++) {
    const d = decimals + extra;
    const collides = finite.some((v) => edges.some((e) => {
      const edge = e * scale;
      return Number.isFinite(edge) && v !== edge && round(v, d) === round(edge, d);
    }));
    if (!collides) return d;
  }
  return decimals + 4;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** A percentage for messages about distances: "8.1%", "0.04%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '∞%';
  const pct = fraction * 100;
  const d = pct >= 10 ? 1 : pct >= 1 ? 1 : Math.max(1, significantDecimals(pct, 1));
  return `${pct.toFixed(Math.min(d, 6))}%`;
}
