// The second newsroom trial: ten real articles from fields and countries the
// earlier trials did not cover (US jobs, Australian EV sales, Irish fuel
// prices, Californian reservoirs, US stock markets, New Zealand tourism, US
// overdose deaths and rates, Indian per-capita income, Canadian housing
// starts), each with a claims file written by hand before the tool was run
// (test/fixtures/newsroom2/, sources in its README). Every claim's verdict
// below was worked out by hand in the claims file's header comment; the
// articles' own slips are there too and must warn. Each file must also bind
// cleanly: no error finding, every number of its article covered.
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { checkHandVerdicts, type HandVerdicts } from '../newsroom/hand-verdicts.js';

const DIR = resolve('test/fixtures/newsroom2');

/** File → claim → hand verdict (and, where the comment works it out, the computed value in the stated unit). */
const HAND: HandVerdicts = {
  'jobs-us-156000-september': {
    revision_net: ['pass', 7000], // (275,000 + 151,000) − (252,000 + 167,000)
    three_month_avg: ['pass', 191666.67], // 575,000 jobs / 3 months
    forecast_miss: ['info', -16000], // 156,000 − 172,000
    rate_change: ['info', 0.001], // 5% − 4.9%
    hourly_rise_rate: ['info', 0.0023319], // 0.06 / 25.73
  },
  'ev-australia-9-7-percent': {
    total_sales: ['info', 302165.11], // 210,458 / 69.65%
    bev_share: ['pass', 0.0969602], // 29,298 / 302,165.1
    shares_add_up: ['info', 0.999934], // 302,145 / 302,165.1
    previous_bev: ['info', 29244], // 29,298 − 54
    petrol_fall: ['info', -0.0700291], // 210,458 / 226,306 − 1
    ice_below_70: ['pass', 0.6965],
  },
  'fuel-ireland-petrol-117-cent': {
    rise_since_feb: ['warn', 0.143275], // 117.3 / 102.6 − 1: the article's "15%" is 14.3% (its own slip)
    rise_headline: ['warn', 0.143275],
    month_cost_feb: ['pass', 153.9], // 150 litres × 102.6 cent, in euros
    month_cost_june: ['pass', 175.95], // 150 litres × 117.3 cent
    yearly_extra: ['pass', 264.6], // €22.05 a month × 12
    price_spread: ['info'], // 159.9 − (just over 110): a range
  },
  'water-california-reservoirs-69-percent': {
    more_water: ['pass', 0.689655], // 4.9 / 2.9 − 1
    capacity: ['info', 11951219.5], // 4.9 million / 41%
    average_15yr: ['info'], // 4.9 million / (about 80%): a range
    acre_foot_gallons: ['pass', 325851.5], // 43,560 cubic feet in US gallons
  },
  'markets-dow-430-points': {
    dow_fall_rate: ['pass', 0.0128904], // 430.97 / 33,433.35
    sp_fall_rate: ['pass', 0.0137441], // 58.94 / 4,288.39
    nasdaq_fall_rate: ['pass', 0.018659], // 248.31 / 13,307.78
    headline_drop: ['pass', 430.97], // more than 430
    yield_rise: ['info', 0.0011], // 4.80% − 4.69%: 11 basis points
    openings_beat: ['info', 0.0909091], // 9.6 / 8.8 − 1
    oil_before: ['info', 8882], // $89.53 − 71 cents a barrel, shown in cents a barrel
    gold_before: ['info', 1847.2], // $1,839.80 + $7.40
  },
  'tourism-nz-spending-23-8-billion': {
    intl_before: ['info', 9581081081], // NZ$709 million / 7.4%
    intl_now: ['pass', 10290081081], // 9,581.1 + 709 million
    exports_total: ['info', 67320261438], // 10.3 billion / 15.3%
    gdp: ['info', 207.5e9], // 8.3 billion / 4%
    indirect_share: ['pass', 0.0313253], // 6.5 / 207.5
    employment: ['info', 2002127.7], // 94,100 / 4.7%
    exchange_rate: ['info', 0.789496], // 18.79 / 23.8 US$ per NZ$
    usd_of_direct: ['pass', 6552815126], // 8.3 billion × 0.789496
  },
  'health-us-overdose-deaths-2016': {
    opioid_share_2015: ['pass', 0.631469], // 33,091 / 52,404
    opioid_share_2016: ['pass', 0.663961], // 42,249 / 63,632
    deaths_rise: ['info', 0.214259], // 63,632 / 52,404 − 1
    opioid_deaths_rise: ['info', 0.276752], // 42,249 / 33,091 − 1
  },
  'health-us-overdose-rate-per-100000': {
    nearly_tripled: ['warn', 2.672131], // 16.3 / 6.1: just under the 2.7 "nearly tripled" allows (the article's stretch)
    five_fold: ['pass', 5.190476], // 21.8 / 4.2
    white_vs_black: ['info', 1.729508], // 21.1 / 12.2
    wv_vs_national: ['info', 2.546012], // 41.5 / 16.3
    wv_vs_nebraska: ['info', 6.014493], // 41.5 / 6.9
  },
  'income-india-per-capita-doubles': {
    growth_2023: ['pass', 0.158062], // 1,72,000 / 1,48,524 − 1
    almost_double: ['pass', 1.985066], // 1,72,000 / 86,647
    doubled: ['pass', 1.985066],
    lakh_check: ['pass', 172000], // Rs 1.72 lakh
    growth_2022: ['info'], // over "estimated at Rs 1,27,065": a range
  },
  'housing-canada-starts-2024': {
    urban_rise: ['pass', 0.0187193], // 227,697 / 223,513 − 1
    total_2024: ['pass'], // 227,697 + an estimated 17,423: a range that holds 245,120
    december_fall: ['pass', -0.133533], // 231,468 / 267,140 − 1
    december_share: ['info', 0.0726009], // 16,531 / 227,697
    rural_share: ['info'], // an estimated 17,423 / total: a range
    urban_rise_again: ['pass', 0.0187193],
  },
};

describe('the second newsroom trial: hand verdicts on ten real articles', async () => {
  await checkHandVerdicts(DIR, HAND);
});
