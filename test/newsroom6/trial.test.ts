// The sixth newsroom trial: ten real texts from fields the earlier trials did
// not try (road deaths, a heatwave in °C and °F, defence spending as a share
// of GDP, Netflix subscribers, a US trade deficit, UK car registrations,
// house prices, life expectancy, Orion's test flight, a cricket record), each
// with a claims file written by hand before the tool was run
// (test/fixtures/newsroom6/, sources in its README). Every claim's verdict
// below was worked out by hand in the claims file's header comment. Each
// file must also bind cleanly: no error finding, every number of its article
// covered.
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { checkHandVerdicts, type HandVerdicts } from '../newsroom/hand-verdicts.js';

const DIR = resolve('test/fixtures/newsroom6');

/** File → claim → hand verdict (and, where the comment works it out, the computed value in the stated unit). */
const HAND: HandVerdicts = {
  'road-deaths-britain-2222-2009': {
    deaths_2008: ['info', 2525], // 2,222 / (1 − 12%)
    child_change: ['info', -0.346774], // 81 / 124 − 1
    seriously_injured: ['fail', 23874], // 26,096 − 2,222, against the article's 10,053
    car_share: ['info', 0.476598], // 1,059 / 2,222
    motorway_2008: ['info', 157.143], // 132 / (1 − 16%)
  },
  'heatwave-uk-40-3c': {
    record_f: ['pass', 104.54], // 40.3 × 9/5 + 32, within [104.45, 104.55)
    headline_f: ['pass', 104], // 40 × 9/5 + 32
    previous_f: ['pass', 101.66], // 38.7 × 9/5 + 32, within [101.65, 101.75)
  },
  'defence-nato-2-29-percent': {
    uk_meets_target: ['pass', 0.0229], // 2.29%, more than 2%
    nato_share: ['info', 0.533482], // $1,195bn / $2,240bn
    us_spending: ['info', 873.6e9], // 39% × $2,240bn
    uk_margin: ['info', 0.0029], // 2.29% − 2%
  },
  'streaming-netflix-6-8-million': {
    us_plus_abroad: ['pass', 6.82e6], // 520,000 + 6.3 million
    shy_of_forecast: ['pass', 6.82e6], // just under 7 million
    q2_shortfall: ['info', -0.46], // 2.7 million / 5 million − 1
  },
  'trade-us-deficit-46-3-billion': {
    deficit_rise: ['warn', 0.0717593], // $46.3bn / $43.2bn − 1, 1.0% below [7.25%, 7.35%)
    deficit_from_flows: ['warn', 46.4e9], // $260.2bn − $213.8bn, 0.1% above [$46.25bn, $46.35bn)
    headline_by: ['fail', 3.1e9], // $46.3bn − $43.2bn, against the headline's "by $46.3 billion"
    exports_may: ['info', 215.3071e9], // $213.8bn / (1 − 0.7%)
  },
  'cars-uk-registrations-272610': {
    fleet_share: ['pass', 0.525498], // 143,256 / 272,610, within [52.45%, 52.55%)
    september_2022: ['info', 225297.5], // 272,610 / 1.21
    bev_share: ['info', 0.166256], // 45,323 / 272,610
    fleet_plus_private: ['info', 0.593], // 52.5% + 6.8%
  },
  'house-prices-nationwide-5-3-percent': {
    month_drop: ['pass', -1345], // £257,808 − £259,153
    year_drop: ['pass', 14428.54], // £257,808 / 0.947 − £257,808, within "around £14,500"
    headline_drop: ['warn', -14428.54], // 0.15% short of (−£14,550, −£14,450]
  },
  'life-expectancy-england-wales-78-6': {
    male_2019: ['info', 79.8], // 78.6 − (−1.2)
    female_2019: ['info', 83.5], // 82.6 − (−0.9)
    gap_2020: ['info', 4], // 82.6 − 78.6
    gap_2019: ['info', 3.7], // 83.5 − 79.8
    male_projected: ['info', 84.49], // 78.6 + (6.55 − 0.66), the low end of about 6.6
  },
  'space-orion-3600-miles': {
    since_apollo: ['pass', 41.9603], // 15,326 days / 365.25, more than 40 years
    iss_altitude: ['info', 240], // 3,600 miles / 15
    average_speed: ['info'], // some 60,000 miles / roughly 4.5 hours: a range
  },
  'cricket-fastest-test-century-54-balls': {
    record_margin: ['info', 2], // 56 − 54
    richards_misbah: ['info'], // 56 − 56 = 0
    gregory_gap: ['info', 10], // 67 − 57
  },
};

describe('the sixth newsroom trial: hand verdicts on ten real texts', async () => {
  await checkHandVerdicts(DIR, HAND);
});
