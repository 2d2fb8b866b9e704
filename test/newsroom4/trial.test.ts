// The fourth newsroom trial: eight real articles from fields and places the
// earlier trials did not cover (Singapore's and Hong Kong's container ports in
// TEU, Philippine remittances, Canadian and US wildfires in hectares and
// acres, football sell-on clauses in £m, Maltese rainfall in mm, South
// Africa's budget in rand), each with a claims file written by hand before
// the tool was run (test/fixtures/newsroom4/, sources in its README). Every
// claim's verdict below was worked out by hand in the claims file's header
// comment. Each file must also bind cleanly: no error finding, every number
// of its article covered.
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { checkHandVerdicts, type HandVerdicts } from '../newsroom/hand-verdicts.js';

const DIR = resolve('test/fixtures/newsroom4');

/** File → claim → hand verdict (and, where the comment works it out, the computed value in the stated unit). */
const HAND: HandVerdicts = {
  'ports-singapore-2-88m-teu': {
    yoy_rise: ['pass', 0.120623], // 2.88m / 2.57m − 1
    mom_rise: ['pass', 0.0212766], // 2.88m / 2.82m − 1
    ytd_rise: ['pass', 0.0715493], // 19.02m / 17.75m − 1
    first_half: ['info', 16.14e6], // 19.02m − 2.88m
  },
  'ports-hong-kong-23-9-million-teu': {
    sg_growth: ['warn', 0.125], // 27.9m / 24.8m − 1 = 12.5%, outside [12.65%, 12.75%) by 1.2%
    hk_parts: ['pass', 23.88e6], // 17.32m + 6.56m
    hk_dec_parts: ['pass', 2.12e6], // 1.53m + 590,000
    hk_growth: ['pass', 0.0152725], // 23.9 / (17.32 / 1.079 + 6.56 / 0.876) − 1
    hk_dec_change: ['pass', -0.00873765], // 2.12 / (1.53 / 1.11 + 0.59 / 0.776) − 1
    sg_lead: ['info', 4e6], // 27.9m − 23.9m
    kwai_tsing_share: ['info', 0.724686], // 17.32m / 23.9m
  },
  'remittances-philippines-1-68-billion': {
    feb_rise: ['pass', 0.0566038], // $1.68bn / $1.59bn − 1
    ytd_rise: ['pass', 0.0700637], // $3.36bn / $3.14bn − 1
    january: ['info', 1.68e9], // $3.36bn − $1.68bn
    january_before: ['info', 1.55e9], // $3.14bn − $1.59bn
    january_rise: ['info', 0.0838710], // 1.68 / 1.55 − 1
  },
  'wildfires-canada-3-million-hectares': {
    fires_vs_average: ['info', 1.36330], // 2,214 / 1,624
    area_vs_average: ['info'], // more than 3,000,000 ha / 254,429 ha: more than 11.79
    out_of_control: ['info', 0.602906], // 249 / 413
    average_fire_size: ['info', 156.668], // 254,429 ha / 1,624
  },
  'wildfires-us-7-million-acres': {
    headline_area: ['pass', 6971729], // against "Nearly 7 Million Acres"
    rise: ['pass', 0.0622108], // 6,971,729 / 6,563,414 − 1
    average_area: ['pass', 5385441], // the mean of 2003–2012
    average_fires: ['pass', 54235.8], // the mean of 2003–2012
    vs_average: ['info', 0.294551], // 6,971,729 / 5,385,441 − 1
    this_year_again: ['pass', 6971729],
  },
  'football-sell-on-clauses-7-8m': {
    sterling_fee: ['pass', 49e6], // £44m + £5m
    qpr_share: ['pass', 8.68e6], // 20% × (£44m − £600,000)
    barnsley_share: ['pass', 7.125e6], // 15% × £47.5m
    bournemouth_share: ['pass', 6.25e6], // 25% × £25m
    southampton_lost: ['info', 12.9e6], // (15% to 25%) × £86m: £12.9m to £21.5m
    southampton_words: ['pass', 12.9e6], // meets "something approaching £20m"
    stones_top_share: ['info', 0.189474], // £9m / £47.5m
  },
  'rainfall-malta-395-mm': {
    norm_total: ['info', 567], // 395.3 + 171.7 mm
    autumn_share: ['info', 0.564381], // 223.1 / 395.3
    february_share: ['info', 0.137083], // 7.8 / 56.9
    november_share: ['info', 0.195042], // 77.1 / 395.3
  },
  'budget-south-africa-r6-3-billion': {
    vaccines_in_all: ['info', 22e9], // R10 billion + R12 billion
    health_to_vaccines: ['info', 24.8], // R248 billion / R10 billion
  },
};

describe('the fourth newsroom trial: hand verdicts on eight real articles', async () => {
  await checkHandVerdicts(DIR, HAND);
});
