/**
 * @file Calendar dates as quantities (spec news-language §8): an ISO date
 * (`2024-12-23`) is a point in time, kept as seconds since 1970-01-01 UTC in
 * its own dimension `DATE`. Only a few operations mean something on dates,
 * and the evaluate stage allows just those: date − date is a duration (time),
 * date ± duration is a date, and min/max pick a date.
 *
 * Pure: string and number work only.
 */

import type { Dimension, ResolvedUnit } from '../types.js';

/** The dimension key of a date. */
export const DATE_KEY = 'DATE';

/** A date's dimension. */
export const DATE_DIMENSION: Dimension = { [DATE_KEY]: 1 };

/** The unit a date quantity is written in: one day since 1970-01-01, so SI values are seconds since then. */
export const DATE_UNIT: ResolvedUnit = { expression: 'date', factor: 86400, dimension: DATE_DIMENSION };

/** True for the dimension of a date. */
export function isDateDimension(d: Dimension): boolean {
  const keys = Object.keys(d).filter((k) => d[k] !== 0);
  return keys.length === 1 && keys[0] === DATE_KEY && d[DATE_KEY] === 1;
}

/** True when a date appears in a dimension at all (alone or mixed with others). */
export function involvesDate(d: Dimension): boolean {
  return (d[DATE_KEY] ?? 0) !== 0;
}

/** The day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`, or undefined when it is not one or not a real day. */
export function isoDateDays(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March: a real day reads back the same.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / 86_400_000;
}

/** A day number as an ISO date, with the time of day when it is not midnight: `2024-12-23`, `2026-06-30 21:00`. */
export function formatDateDays(days: number): string {
  if (!Number.isFinite(days)) return String(days);
  const minutes = Math.round(days * 1440);
  const date = new Date(minutes * 60_000);
  if (Number.isNaN(date.getTime())) return String(days);
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
