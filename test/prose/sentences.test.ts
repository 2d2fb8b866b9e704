// The prose reader against real sentences copied from the four articles in
// examples/articles/ (originals and machine-reworded copies). Each row lists
// every quantity the sentence states — as written, its value (a range as
// [low, high]), its unit as claims.yaml's grammar writes it, and its hedge —
// and every number in it that is NOT a quantity (years, dates, names…).
//
// Units: the context is the default rules plus the bundled claims.yaml's
// `units:` (soldier = soldiers/troops/troopers/men/casualties/people, brigade,
// shell = shells/rounds, shipment). mathjs time words are kept as written
// ("years", "weeks"), "miles" is mi (rules/units.yaml), "$" is USD.
// Percentages are plain numbers: "27 percent" is 0.27.
import { describe, expect, it } from 'vitest';
import type { ProseKind } from '../../src/prose/index.js';
import { readProse } from '../../src/prose/index.js';
import { article, ctx } from './helpers.js';

type Q = [text: string, value: number | [number, number], unit: string, hedge?: string];
interface Row {
  file: 'sun' | 'sunR' | 'aid' | 'usip';
  sentence: string;
  q: Q[];
  other?: [string, ProseKind][];
}

const FILES = {
  sun: 'nysun-north-korea-punching-above-its-weight.txt',
  sunR: 'nysun-north-korea-reworded.txt',
  aid: 'north-korea-military-aid-new-alliance.txt',
  usip: 'usip-north-korean-troops-in-russia-reworded.txt',
} as const;

const THIRD = 1 / 3;

const ROWS: Row[] = [
  // ── The New York Sun, original
  {
    file: 'sun',
    sentence: 'The North Korean leader, Kim Jong-un, and the Russian defense minister, Andrei Belousov, at Pyongyang, North Korea, November 29, 2024.',
    q: [],
    other: [['November 29, 2024', 'date']],
  },
  {
    file: 'sun',
    sentence: 'Last year, after watching Russia falter in Europe’s largest war since World War II, North Korea’s leader, Kim Jong-un, jumped at the chance to earn combat experience for his military and hard currency for his vast military stocks.',
    q: [],
  },
  { file: 'sun', sentence: 'Russia this year has relied on North Korea for half of its artillery shells fired in Ukraine.', q: [['half', 0.5, '']] },
  {
    file: 'sun',
    sentence: 'After three years of war, Russia has lost almost half of its 2,000 tracked howitzers, largely due to gun barrel fatigue.',
    // "tracked howitzers" holds no unit word, so 2,000 is a plain number.
    q: [['three years', 3, 'years'], ['almost half', 0.5, '', 'almost'], ['2,000', 2000, '']],
  },
  {
    file: 'sun',
    sentence: 'Recently, though, videos have shown dozens of North Korean-made M1989 howitzers rumbling across Russia on rail cars.',
    // "dozens" names no amount.
    q: [],
    other: [['M1989', 'name']],
  },
  {
    file: 'sun',
    sentence: 'Designed to shell Seoul, these guns fire 170-millimeter shells, a caliber only produced in North Korea.',
    // The compound adjective is the unit; "shells" after it is the noun it describes.
    q: [['170-millimeter', 170, 'mm']],
  },
  {
    file: 'sun',
    sentence: 'On the personnel front, President Zelensky of Ukraine said Monday that, after three weeks of combat in Russia’s Kursk region, 3,000 North Koreans have been killed or wounded.',
    // "North Koreans" is not a declared unit.
    q: [['three weeks', 3, 'weeks'], ['3,000', 3000, '']],
  },
  { file: 'sun', sentence: 'South Korea’s estimate is 1,100.', q: [['1,100', 1100, '']] },
  {
    file: 'sun',
    sentence: 'Given the Western estimate of 11,000 North Korean soldiers in Kursk, this means a casualty rate of 10 percent to 27 percent for the month of December.',
    q: [['11,000 North Korean soldiers', 11000, 'soldier'], ['10 percent to 27 percent', [0.1, 0.27], '']],
  },
  { file: 'sun', sentence: 'By Western standards, North Korea has bottomless reserves: a standing army of 1.3 million.', q: [['1.3 million', 1300000, '']] },
  {
    file: 'sun',
    sentence: 'During nearly three years of war, North Korea’s arms exports to Russia earned the country up to $5.5 billion, according to a study by a researcher at Seoul’s Hankuk University of Foreign Studies, Olena Guseinova.',
    q: [['nearly three years', 3, 'years', 'nearly'], ['up to $5.5 billion', 5.5e9, 'USD', 'up to']],
  },
  {
    file: 'sun',
    sentence: 'In 2025, North Korea could earn $500 million for supplying troops.',
    q: [['$500 million', 5e8, 'USD']],
    other: [['2025', 'year']],
  },
  { file: 'sun', sentence: 'This adds up to almost a quarter of North Korea’s gross domestic product.', q: [['almost a quarter', 0.25, '', 'almost']] },
  {
    file: 'sun',
    sentence: 'Russia’s outsourcing of war to an impoverished neighbor 4,000 miles from Moscow portends a new, global security threat for America',
    q: [['4,000 miles', 4000, 'mi']],
  },
  { file: 'sun', sentence: 'In a working alliance rarely seen since the Cold War, America’s adversaries are moving beyond using UN speeches to show support.', q: [] },
  {
    file: 'sun',
    sentence: '“For the first time, the United States’ adversaries are willing to come to the direct military aid of one another, even on the other side of the globe,”',
    // "first" is an ordinal word and "one another" a pronoun: no numbers.
    q: [],
  },
  {
    file: 'sun',
    sentence: '“Pacts and promises are one thing; direct involvement in two ongoing wars in Europe—a hot one and a hybrid one—is quite another,” he writes.',
    // "one thing", "a hot one": pronouns, not amounts.
    q: [['two', 2, '']],
  },
  {
    file: 'sun',
    sentence: 'For Russia, the use of North Korean soldiers is part of a race to conquer as much ground as possible before President-elect Trump’s inauguration on January 20.',
    q: [],
    other: [['January 20', 'date']],
  },
  {
    file: 'sun',
    sentence: 'While the war is largely off the front pages, the fighting is in its bloodiest phase since President Putin launched the full-bore invasion, in February 2022.',
    q: [],
    other: [['February 2022', 'date']],
  },
  {
    file: 'sun',
    sentence: 'Last Friday, Russia had 2,200 soldiers killed or wounded — the highest casualty rate for a single day in the war, according to Ukraine’s general staff.',
    q: [['2,200 soldiers', 2200, 'soldier']],
  },
  {
    file: 'sun',
    sentence: 'The other two times when Russia lost more than 2,000 men in one day were November 11 and 29.',
    q: [['two', 2, ''], ['more than 2,000 men', 2000, 'soldier', 'more than'], ['one day', 1, 'day']],
    other: [['November 11 and 29', 'date']],
  },
  { file: 'sun', sentence: 'As of Monday, Russia has had 777,720 soldiers killed or seriously injured.', q: [['777,720 soldiers', 777720, 'soldier']] },
  { file: 'sun', sentence: 'Ukrainian casualties are estimated to be a third of this number.', q: [['a third', THIRD, '']] },
  {
    file: 'sun',
    sentence: 'In the field, Ukrainian military statistics indicate, Russia has lost almost 10,000 tanks, almost 20,000 armored personnel carriers, and 21,000 artillery systems.',
    q: [['almost 10,000', 10000, '', 'almost'], ['almost 20,000', 20000, '', 'almost'], ['21,000', 21000, '']],
  },
  {
    file: 'sun',
    sentence: 'On Monday, the Russian defense minister, Andrei Belousov, boasted that Russian forces are capturing 11.5 square miles of territory a day.',
    // "of territory" sits between the unit and its rate.
    q: [['11.5 square miles of territory a day', 11.5, 'mi^2/day']],
  },
  {
    file: 'sun',
    sentence: 'Last Friday, that would have cost almost 200 soldiers per square mile.Given the country’s size – slightly smaller than Texas – it would take Russia 55 years to conquer Ukraine.',
    q: [['almost 200 soldiers per square mile', 200, 'soldier/mi^2', 'almost'], ['55 years', 55, 'years']],
  },
  {
    file: 'sun',
    sentence: 'By January 20, Russia’s casualty toll is expected to hit 800,000.',
    q: [['800,000', 800000, '']],
    other: [['January 20', 'date']],
  },
  { file: 'sun', sentence: 'On the Korean peninsula, the Demilitarized Zone is 160 miles long.', q: [['160 miles', 160, 'mi']] },
  { file: 'sun', sentence: 'In Ukraine, today’s front line is 727 miles long.', q: [['727 miles', 727, 'mi']] },
  {
    file: 'sun',
    sentence: 'Most of the North Koreans are fighting in a 150-square-mile salient of Russia’s Kursk region that Ukrainian troops have occupied since August 6.',
    q: [['150-square-mile', 150, 'mi^2']],
    other: [['August 6', 'date']],
  },
  {
    file: 'sun',
    sentence: 'Other drone videos show the bodies of as many as 20 North Korean soldiers lined up in the snow awaiting removal.',
    q: [['as many as 20 North Korean soldiers', 20, 'soldier', 'as many as']],
  },
  {
    file: 'sun',
    sentence: 'Last week, Ukraine’s state service posted audio of what it said was an intercepted phone call from a Russian nurse saying more than 200 wounded North Koreans are being treated at her hospital near Moscow.',
    q: [['more than 200', 200, '', 'more than']],
  },
  {
    file: 'sun',
    sentence: 'The woman tells her husband: “A train came in yesterday, around 100 people, today 120 more, that’s 200.',
    q: [['around 100 people', 100, 'soldier', 'around'], ['120', 120, ''], ['200', 200, '']],
  },
  { file: 'sun', sentence: 'One drone video shows a line of soldiers trying to advance in broad daylight across an open field.', q: [] },
  { file: 'sun', sentence: 'By goose-stepping across the cobblestones, they would join commemorations of the Soviet victory in World War II.', q: [] },
  { file: 'sun', sentence: '© 2024 The New York Sun Company, LLC.', q: [], other: [['2024', 'year']] },
  {
    file: 'sun',
    sentence: 'Both sides believe that the new Trump administration will try to impose an immediate ceasefire as a first step toward talks leading to a Korea-style armistice.',
    q: [],
  },

  // ── The New York Sun, machine-reworded copy
  {
    file: 'sunR',
    sentence: 'Last 12 months, after watching Russia falter in Europe’s largest battle since World War II, North Korea’s chief, Kim Jong-un, jumped on the likelihood to earn fight expertise for his navy and arduous forex for his huge navy shares.',
    // "Last year" reworded: the words now say 12 months, and so does the reader.
    q: [['12 months', 12, 'months']],
  },
  {
    file: 'sunR',
    sentence: 'Russia this 12 months has relied on North Korea for half of its artillery shells fired in Ukraine.',
    q: [['12 months', 12, 'months'], ['half', 0.5, '']],
  },
  {
    file: 'sunR',
    sentence: 'After three years of battle, Russia has misplaced nearly half of its 2,000 tracked howitzers, largely as a consequence of gun barrel fatigue.',
    q: [['three years', 3, 'years'], ['nearly half', 0.5, '', 'nearly'], ['2,000', 2000, '']],
  },
  {
    file: 'sunR',
    sentence: 'Recently, although, movies have proven dozens of North Korean-made M1989 howitzers rumbling throughout Russia on rail vehicles.',
    q: [],
    other: [['M1989', 'name']],
  },
  {
    file: 'sunR',
    sentence: 'Designed to shell Seoul, these weapons hearth 170-millimeter shells, a caliber solely produced in North Korea.',
    q: [['170-millimeter', 170, 'mm']],
  },
  {
    file: 'sunR',
    sentence: 'Given the Western estimate of 11,000 North Korean troopers in Kursk, this implies a casualty price of 10 % to 27 % for the month of December.',
    q: [['11,000 North Korean troopers', 11000, 'soldier'], ['10 % to 27 %', [0.1, 0.27], '']],
  },
  { file: 'sunR', sentence: 'By Western requirements, North Korea has bottomless reserves: a standing military of 1.3 million.', q: [['1.3 million', 1300000, '']] },
  {
    file: 'sunR',
    sentence: 'During practically three years of battle, North Korea’s arms exports to Russia earned the nation as much as $5.5 billion, in accordance with a research by a researcher at Seoul’s Hankuk University of Foreign Studies, Olena Guseinova.',
    q: [['practically three years', 3, 'years', 'practically'], ['as much as $5.5 billion', 5.5e9, 'USD', 'as much as']],
  },
  {
    file: 'sunR',
    sentence: 'In 2025, North Korea might earn $500 million for supplying troops.',
    q: [['$500 million', 5e8, 'USD']],
    other: [['2025', 'year']],
  },
  {
    file: 'sunR',
    sentence: 'This provides as much as nearly 1 / 4 of North Korea’s gross home product.',
    // "a quarter" reworded to "1 / 4": a fraction, not a date; the hedge is the one next to it.
    q: [['nearly 1 / 4', 0.25, '', 'nearly']],
  },
  {
    file: 'sunR',
    sentence: 'Russia’s outsourcing of battle to an impoverished neighbor 4,000 miles from Moscow portends a brand new, international safety menace for America',
    q: [['4,000 miles', 4000, 'mi']],
  },
  {
    file: 'sunR',
    sentence: '“Pacts and guarantees are one factor; direct involvement in two ongoing wars in Europe—a sizzling one and a hybrid one—is kind of one other,” he writes.',
    q: [['two', 2, '']],
  },
  {
    file: 'sunR',
    sentence: 'For Russia, using North Korean troopers is a part of a race to beat as a lot floor as doable earlier than President-elect Trump’s inauguration on January 20.',
    q: [],
    other: [['January 20', 'date']],
  },
  {
    file: 'sunR',
    sentence: 'While the battle is basically off the entrance pages, the preventing is in its bloodiest part since President Putin launched the full-bore invasion, in February 2022.',
    q: [],
    other: [['February 2022', 'date']],
  },
  {
    file: 'sunR',
    sentence: 'Last Friday, Russia had 2,200 troopers killed or wounded — the very best casualty price for a single day within the battle, in accordance with Ukraine’s normal employees.',
    q: [['2,200 troopers', 2200, 'soldier']],
  },
  {
    file: 'sunR',
    sentence: 'The different two occasions when Russia misplaced greater than 2,000 males in at some point had been November 11 and 29.',
    // "males" is not a declared unit; "at some point" (was "in one day") holds no number.
    q: [['two', 2, ''], ['greater than 2,000', 2000, '', 'greater than']],
    other: [['November 11 and 29', 'date']],
  },
  { file: 'sunR', sentence: 'As of Monday, Russia has had 777,720 troopers killed or severely injured.', q: [['777,720 troopers', 777720, 'soldier']] },
  {
    file: 'sunR',
    sentence: 'Ukrainian casualties are estimated to be a 3rd of this quantity.',
    // "a third" reworded to "a 3rd": still the fraction one third.
    q: [['a 3rd', THIRD, '']],
  },
  {
    file: 'sunR',
    sentence: 'In the sphere, Ukrainian navy statistics point out, Russia has misplaced nearly 10,000 tanks, nearly 20,000 armored personnel carriers, and 21,000 artillery programs.',
    q: [['nearly 10,000', 10000, '', 'nearly'], ['nearly 20,000', 20000, '', 'nearly'], ['21,000', 21000, '']],
  },
  {
    file: 'sunR',
    sentence: 'On Monday, the Russian protection minister, Andrei Belousov, boasted that Russian forces are capturing 11.5 sq. miles of territory a day.',
    q: [['11.5 sq. miles of territory a day', 11.5, 'mi^2/day']],
  },
  {
    file: 'sunR',
    sentence: 'Last Friday, that might have value nearly 200 troopers per sq. mile.Given the nation’s dimension – barely smaller than Texas – it could take Russia 55 years to beat Ukraine.',
    q: [['nearly 200 troopers per sq. mile', 200, 'soldier/mi^2', 'nearly'], ['55 years', 55, 'years']],
  },
  {
    file: 'sunR',
    sentence: 'By January 20, Russia’s casualty toll is anticipated to hit 800,000.',
    q: [['800,000', 800000, '']],
    other: [['January 20', 'date']],
  },
  { file: 'sunR', sentence: 'On the Korean peninsula, the Demilitarized Zone is 160 miles lengthy.', q: [['160 miles', 160, 'mi']] },
  { file: 'sunR', sentence: 'In Ukraine, at the moment’s entrance line is 727 miles lengthy.', q: [['727 miles', 727, 'mi']] },
  {
    file: 'sunR',
    sentence: 'Most of the North Koreans are preventing in a 150-square-mile salient of Russia’s Kursk area that Ukrainian troops have occupied since August 6.',
    q: [['150-square-mile', 150, 'mi^2']],
    other: [['August 6', 'date']],
  },
  {
    file: 'sunR',
    sentence: 'Other drone movies present the our bodies of as many as 20 North Korean troopers lined up within the snow awaiting removing.',
    q: [['as many as 20 North Korean troopers', 20, 'soldier', 'as many as']],
  },
  {
    file: 'sunR',
    sentence: 'The lady tells her husband: “A practice got here in yesterday, round 100 individuals, at the moment 120 extra, that’s 200.',
    // "around" reworded to "round" is no hedge, and "individuals" no unit word.
    q: [['100 individuals', 100, 'person'], ['120', 120, ''], ['200', 200, '']],
  },
  {
    file: 'sunR',
    sentence: 'Both sides imagine that the brand new Trump administration will attempt to impose a direct ceasefire as a primary step towards talks resulting in a Korea-style armistice.',
    q: [],
  },

  // ── North Korea's Military Aid: A New Alliance in the Ukraine War
  {
    file: 'aid',
    sentence: "Reports from South Korea's National Intelligence Service (NIS) indicate that approximately 1,500 members of North Korea's special forces have crossed into Vladivostok, Russia's far east, to undergo training and potentially participate in the escalating conflict.",
    q: [['approximately 1,500', 1500, '', 'approximately']],
  },
  {
    file: 'aid',
    sentence: 'However, this mass deployment of troops represents an unprecedented level of commitment that could grow to a total of 12,000 soldiers across four brigades, despite being comparatively modest against the estimated 600,000 Russian troops currently engaged in Ukraine.',
    q: [['12,000 soldiers', 12000, 'soldier'], ['four brigades', 4, 'brigade'], ['estimated 600,000 Russian troops', 600000, 'soldier', 'estimated']],
  },
  {
    file: 'aid',
    sentence: 'As Russia suffers significant losses estimated at 1,200 soldiers per day during its autumn offensive, the practical role of North Korean troops may not involve direct frontline infantry action.',
    // "estimated at" is a hedge of the rules (spec news-language §6: a hedge may stand after the number's verb).
    q: [['estimated at 1,200 soldiers per day', 1200, 'soldier/day', 'estimated at']],
  },
  {
    file: 'aid',
    sentence: "South Korean intelligence has noted a significant uptick in arms shipments from North Korea to Russia—an estimated 70 shipments since August of the previous year—transferring 8 million rounds of essential ammunition, including artillery shells crucial for Russia's military strategies in Ukraine.",
    q: [['an estimated 70 shipments', 70, 'shipment', 'an estimated'], ['8 million rounds', 8e6, 'shell']],
  },
  {
    file: 'aid',
    sentence: 'In light of these developments, G7 nations are poised to confirm a substantial financial package of $50 billion for Ukraine, funded by interest accrued from frozen Russian assets.',
    q: [['$50 billion', 5e10, 'USD']],
    other: [['G7', 'name']],
  },
  {
    file: 'aid',
    sentence: 'Historically, North Korea has maintained a reputation for isolationism, sending small contingents of pilots to support allies in previous conflicts like the Yom Kippur War and the Vietnam War.',
    q: [],
  },
  { file: 'usip', sentence: 'A Ukrainian army vehicle in the Kursk region of Russia, Aug. 12, 2024.', q: [], other: [['Aug. 12, 2024', 'date']] },
  {
    file: 'aid',
    sentence: 'The involvement of North Korean forces also symbolizes an ongoing consolidation of alliances among members of the so-called Axis of Upheaval, which includes Russia, China, Iran, and North Korea.',
    q: [],
  },

  // ── USIP, machine-reworded copy
  { file: 'usip', sentence: 'A Ukrainian military automobile within the Kursk area of Russia, Aug. 12, 2024.', q: [], other: [['Aug. 12, 2024', 'date']] },
  { file: 'usip', sentence: 'After signing a mutual protection pledge in June, North Korea and Russia relations seem like deepening.', q: [] },
  {
    file: 'usip',
    sentence: 'Glantz: Numerous studies from Ukrainian, South Korean and U.S. sources point out that there are at the moment 10,000 North Korean troopers in Russia, with expectations that that quantity might improve to as a lot as 12,000.',
    // "as much as" reworded to "as a lot as" is no hedge of the rules.
    q: [['10,000 North Korean troopers', 10000, 'soldier'], ['12,000', 12000, '']],
  },
  {
    file: 'usip',
    sentence: 'Certainly, Ukrainian navy intelligence reported on October 24 that the primary North Korean items had arrived on the entrance in Russia’s Kursk oblast, the place Ukraine holds some territory.',
    q: [],
    other: [['October 24', 'date']],
  },
  {
    file: 'usip',
    sentence: 'Putin and North Korean President Kim Jong Un signed a mutual protection pact in June of this 12 months.',
    q: [['12 months', 12, 'months']],
  },
  {
    file: 'usip',
    sentence: 'Article 4 of that treaty reportedly states: “In case any of the 2 sides is put in a state of battle by an armed invasion … the opposite aspect shall present navy and different help with all means in its possession immediately.”',
    q: [['2', 2, '']],
    other: [['Article 4', 'name']],
  },
  {
    file: 'usip',
    sentence: 'The decrease home of the Russian parliament (the Duma) voted unanimously to ratify that treaty on October 24.',
    q: [],
    other: [['October 24', 'date']],
  },
  {
    file: 'usip',
    sentence: 'What distinction 12,000 troopers, nevertheless extremely educated, would make in a battle that has already consumed greater than 600,000 Russian casualties\u00a0is an actual query.',
    // (the article has a non-breaking space after "casualties")
    q: [['12,000 troopers', 12000, 'soldier'], ['greater than 600,000 Russian casualties', 600000, 'soldier', 'greater than']],
  },
  {
    file: 'usip',
    sentence: 'Regardless, bringing allied forces to bear within the combating represents an escalation and an implicit problem to Ukraine and its supporters, who’ve to date shunned sending troops to take direct half within the fight.',
    // "take direct part" reworded to "take direct half": "half" before "within" is no fraction.
    q: [],
  },
  {
    file: 'usip',
    sentence: 'Along with pushing again on the Ukrainian presence in Kursk, this includes continued offensive operations within the Donbas designed to beat the rest of the Donetsk area Moscow illegally annexed in 2022.',
    q: [],
    other: [['2022', 'year']],
  },
  {
    file: 'usip',
    sentence: 'These operations are primarily grinding assaults that lead to roughly 1,200 Russian casualties a day; any extra manpower would definitely be helpful to the Kremlin.',
    q: [['roughly 1,200 Russian casualties a day', 1200, 'soldier/day', 'roughly']],
  },
  {
    file: 'usip',
    sentence: 'But at that casualty price, even 12,000 North Korean troops would solely be ample for 10 days of operations, so it’s unlikely that extra manpower is the only driver of Russian technique vis-à-vis the North Koreans.',
    q: [['12,000 North Korean troops', 12000, 'soldier'], ['10 days', 10, 'days']],
  },
  {
    file: 'usip',
    sentence: 'China’s weight in each the Russian and North Korean economies offers it monumental affect that Beijing might leverage over the 2 international locations.',
    // "over" is a hedge only right before the number; "the" stands between.
    q: [['2', 2, '']],
  },
  {
    file: 'usip',
    sentence: 'As a substitute, on October 29, when requested about China’s position amid attainable heightened tensions from North Korean troop deployments, China’s overseas ministry reaffirmed Beijing’s long-standing place on the Ukraine disaster and the Korean Peninsula.',
    q: [],
    other: [['October 29', 'date']],
  },
  {
    file: 'usip',
    sentence: 'When the USA introduced that there was proof that Pyongyang had despatched hundreds of troopers to Russia, China’s overseas ministry spokesman initially responded that China was “not conscious of the state of affairs.”',
    // "hundreds of" names no amount.
    q: [],
  },
  {
    file: 'usip',
    sentence: 'China is more likely to preserve this wait and see method (a minimum of on the floor) on the rising Kremlin-Pyongyang ties except North Korean troop involvement considerably impacts the Ukraine battle or North Korea takes actions that threat additional escalating the battle.',
    q: [],
  },
  {
    file: 'usip',
    sentence: 'Seemingly of even better concern to Beijing, nevertheless, is that Pyongyang’s willingness to ship troops to help Russian fight operations might velocity efforts among the many United States, Japan and South Korea to strengthen trilateral safety ties, which Beijing sees as a transfer towards Chilly Warfare-style containment.',
    q: [],
  },
  {
    file: 'usip',
    sentence: 'It has additionally denied it has issues in regards to the deepening ties between Moscow and Pyongyang regardless of their implications for the geopolitical affect Beijing has wielded over Pyongyang in current a long time, as Chinese language commerce and funding have been financial life help for its neighbor.',
    q: [],
  },
];

/** Rounds a value so that 1/3 read from "a third" and from "1/3" compare equal. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

function expectedQuantity([text, value, unit, hedge]: Q): unknown {
  const [low, high] = Array.isArray(value) ? value : [value, undefined];
  return { text, low: round(low), high: high === undefined ? undefined : round(high), unit, hedge };
}

describe('real sentences from the four articles', () => {
  it('has a large table, every sentence copied verbatim from its article', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    for (const row of ROWS) expect(article(FILES[row.file]), row.sentence).toContain(row.sentence);
  });

  it.each(ROWS.map((row) => [row.sentence.slice(0, 70), row] as const))('%s…', (_title, row) => {
    const found = readProse(row.sentence, ctx);
    // Every finding's text is exactly its slice of the sentence.
    for (const n of found) expect(row.sentence.slice(n.start, n.end)).toBe(n.text);
    const quantities = found
      .filter((n) => n.kind === 'quantity')
      .map((n) => ({
        text: n.text,
        low: round(n.quantity?.low.value ?? NaN),
        high: n.quantity?.high === undefined ? undefined : round(n.quantity.high.value),
        unit: n.quantity?.unit,
        hedge: n.quantity?.hedge?.phrase,
      }));
    expect(quantities).toEqual(row.q.map(expectedQuantity));
    const others = found.filter((n) => n.kind !== 'quantity').map((n) => [n.text, n.kind]);
    expect(others).toEqual(row.other ?? []);
  });
});
