// The fifth newsroom trial: eight real texts from fields and places the earlier
// trials did not cover (a vaccine trial's efficacy, US airline punctuality and
// flight counts in two years' reports and a table of on-time rates, Argentina's
// inflation, CO2 in parts per million, a marathon world record, a Dutch
// election's seats and turnout), each with a claims file written by hand
// before the tool was run (test/fixtures/newsroom5/, sources in its README).
// Every claim's verdict below was worked out by hand in the claims file's
// header comment. Each file must also bind cleanly: no error finding, every
// number of its article covered.
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { checkHandVerdicts, type HandVerdicts } from '../newsroom/hand-verdicts.js';

const DIR = resolve('test/fixtures/newsroom5');

/** File → claim → hand verdict (and, where the comment works it out, the computed value in the stated unit). */
const HAND: HandVerdicts = {
  'vaccine-sputnik-v-91-6-percent': {
    efficacy: ['warn', 0.915461], // 1 − (16 / 14,964) / (62 / 4,902), below [91.55%, 91.65%)
    participants: ['info', 19866], // 14,964 + 4,902
  },
  'flights-us-on-time-78-percent-2004': {
    rise_1995_2001: ['warn', 0.113208], // 5.9m / 5.3m − 1, below [11.5%, 12.5%) by 1.6%
    fall_2001_2002: ['fail', -0.101695], // 5.3m / 5.9m − 1, 11.6% short of −11.5%
    rise_2002_2003: ['pass', 0.226415], // 6.5m / 5.3m − 1
    rise_2003_2004: ['warn', 0.0923077], // 7.1m / 6.5m − 1, below [9.5%, 10.5%) by 2.8%
    delay_causes: ['info'], // almost 40% + 26% + 30% + 5.0% + 0.3%: up to 101.3%
  },
  'flights-us-on-time-82-percent-2003': {
    rise_1995_2001: ['fail', 0.132075], // 6.0m / 5.3m − 1, above [11.5%, 12.5%) by 5.7%
    fall_2001_2002: ['pass', -0.116667], // 5.3m / 6.0m − 1
    rise_2002_2003: ['pass', 0.226415], // 6.5m / 5.3m − 1
    late_change: ['info', -0.04], // 16% − 20%
    not_on_time: ['info'], // 1 − almost 82%
  },
  'flights-us-major-carriers-84-59-percent': {
    flights_change: ['pass', 0.00993387], // 296,254 / 293,340 − 1
    on_time_change: ['pass', 0.0426], // (84.59 − 80.33) / 100
    disrupted: ['info', 0.212], // 19.6% + 1.4% + 0.2%
  },
  'inflation-argentina-3-5-percent': {
    headline: ['pass', 0.035], // 3.5% is above 3%
    april_higher: ['info', 0.006], // 4.1% − 3.5%
  },
  'climate-co2-424-ppm': {
    year_before: ['info', 421], // 424 ppm − 3.0 ppm
  },
  'marathon-kiptum-2-00-35': {
    over_two_hours: ['pass', 35], // 7,235 s − 2 h
    under_2_01: ['pass', 120.583], // 7,235 s in minutes, under 121
    previous_record: ['info', 7269], // 7,235 s + 34 s
    second_place: ['info', 7442], // 7,235 s + 3 min 27 s
  },
  'election-netherlands-41-seats': {
    seats_2021: ['pass', 78], // 34 + 24 + 15 + 5
    seats_now: ['pass', 41], // (34 − 10) + 9 + (15 − 10) + 3
    remain_share: ['pass', 0.525641], // 41 / 78
    turnout_change: ['info', -0.009], // 77.8% − 78.7%
    flevoland_change: ['info', -0.029], // 72.5% − 75.4%
  },
};

describe('the fifth newsroom trial: hand verdicts on eight real texts', async () => {
  await checkHandVerdicts(DIR, HAND);
});
