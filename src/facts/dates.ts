/**
 * @file Dates and durations of shared facts: `as_of` (an ISO date such as
 * 2024-12-23), `max_age` ("30 days", "6 months", "2 years") and a fact's age
 * on the run's date. Calendar arithmetic in UTC: "1 month" after 31 January is
 * the last day of February, "1 year" after 29 February 2024 is 28 February
 * 2025. Pure: no clock (the caller passes the date).
 */

import { DURATION_PATTERN } from '../rules/tables.js';

/** A calendar date (UTC midnight) in days since 1970-01-01. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** Reads an ISO calendar date (YYYY-MM-DD, a real day); `undefined` for anything else. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/** The ISO text of a day number. */
export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A `max_age`: a whole or decimal number of days, weeks, months or years. */
export interface Duration {
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

/** Reads a duration ("30 days", "2 years", "1 month"); `undefined` when it is not one. */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_PATTERN.exec(text);
  if (!m) return undefined;
  const amount = Number(m[1]);
  const word = m[2]!.toLowerCase().replace(/s$/, '') as Duration['unit'];
  return { amount, unit: word };
}

/** The day a duration after `start` ends on (months and years by the calendar, clamped to the month's last day). */
export function addDuration(start: DayNumber, d: Duration): DayNumber {
  if (d.unit === 'day') return start + d.amount;
  if (d.unit === 'week') return start + d.amount * 7;
  const months = d.unit === 'month' ? d.amount : d.amount * 12;
  const whole = Math.floor(months);
  const date = new Date(start * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + whole;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const end = Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
  // A fraction of a month counts as that fraction of 30 days.
  return end + Math.round((months - whole) * 30);
}

/** An age in days, as a person says it: "12 days", "5 months", "1.9 years". */
export function describeAge(days: number): string {
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 730) return `${Math.floor(days / 30.44)} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}
