// The newsroom trial: twelve real articles from fields the prose corpus does
// not cover (housing, energy, transport, public health, weather, migration,
// pensions, agriculture, tech), each with a claims file written by hand
// before the tool was run (test/fixtures/newsroom/, sources in its README).
// Every claim's verdict below was worked out by hand in the claims file's
// header comment; the articles' own slips are there too and must warn or
// fail. Each file must also bind cleanly: no error finding, every number of
// its article covered.
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { checkHandVerdicts, type HandVerdicts } from './hand-verdicts.js';

const DIR = resolve('test/fixtures/newsroom');

/** File → claim → hand verdict (and, where the comment works it out, the computed value in the stated unit). */
const HAND: HandVerdicts = {
  'housing-rents-outstrip-inflation-dps': {
    uk_rise_rate: ['pass', 0.091265], // 93.79 / 1027.67
    beats_inflation: ['pass', 0.36217], // 9.1265% / 6.7% − 1
    scotland_rise_rate: ['pass', 0.13561], // 123.45 / 910.35
    east_rise_rate: ['pass', 0.113174], // 113.55 / 1003.32
    london_rise_rate: ['fail', 0.098975], // 173.13 / 1749.24: the article's 13.31% does not follow
  },
  'housing-average-rent-816-guardian': {
    your_move_rise: ['pass', 0.0625], // 816 / 768 − 1, on the edge of "6.3%" = [6.25%, 6.35%)
    rise_in_pounds: ['info', 48], // £48 a month
  },
  'energy-price-cap-1928-january': {
    monthly_discount: ['pass', 66.667], // £400 / 6 months
    cap_rise: ['info', 0.051254], // 1928 / 1834 − 1
  },
  'energy-price-cap-149-october': {
    cap_rise: ['pass', 149], // 1717 − 1568
    cap_rise_rate: ['info', 0.095026], // 149 / 1568
  },
  'transport-rail-journeys-1612-million': {
    journeys_rise: ['warn', 0.158046], // 1612 / 1392 − 1: the article's 16.4% is on 1,385m, not 1,392m
    other_purpose: ['info', 0.28], // 1 − 37% − 35%
  },
  'transport-one-in-seven-trains-late': {
    late_share: ['warn', 0.141], // 14.1% is not "more than one in seven" (14.29%): the article's slip
    headline_share: ['pass', 0.141],
    on_time_before: ['info', 0.884], // 85.9% + 2.5 points
  },
  'health-measles-vaccine-orders': {
    orders_jump: ['pass', 0.29984], // 15,780 / 12,140 − 1
    one_fifth: ['warn', 0.21237], // 79 / 372 is just over the 21% "one-fifth" allows
  },
  'weather-hottest-day-17-degrees': {
    in_fahrenheit: ['pass', 62.618], // 17.01 × 9/5 + 32 (a reading: with the offset)
  },
  'migration-net-672000-record': {
    times_pre_brexit: ['pass'], // 2.688 to 3.36 meets [2.7, 3]
    revision: ['info', 139_000], // 745,000 − 606,000
    yearly_rise: ['info', 0.107084], // 672 / 607 − 1
  },
  'pensions-triple-lock-8-5-percent': {
    basic_rise_rate: ['pass', 0.085147], // 13.30 / 156.20
    basic_annual_rise: ['pass', 691.6], // 13.30 × 52
    basic_annual: ['pass', 8814], // 169.50 × 52
    new_rise_rate: ['pass', 0.085112], // 17.35 / 203.85
    new_annual_rise: ['pass', 902.2], // 17.35 × 52
    new_annual: ['pass', 11502.4], // 221.20 × 52
  },
  'agriculture-india-wheat-yield': {
    yield_rise_headline: ['pass', 0.304364], // 3587 / 2750 − 1
    yield_rise_nearly: ['warn', 0.304364], // just over 30%, not "nearly": the article's slip
    production_rise: ['pass', 0.358183], // 117.51 / 86.52 − 1
    yield_2025_check: ['pass', 3587.0], // 117.51e6 t / 32.76e6 ha in kg/ha
    yield_2015_check: ['pass', 2750.16], // 86.52e6 t / 31.46e6 ha in kg/ha
    above_target: ['pass', 117.51e6], // tonnes (the stated unit; million is the scale), above 115 million
  },
  'tech-smartphone-shipments-q3-2013': {
    shipments_rise: ['pass', 0.454861], // 251.4 / 172.8 − 1
    samsung_share: ['pass', 0.351631], // 88.4 / 251.4
    apple_share: ['pass', 0.134447], // 33.8 / 251.4
    apple_share_2012: ['pass', 0.155671], // 26.9 / 172.8
    huawei_share: ['pass', 0.050517], // 12.7 / 251.4
    past_250m: ['pass', 251.4e6],
  },
};

describe('the newsroom trial: hand verdicts on twelve real articles', async () => {
  await checkHandVerdicts(DIR, HAND);
});
