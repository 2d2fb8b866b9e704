// as_of dates and max_age durations: ISO dates only (a real day), calendar
// months and years, ages as a person says them.
import { describe, expect, it } from 'vitest';
import { addDuration, describeAge, isoDate, parseDuration, parseIsoDate } from '../../src/facts/dates.js';

const day = (text: string): number => parseIsoDate(text)!;

describe('fact dates', () => {
  it('reads ISO dates and refuses anything else, including days that do not exist', () => {
    expect(isoDate(day('2024-12-23'))).toBe('2024-12-23');
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('23/12/2024')).toBeUndefined();
    expect(parseIsoDate('December 2024')).toBeUndefined();
  });

  it('adds days, weeks, calendar months (clamped to the month\'s end) and years', () => {
    expect(isoDate(addDuration(day('2024-10-01'), parseDuration('30 days')!))).toBe('2024-10-31');
    expect(isoDate(addDuration(day('2024-12-01'), parseDuration('2 weeks')!))).toBe('2024-12-15');
    expect(isoDate(addDuration(day('2025-01-31'), parseDuration('1 month')!))).toBe('2025-02-28');
    expect(isoDate(addDuration(day('2024-02-29'), parseDuration('1 year')!))).toBe('2025-02-28');
    expect(isoDate(addDuration(day('2023-06-15'), parseDuration('2 years')!))).toBe('2025-06-15');
    expect(parseDuration('a fortnight')).toBeUndefined();
  });

  it('says an age in days, months or years', () => {
    expect(describeAge(1)).toBe('1 day');
    expect(describeAge(59)).toBe('59 days');
    // 92 / 30.44 = 3.02 → 3 months; 730 / 365.25 = 1.998 → 2.0 years.
    expect(describeAge(92)).toBe('3 months');
    expect(describeAge(730)).toBe('2.0 years');
  });
});
