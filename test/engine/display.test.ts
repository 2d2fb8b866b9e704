// Results in the simplest unit with plural count words (spec news-language §7),
// through the real pipeline: checkClaimsText over a claims file in memory.
import { describe, expect, it } from 'vitest';
import { claims } from './claims-in-memory.js';

const FILE = `
units:
  person: { aliases: [people, persons] }
inputs:
  population: { value: 67 million people, source: ONS }
  per_head: { value: 5.1 t/person, source: DESNZ }
claims:
  emissions: { compute: population * per_head }
  half: { compute: population / 2 }
  half_stated: { compute: population / 2, stated: 30 million people }
`;

describe('display of results', () => {
  it('shows people × tonnes per person in tonnes, not person*(t/person)', () => {
    // 67e6 × 5.1 t = 341.7e6 t, shown to 3 significant figures in millions.
    const c = claims(FILE).get('emissions')!;
    expect(c.message).toBe('67 million people * (5.1 t/person) = 342 million t');
    expect(c.computed?.unit).toBe('t');
  });

  it('says "people", not "person", for a count of people', () => {
    // 67e6 / 2 = 33.5e6 people.
    expect(claims(FILE).get('half')!.message).toBe('67 million people / 2 = 33.5 million people');
  });

  it('shows a unit symbol as it is, never with an s: "2.35 kg", not "2.35 kgs"', () => {
    // The rules read "kgs" and "hrs" as kg and hour, so the plural search found "kgs" for kg.
    // 2 kg + 350 g = 2.35 kg; 90 min / 60 = 1.5 h; 2 days × 2 = 4 days (a word keeps its plural).
    const file = 'inputs:\n  weight: { value: 2 kg, source: s }\n  more: { value: 350 g, source: s }\n  stay: { value: 2 days, source: s }\nclaims:\n  total: { compute: weight + more, stated: 2.35 kg }\n  twice: { compute: stay * 2, stated: 4 days }\n';
    expect(claims(file).get('total')!.message).toBe('2 kg + 350 g = 2.35 kg, stated 2.35 kg');
    expect(claims(file).get('twice')!.message).toBe('2 days * 2 = 4 days, stated 4 days');
  });

  it('reads the plurals people write after an abbreviation, "12 kms", "14 cms", and "60 kmh", as km, cm and km/h', () => {
    // Before, each was an unknown unit with the advice to declare "kms" with the alias "kmses".
    // 12 km / 2 = 6 km; 12 km / 2 hours = 6 km/h; 60 km/h × 2 hours = 120 km; 14 cm × 2 = 28 cm.
    const file = 'inputs:\n  road: { value: 12 kms, source: s }\n  trip_time: { value: 2 hours, source: s }\n  speed: { value: 60 kmh, source: s }\n  pen: { value: 14 cms, source: s }\nclaims:\n  half: { compute: road / 2, stated: 6 kms }\n  pace: { compute: road / trip_time, stated: 6 kmh }\n  trip: { compute: speed * trip_time, stated: 120 km }\n  pens: { compute: pen * 2, stated: 28 cm }\n';
    const c = claims(file);
    expect(c.get('half')!.message).toBe('12 kms / 2 = 6 km, stated 6 kms');
    expect([...c.values()].map((claim) => claim.verdict)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(c.get('trip')!.message).toBe('60 kmh * 2 hours = 120 km, stated 120 km');
    expect(c.get('pens')!.message).toBe('14 cms * 2 = 28 cm, stated 28 cm');
  });

  it('keeps the scale word in the admissible set of a stated amount', () => {
    // "30 million" admits [29.5e6, 30.5e6); 33.5e6 is (33.5 − 30.5) / 30.5 = 9.8% above.
    const c = claims(FILE).get('half_stated')!;
    expect(c.trace?.admissible).toBe('[29.5 million, 30.5 million) people');
    expect(c.trace?.why).toBe('33.5 million people is 9.8% above 30.5 million people, the nearest value "30 million people" allows');
  });
});
