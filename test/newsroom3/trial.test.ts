// The third newsroom trial: nine real articles from fields and countries the
// earlier trials did not cover (Japan's budget in yen, South African matric
// results, IATA load factors, Australian wheat yields, Kenya's re-run
// turnout, IEA renewables, the RBA's cash rate, BT's quarterly earnings,
// Nigerian inflation), each with a claims file written by hand before the
// tool was run (test/fixtures/newsroom3/, sources in its README). Every
// claim's verdict below was worked out by hand in the claims file's header
// comment; the articles' own slips are there too and must fail. Each file
// must also bind cleanly: no error finding, every number of its article
// covered.
import { resolve } from 'node:path';
import { describe } from 'vitest';
import { checkHandVerdicts, type HandVerdicts } from '../newsroom/hand-verdicts.js';

const DIR = resolve('test/fixtures/newsroom3');

/** File → claim → hand verdict (and, where the comment works it out, the computed value in the stated unit). */
const HAND: HandVerdicts = {
  'budget-japan-114-trillion-yen': {
    defense_share: ['pass', 0.0594406], // 6.8 / 114.4 trillion yen
    borrow_share: ['pass', 0.311189], // 35.6 / 114.4
    defense_rise: ['info', 0.259259], // 6.8 / 5.4 − 1
    tax_rise: ['info', 0.0644172], // 69.4 / 65.2 − 1
    bonds_change: ['info', -1.3e12], // 35.6 − 36.9 trillion yen
    yen_per_dollar: ['info', 131.949], // 114.4 trillion yen / $867 billion
    debt_service_share: ['info', 0.221154], // 25.3 / 114.4
  },
  'schools-south-africa-matric-78-percent': {
    pass_rate: ['pass', 0.781614], // 400,761 / 512,735
    bachelor_share: ['pass', 0.33554], // 172,043 / 512,735
    diploma_share: ['pass', 0.276361], // 141,700 / 512,735
    higher_share: ['pass', 0.169269], // 86,790 / 512,735
    passes_add_up: ['fail', 400632], // 172,043 + 141,700 + 86,790 + 99: 129 short of "400,761 passed" (the article's slip)
    pass_rate_rise: ['info', 0.0306142], // 78.1614% − 75.1%
    wrote_fall: ['info', -0.0406916], // 512,735 / 534,484 − 1
    distinctions_fall: ['info', -0.026049], // 156,885 / 161,081 − 1
    bachelor_of_passed: ['info', 0.429291], // 172,043 / 400,761
  },
  'airlines-europe-load-factor-86-percent': {
    europe_lf_change: ['pass', 0.0139355], // 86.4% × (1 − 1.037 / 1.054)
    na_lf_change: ['pass', 0.0092207], // 88.1% × (1 − 1.04 / 1.051)
    asia_lf_change: ['pass', 0.0172818], // 81.6% × (1 − 1.063 / 1.086)
    na_vs_ytd: ['pass', 1.888889], // 5.1% / 2.7%: "close to double"
    africa_lf_change: ['info', -0.0073994], // 70.9% × (1 − 1.065 / 1.054)
    mideast_lf_change: ['info', 0.0306342], // 82% × (1 − 1.108 / 1.151)
  },
  'wheat-australia-25-million-tonnes': {
    rise: ['pass', 3320000], // 25,399,000 − 22,079,000 tonnes
    rise_rate: ['pass', 0.150369], // 25,399,000 / 22,079,000 − 1
    area_rise: ['pass', 0.032772], // 13,677,000 / 13,243,000 − 1
    yield_2013: ['pass', 1.857059], // 25,399,000 t / 13,677,000 ha
    yield_2012: ['fail', 1.66722], // 22,079,000 t / 13,243,000 ha, against "1.98 tonnes per hectare" (the article's slip)
    vs_average: ['info', 0.0333333], // 1.86 / 1.8 − 1
  },
  'election-kenya-turnout-repeat-poll': {
    turkana_excess: ['pass', 0.594156], // 50,082 / 31,416 − 1: "almost 60 per cent"
    low_share_all: ['pass', 0.389655], // 113 / 290 constituencies: "almost 40 per cent"
    low_share_rerun: ['fail', 0.426415], // 113 / 265 that voted: above 40%, beyond the loose 5%
    under_1000: ['pass', 848], // max(817, 840, 848)
    butula_registered: ['info', 40200], // 402 / 1%
  },
  'energy-iea-renewables-36-percent': {
    wind_share: ['pass', 0.431373], // 66 / 153 GW
    growth: ['pass', 0.231263], // 7,672 / [5,089, 6,231] − 1: [23.126%, 50.757%] meets "36%"
    growth_point: ['pass', 0.355477], // 7,672 / 5,660 − 1
    listed_additions: ['info', 146], // 66 + 49 + 31 GW
    share_rise: ['info', 0.05], // 28% − 23%
  },
  'rates-australia-rba-3-85-percent': {
    rate_rise: ['pass', 0.0025], // 3.85% − 3.6% = 25 basis points
    headline_rate: ['pass', 0.0385],
    headline_rate_2: ['pass', 0.0385],
    interest_only: ['info', 125], // $600,000 × 0.25% / 12 months, in $ a month
    inflation_gap: ['info', 0.005], // 3.8% − 3.3%
  },
  'earnings-bt-profit-37-percent': {
    profit_rise: ['pass', 0.367454], // 521 / 381 − 1
    profit_rise_again: ['pass', 0.367454],
    deficit_in_euros: ['pass', 1.56e9], // (£1 to 1.5 billion) × 1.56: €1.56 to 2.34 billion
    expected_growth: ['pass', 0.0097852], // (4.7 to 4.83) / (4.701 / 1.01) − 1: [0.979%, 3.772%] meets "some 2.2 per cent"
    consensus_beat: ['info', 21e6], // £521m − £500m
    debt_before: ['info', 13.095e9], // £12.9bn + £195m
  },
  'inflation-nigeria-31-70-percent': {
    headline_rise: ['pass', 0.018], // 31.70% − 29.90%
    headline_relative: ['info', 0.0602007], // 31.70 / 29.90 − 1
    food_rise: ['pass', 0.1357], // 37.92% − 24.35%
  },
};

describe('the third newsroom trial: hand verdicts on nine real articles', async () => {
  await checkHandVerdicts(DIR, HAND);
});
