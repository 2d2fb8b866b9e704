/**
 * The derive stage's test set (issue 12): short passages across fields, each
 * with the derivation a reader can work out by hand, and distractor passages
 * whose numbers do not follow from each other. Runs `init --derive` through
 * the library (deriveClaims) and records how many derivations were found and
 * how many distractors got none; prints both figures and every miss.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

interface Known {
  text: string;
  /** The stated number's words as the claim's `stated` holds them. */
  stated: string;
  /** The numbers (as the inputs' values start) the formula must use. */
  uses: string[];
}

/** Each with its derivation worked out by hand in the comment. */
const KNOWN: Known[] = [
  // 12,000 ÷ 1,200/day = 10 days
  { text: 'Russia is losing about 1,200 soldiers a day, so even 12,000 troops would cover only 10 days of losses.', stated: '10 days', uses: ['12,000', '1,200'] },
  // 1,100/11,000 = 10%, 3,000/11,000 = 27.3%
  { text: 'Zelensky said 3,000 have been killed or wounded. South Korea puts it at 1,100. Given 11,000 soldiers in Kursk, that is a casualty rate of 10 to 27 percent.', stated: '10 percent to 27 percent', uses: ['1,100', '3,000', '11,000'] },
  // 3,650 / 365.25 days = 9.99 a day
  { text: 'The clinic saw 3,650 patients last year, or about 10 a day.', stated: 'about 10 a day', uses: ['3,650'] },
  // (1.05)^3 − 1 = 15.76%
  { text: 'Rents rose 5% a year for three years, 15.8% in all.', stated: '15.8%', uses: ['5%', 'three'] },
  // 45 + 30 = 75
  { text: 'The school has 45 teachers and 30 support staff, 75 employees in total.', stated: '75', uses: ['45', '30'] },
  // 2.4 − 1.9 = 0.5 million
  { text: 'Attendance fell from 2.4 million to 1.9 million, a drop of 0.5 million.', stated: '0.5 million', uses: ['2.4 million', '1.9 million'] },
  // 1.9/2.4 − 1 = −20.8%: "fell 21%" read as 21%, so the change is written new/old... old/new − 1 = 26%: use 2.4 → 1.9 as loss 20.8% = 1 − 1.9/2.4
  { text: 'Sales grew from $80 million to $92 million, a rise of 15%.', stated: '15%', uses: ['$80 million', '$92 million'] },
  // 240 km / 3 h = 80 km/h
  { text: 'The train covers the 240 kilometers in 3 hours, an average of 80 km/h.', stated: '80 km/h', uses: ['240', '3 hours'] },
  // 18 / 60 = 30%
  { text: 'Of the 60 members, 18 voted against, or 30 percent.', stated: '30 percent', uses: ['60', '18'] },
  // 1,200 + 800 + 500 = 2,500
  { text: 'The fund gave $1,200 to schools, $800 to clinics and $500 to libraries: $2,500 altogether.', stated: '$2,500', uses: ['$1,200', '$800', '$500'] },
  // 3 × 150 = 450
  { text: 'Each of the 3 ferries carries 150 passengers, so 450 can cross at once.', stated: '450', uses: ['3 ferries', '150'] },
  // 40 h/week × 52 weeks = 2,080 h (a 52-week year; 365.25 days would give 2,087)
  { text: 'A full-time job of 40 hours a week comes to 2,080 hours a year.', stated: '2,080 hours a year', uses: ['40 hours a week'] },
  // $50/day × 7 = $350/week
  { text: 'At $50 a day, a week of care costs $350.', stated: '$350', uses: ['$50 a day'] },
  // 6,412 km → 3,984 miles ≈ 4,000 miles … conversion of an article number
  { text: 'The route is 6,412 km long, about 4,000 miles.', stated: 'about 4,000 miles', uses: ['6,412 km'] },
  // 250 / (250 + 750) = 25%
  { text: 'The town recycled 250 tonnes and burned 750 tonnes, so 25% of its waste was recycled.', stated: '25%', uses: ['250', '750'] },
  // 777,720 + 1,200/day × 28 days = 811,320 ≥ 800,000
  { text: 'Russia had lost 777,720 soldiers. At 1,200 a day for the next 28 days, the toll would pass 800,000.', stated: '800,000', uses: ['777,720', '1,200', '28 days'] },
  // 120 + 90 + 45 + 15 = 270
  { text: 'The hospital has 120 beds in surgery, 90 in medicine, 45 in maternity and 15 in intensive care, 270 beds in all.', stated: '270', uses: ['120', '90', '45', '15'] },
  // 2.5 × 4 ÷ 5 = 2 … a × b ÷ c: 600 × 12 / 1,000 = 7.2
  { text: 'Each household uses 600 liters a day; 12 households share a tank of 1,000 liters, which runs dry in about 0.14 days.', stated: 'about 0.14 days', uses: ['600', '12', '1,000'] },
  // 1.2 billion / 8 billion = 15%
  { text: 'About 1.2 billion of the world’s 8 billion people live in extreme heat zones, 15% of humanity.', stated: '15%', uses: ['1.2 billion', '8 billion'] },
  // $2.1 billion / 7 million people = $300 per person
  { text: 'The $2.1 billion plan for a city of 7 million works out at $300 per person.', stated: '$300', uses: ['$2.1 billion', '7 million'] },
  // 36 / 4 = 9
  { text: 'The 36 seats were split between 4 parties, 9 each.', stated: '9', uses: ['36', '4'] },
  // 500 km² / 25 km²/yr = 20 years
  { text: 'The desert advances 25 square kilometers a year; the 500 square kilometers of farmland left would be gone in 20 years.', stated: '20 years', uses: ['25 square kilometers a year', '500'] },
  // 1,500 / 12,000 = 12.5% (also "one in eight": the figure written twice, both derived)
  { text: 'About 1,500 special forces are among the 12,000 troops sent, one in eight, or 12.5 percent.', stated: '12.5 percent', uses: ['1,500', '12,000'] },
  // 90 min × 2 = 180 min… 2 halves: 45 + 45 = 90
  { text: 'Two halves of 45 minutes make a 90 minute match.', stated: '90 minute', uses: ['45 minutes'] },
  // $18 an hour × 40 hours = $720
  { text: 'At $18 an hour, a 40-hour week pays $720.', stated: '$720', uses: ['$18 an hour', '40'] },
  // 8 million rounds / 70 shipments ≈ 114,000 per shipment
  { text: 'North Korea sent an estimated 70 shipments holding 8 million rounds, roughly 114,000 rounds per shipment.', stated: 'roughly 114,000', uses: ['70', '8 million'] },
  // 5,000 + 3,000 = 8,000
  { text: 'Rescuers evacuated 5,000 people on Monday and 3,000 on Tuesday, 8,000 in two days.', stated: '8,000', uses: ['5,000', '3,000'] },
  // 48 − 36 = 12
  { text: 'The team won 48 of its games and lost 36, winning 12 more than it lost.', stated: '12 more', uses: ['48', '36'] },
  // 1,400 / 2,000 − 1 = −30%: write "30% fewer" as 1 − ... use 2,600 / 2,000 − 1 = 30%
  { text: 'Applications rose from 2,000 last year to 2,600 this year, 30% more.', stated: '30%', uses: ['2,000', '2,600'] },
  // 4.2 million / 12 months = 350,000 a month
  { text: 'The airport handled 4.2 million passengers last year, about 350,000 a month.', stated: 'about 350,000 a month', uses: ['4.2 million'] },
  // 7.5 million / 30 days = 250,000 a day
  { text: 'Over 30 days the site had 7.5 million visits, or 250,000 a day.', stated: '250,000 a day', uses: ['7.5 million', '30 days'] },
  // 2,200 soldiers/day ÷ 11.5 mi²/day = 191 per mi² < 200
  { text: 'Russia lost 2,200 soldiers a day while capturing 11.5 square miles of territory a day, almost 200 soldiers per square mile.', stated: 'almost 200', uses: ['2,200', '11.5'] },
  // Added after the first runs (derivations written by hand before running the tool on them).
  // Modelled on real stories (numbers as printed, wording shortened); the source in the comment.
  // https://www.expressandstar.com/news/uk-news/2023/10/12/nhs-waiting-lists-in-england-hit-new-record-high/
  // 125,829 / 120,120 − 1 = 4.75% ≈ 5%
  { text: 'The number waiting at least four hours from the decision to admit rose from 120,120 in August to 125,829 in September, a rise of 5%.', stated: '5%', uses: ['120,120', '125,829'] },
  // same source: 33,107 / 28,859 − 1 = 14.7% ≈ 15%
  { text: 'Long A&E waits reached 33,107 in September, up 15% from 28,859 in August.', stated: '15%', uses: ['33,107', '28,859'] },
  // economy (after ONS CPI bulletins): 1.1% + 0.9% = 2.0% ≈ "about 2%" (stated "over the two months": a result)
  { text: 'Prices rose 1.1% in March and 0.9% in April, about 2% over the two months.', stated: 'about 2%', uses: ['1.1%', '0.9%'] },
  // sport: 27 / 38 = 0.7105 ≈ 0.71
  { text: 'The striker scored 27 goals in 38 league games, 0.71 a game.', stated: '0.71', uses: ['27', '38'] },
  // climate: 1.2 km / 40 years = 30 m a year
  { text: 'The glacier lost 1.2 kilometres of length over 40 years, or 30 metres a year.', stated: '30 metres a year', uses: ['1.2', '40'] },
  // education: 310 / 1,240 = 25% = a quarter
  { text: "Of the school's 1,240 pupils, 310 receive free meals, a quarter of the roll.", stated: 'a quarter', uses: ['1,240', '310'] },
  // crime: 4,210 − 3,580 = 630
  { text: 'Burglaries fell from 4,210 to 3,580, a drop of 630.', stated: '630', uses: ['4,210', '3,580'] },
  // transport: 14 × 1,100 = 15,400
  { text: 'The 14 new trains will each carry 1,100 passengers, adding 15,400 seats.', stated: '15,400', uses: ['14', '1,100'] },
  // Real story (Sky News, knife crime): the change written with its verb, "fell by 6%"; 617 / 654 − 1 = −5.7%
  { text: 'However, the number of homicides fell by 6%, from 654 to 617.', stated: 'fell by 6%', uses: ['654', '617'] },
  // Jobs report (Sputnik, March 2022; reworded into one sentence): the change word after the percent, "12% lower"; 431,000 / 490,000 − 1 = −12.0%
  { text: 'US employers added 431,000 jobs in March, some 12% lower than the 490,000 jobs economists expected.', stated: '12%', uses: ['431,000', '490,000'] },
  // Added with the addend rule ("120 more", "another 190"): a total stated before its parts.
  // housing: 320 + 190 = 510 > 500
  { text: 'More than 500 families have now been rehoused: 320 last month and another 190 this month.', stated: 'More than 500', uses: ['320', '190'] },
  // animal shelter: about 25 + 40 = 65 > 60 (the seed article's "more than 200" = around 100 + 120 more)
  { text: 'The shelter took in more than 60 dogs this week. Around 25 came on Monday, then 40 more on Friday.', stated: 'more than 60', uses: ['25', '40'] },
  // Added with the sum cues of init6: a total written without "in all" ("between them", "together",
  // a list of parts closed by its whole, "the total … was"), and a share of a share written as one.
  // election: 23 + 9 = 32
  { text: 'Labour won 23 seats and the Greens 9, 32 between them.', stated: '32', uses: ['23', '9'] },
  // defence: 2,700 + 1,500 = 4,200 (the total stated before its parts)
  { text: 'Germany and France together sent 4,200 troops: 2,700 and 1,500.', stated: '4,200', uses: ['2,700', '1,500'] },
  // schools: 45 + 30 = 75, the list closed by its whole after a comma
  { text: 'The school has 45 teachers and 30 support staff, 75 employees.', stated: '75', uses: ['45', '30'] },
  // retail: 12,400 + 15,100 = 27,500
  { text: 'Sales were 12,400 in March and 15,100 in April, making 27,500.', stated: '27,500', uses: ['12,400', '15,100'] },
  // politics: 24 + 17 = 41, the whole named "combined" a sentence before its parts
  { text: 'The two parties combined won 41 seats. The VVD won 24 and the CDA 17.', stated: '41', uses: ['24', '17'] },
  // turnout: 60% × 40% = 24% ("40% of them": a share of a share, written as one)
  { text: 'Turnout was 60%, and 40% of them voted for the mayor, 24% of the electorate.', stated: '24%', uses: ['60%', '40%'] },
];

/**
 * Known misses, with the reason (a found one listed here fails the test, so
 * the list stays honest).
 */
const KNOWN_MISSES: Record<number, string> = {
};

/** Passages whose numbers do not follow from each other. */
const DISTRACTORS: string[] = [
  // Coincidences from the seed article (NY Sun): 777,720 soldiers + 21,000 systems = 798,720, and 1,100 soldiers × 1 day = 3.01 years.
  'Russia has had 777,720 soldiers killed or seriously injured, and lost 21,000 artillery systems. By January 20 the toll is expected to hit 800,000.',
  'South Korea’s estimate is 1,100 casualties. After three years of war, the front barely moves.',
  'Founded in 1998, the company employs 250 people in 12 offices across 5 countries.',
  'The museum, opened in 1974, holds 40,000 objects and welcomed 310,000 visitors.',
  'The bill passed 52 to 47 after 9 hours of debate.',
  'Police arrested 14 people; 3 officers were hurt, and the march drew 6,000.',
  'The 2,300-page report cites 417 studies by 86 authors.',
  'The firm, with 340 staff, reported revenue of $57 million and opened 4 stores.',
  'In 2019, 23 schools closed and 6 new ones opened; the district has 19,500 pupils.',
  'The storm dropped 11 inches of rain, cut power to 84,000 homes and killed 2.',
  'Some 1,300 delegates from 196 countries spent 13 days in Dubai.',
  'The orchestra has 97 musicians and plays 120 concerts a year in 8 cities.',
  'The ship is 362 meters long, carries 6,780 passengers and has 18 decks.',
  'Of the 35 candidates, 8 are women; the election is on 4 June.',
  'The team scored 27 goals in 38 games and finished 5th, with 61 points.',
  'The bridge, 1.2 kilometers long, took 7 years and 3,400 workers to build.',
  'She wrote 14 novels, sold 30 million copies and won 3 major prizes.',
  'The park covers 2,219 square kilometers and has 33 lakes and 250 bird species.',
  'The company has 70 engineers, 15 designers and 9 lawyers.',
  // Added after the first runs, across fields.
  'Officers made 312 arrests in the operation, which ran for 6 weeks across 9 boroughs.',
  'The summit drew 97,000 participants and 154 heads of state.',
  'The university has 38,500 students, 4,100 staff and 21 faculties.',
  'The line, 73 kilometres long, has 41 stations and carried 200 million passengers last year.',
  'The trust runs 3 hospitals with 2,450 beds and employs 16,800 people.',
  // Added with the locality and addend rules: numbers in one sentence or the next, an addend
  // word ("more", "another", "extra"), and no formula among them.
  'About 40 patients arrived yesterday, 25 more today, and the ward has 90 beds.',
  'More than 300 people signed up on Friday. Another 450 came on Saturday, and the festival sold 2,000 tickets in advance.',
  'The club added 30 members this year, 12 more than last year, and now counts 410.',
  'The county has 14 fire stations and 220 firefighters. They answered 9,800 calls, 600 more than in 2022.',
  'Some 85 volunteers came in the morning and 60 extra in the afternoon; the charity has 1,400 members.',
  // Added with the 52-week year and the "over the two months" result words: a weekly and a yearly
  // figure that do not convert, and a period total that is no sum of the parts.
  'Staff work 37.5 hours a week, and the office logged 1,700 hours a year of overtime.',
  'The index gained 3.2% in May and 1.4% in June, and 12% over the past year.',
  'Rainfall was 80 mm in June and 45 mm in July, 30% below normal over the two months.',
  // A figure written twice with a result word, and nothing it follows from.
  'The council cut 120 jobs, or 120 posts, and kept 45 libraries open.',
  // Patterns of coincidences seen on the real stories of test/fixtures/articles, reworded: a share
  // of two temperatures, a percent plus a count, a list of prices, two growth rates divided, a
  // rate's base, a swing compounded into seats, one figure with and without its period.
  'The budget gives a 50% chance of staying below 1.5°C, with temperatures peaking at 1.52°C.',
  'Despite winning 50% of the vote, the two other parties ended up with only three MPs.',
  'Volunteers were offered $5, $10 or $20 for taking part.',
  'Revenue grew by 7.62 per cent and receipts increased 8.51 per cent; wages made up 90 per cent of spending.',
  'London saw 179 offences per 100,000 people, against an average of 82; robbery made up 44 per cent of them.',
  'The party gained 48 seats on a swing of 9.6 pp, a majority of 80 seats.',
  'Not £350m: the £350m a week figure was never right, the office said.',
  // From real stories read after the rules above (not tuned on before): two things' growth rates
  // added up, and a percent turned into a count by 100.
  'Nonmilitary spending rose 8.7 percent and total spending 7.3 percent, while military spending shot up nearly 17 percent.',
  'The list stands at 814,000, down by 67,000 (7.6%); only 17 people waited over nine months, eight of them in Wales.',
  // A term that alone is the stated figure, nudged by a small one (Independent, 1994).
  'Eight patients waited more than two years, a target meant to have been met almost two years ago; the money is to be spent in the remaining six weeks.',
  // Three percents combined (a school district's figures, NSBA 2020).
  'More than 71% of the students were poor and 45% came from low-income families; 44% were Hispanic and 14% Black.',
  // Counts of one thing added or multiplied into a count of another (seen in bench/derive.mjs's generated article).
  'The county opened 54 sites in spring and 57 sites in autumn, run by 111 teams.',
  'Crews cleared 66 sites in March and 63 sites in April, reaching 4,160 people.',
  // Power is no rate a year: 31 GW + 153 GW × 23% = 66.2 GW is no "total plus a rate times a duration" (IEA, 2016).
  'In 2015, 153 GW of new capacity became operational. Wind power represented over 40% (66 GW) of these additions, followed by solar PV (49 GW) and hydropower (31 GW). The share of renewables is expected to increase from over 23% in 2015 to 28% in 2021.',
  // Added with the sum cues of init6: a list of counts closed by a count of something else (120 + 380 is no "500 beds").
  'The hospital has 120 doctors and 380 nurses, 500 beds and 12 wards.',
  // A percent over a percent, and a percent times a percent, with no "of them" (the Dutch turnout, the US flights report).
  'Based on just over 96 percent of votes counted, the turnout is 77.8 percent. In 2021, it was 78.7 percent.',
  'Late arrivals were 16 percent in 2003, down from 20 percent in 1995; 79 percent of flights were on time.',
];

function derivedClaims(text: string): { stated: string; values: string[] }[] {
  const result = deriveClaims({ source: text, articleRef: 'article.txt', rules, schemaRef: 'claims.schema.json' });
  const doc = parse(result.text) as { inputs?: Record<string, { value: string }>; claims?: Record<string, { compute: string; stated: string }> };
  const values = (name: string): string => doc.inputs?.[name]?.value ?? '';
  return Object.values(doc.claims ?? {}).map((c) => ({
    stated: String(c.stated),
    values: c.compute.split(/[^A-Za-z0-9_]+/).filter((n) => /^[a-z]/.test(n) && doc.inputs?.[n]).map(values),
  }));
}

describe('init --derive on the test set', () => {
  it('finds at least 90% of the known derivations and proposes none for at least 95% of the distractors', () => {
    const misses: string[] = [];
    const stale: number[] = [];
    let found = 0;
    KNOWN.forEach((k, i) => {
      const claims = derivedClaims(k.text);
      const hit = claims.find((c) => c.stated.includes(k.stated.replace(/^(about|almost|roughly)\s+/, '').split(' ')[0]!) && k.uses.every((u) => c.values.some((v) => v.includes(u.split(' ')[0]!))));
      if (hit) {
        found++;
        if (KNOWN_MISSES[i] !== undefined) stale.push(i);
      } else {
        misses.push(`  miss ${i}: ${k.text}\n    expected ${k.stated} from ${k.uses.join(', ')}; got ${JSON.stringify(claims)}${KNOWN_MISSES[i] ? ` (known: ${KNOWN_MISSES[i]})` : ''}`);
      }
    });
    let clean = 0;
    const falseAlarms: string[] = [];
    for (const text of DISTRACTORS) {
      const claims = derivedClaims(text);
      if (claims.length === 0) clean++;
      else falseAlarms.push(`  false alarm: ${text}\n    ${JSON.stringify(claims)}`);
    }
    const foundRate = found / KNOWN.length;
    const cleanRate = clean / DISTRACTORS.length;
    console.log(`init --derive test set: found ${found} of ${KNOWN.length} derivations (${(foundRate * 100).toFixed(1)}%); no derivation for ${clean} of ${DISTRACTORS.length} distractors (${(cleanRate * 100).toFixed(1)}%)\n${[...misses, ...falseAlarms].join('\n')}`);
    expect(stale, 'passages found that are still listed as known misses').toEqual([]);
    expect(misses.length, 'every miss is listed in KNOWN_MISSES with its cause').toBe(Object.keys(KNOWN_MISSES).length);
    expect(KNOWN.length).toBeGreaterThanOrEqual(30);
    expect(DISTRACTORS.length).toBeGreaterThanOrEqual(15);
    // Issue 12 asks for at least 90%: all are found (KNOWN_MISSES says why any miss is one).
    expect(foundRate).toBeGreaterThanOrEqual(0.9);
    expect(cleanRate).toBeGreaterThanOrEqual(0.95);
  });
});
