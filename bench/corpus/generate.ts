/**
 * A seeded generator of news-like articles (about 600 words each) for benchmarks at scale. It
 * recombines invented names, real place names and sentence templates written for it, so a corpus
 * of any size is reproducible from (count, seed) and holds no copyrighted text. Entities recur
 * across articles the way news does: a few often, most rarely.
 */

import seedrandom from 'seedrandom';
import countries from 'world-countries';
import cities from '../../lib/nlp/data/cities.json' with { type: 'json' };
import { FAMILY_NAMES, GIVEN_NAMES, OFFICES, ORGANIZATION_KINDS, SOURCES, TOPICS } from './names';

export interface GeneratedArticle {
  title: string;
  source: string;
  date: string;
  url: string;
  text: string;
}

const COUNTRIES = countries.map((c) => c.name.common).filter((name) => !name.includes('('));
const CITIES = (cities as [string, string][]).map(([name]) => name);
const INITIALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2020, 0, 1);

interface Person {
  name: string;
  surname: string;
  office: string;
}

/** Sentence templates; each fills its slots from the article's cast. */
const TEMPLATES: ((c: Cast) => string)[] = [
  (c) =>
    `${c.p1.name}, the ${c.p1.office.toLowerCase()} of ${c.country1}, said on ${c.weekday} that talks on ${c.topic} with ${c.country2} would resume in ${c.city1}.`,
  (c) => `${c.p1.office} ${c.p1.name} met ${c.p2.name} in ${c.city1} to discuss ${c.topic} and the timetable for a first agreement.`,
  (c) => `Officials at the ${c.org1} said the plan could cost more than ${c.number} million dollars over the next ${c.years} years.`,
  (c) => `${c.p2.surname} told reporters that ${c.country2} had not yet agreed to the terms, but that a deal was close.`,
  (c) => `The ${c.org2} welcomed the proposal and called on ${c.country1} to publish the details before the summer.`,
  (c) => `Critics in ${c.city2} argued that the agreement favored large firms and left small producers behind.`,
  (c) => `${c.p1.surname} is expected to travel to ${c.city2} next week, where ${c.p3.name} will host a meeting of regional ministers.`,
  (c) => `Analysts said ${c.topic} had become a test of whether ${c.country1} and ${c.country2} could still work together.`,
  (c) => `According to the ${c.org1}, trade between the two countries rose by ${c.years} percent last year despite the dispute.`,
  (c) => `In a statement, ${c.p3.name}, ${c.p3.office.toLowerCase()} of ${c.country2}, said the ${c.org2} would follow the talks closely.`,
  (c) => `Residents of ${c.city1} said they hoped the talks would bring lower prices and more reliable supplies.`,
  (c) => `${c.p2.name}, a former ${c.p2.office.toLowerCase()}, warned that further delays could cost jobs across ${c.country2}.`,
  (c) => `The talks were first proposed ${c.years} years ago, when ${c.p3.surname} led a delegation to ${c.city1}.`,
  (c) => `Neither side would say when a final text might be signed, and several questions about ${c.topic} remain open.`,
];

interface Cast {
  p1: Person;
  p2: Person;
  p3: Person;
  country1: string;
  country2: string;
  city1: string;
  city2: string;
  org1: string;
  org2: string;
  topic: string;
  weekday: string;
  number: number;
  years: number;
}

/** Three draws of `draw` that differ in `key` (three people with three surnames, so a surname is never ambiguous within an article). */
function threeDistinct<T>(draw: () => T, key: (value: T) => string): [T, T, T] {
  const seen = new Map<string, T>();
  while (seen.size < 3) {
    const value = draw();
    if (!seen.has(key(value))) seen.set(key(value), value);
  }
  return [...seen.values()] as [T, T, T];
}

/** Articles `0 … count-1` of the corpus seeded by `seed`, lazily, so a huge corpus streams. */
export function* generateArticles(count: number, seed: string | number): Generator<GeneratedArticle> {
  const random = seedrandom(String(seed));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Squaring skews choices toward the start of each pool: a few entities recur often, most rarely.
  const skewed = (size: number) => Math.floor(random() ** 2 * size);
  // Spreads a skewed index over a list, so the often-chosen entries are not all from its start.
  const spread = <T>(list: readonly T[], i: number): T => list[(i * 7919) % list.length] as T;
  const peoplePool = Math.max(50, count);
  const person = (): Person => {
    const i = skewed(peoplePool);
    // (given, given + round) is a different pair for every i below 140 × 150, and small pools still vary the surname.
    const round = Math.floor(i / GIVEN_NAMES.length);
    const given = spread(GIVEN_NAMES, i % GIVEN_NAMES.length);
    const surname = spread(FAMILY_NAMES, ((i % GIVEN_NAMES.length) + round) % FAMILY_NAMES.length);
    const initial = INITIALS[Math.floor(i / (GIVEN_NAMES.length * FAMILY_NAMES.length)) % INITIALS.length];
    const name = i < GIVEN_NAMES.length * FAMILY_NAMES.length ? `${given} ${surname}` : `${given} ${initial}. ${surname}`;
    return { name, surname, office: OFFICES[i % OFFICES.length] as string };
  };
  const organization = () => {
    const i = skewed(Math.max(20, count / 4));
    const root = i % 2 ? spread(FAMILY_NAMES, i) : spread(CITIES, i);
    return `${root} ${ORGANIZATION_KINDS[Math.floor(i / 2) % ORGANIZATION_KINDS.length]}`;
  };

  for (let n = 0; n < count; n++) {
    const [p1, p2, p3] = threeDistinct(person, (p) => p.surname);
    const cast: Cast = {
      p1,
      p2,
      p3,
      country1: pick(COUNTRIES),
      country2: pick(COUNTRIES),
      city1: spread(CITIES, skewed(CITIES.length)),
      city2: spread(CITIES, skewed(CITIES.length)),
      org1: organization(),
      org2: organization(),
      topic: pick(TOPICS),
      weekday: pick(WEEKDAYS),
      number: 10 + Math.floor(random() * 990),
      years: 2 + Math.floor(random() * 9),
    };
    const paragraphs: string[] = [];
    let words = 0;
    while (words < 600) {
      const sentences = [pick(TEMPLATES)(cast), pick(TEMPLATES)(cast), pick(TEMPLATES)(cast)];
      paragraphs.push(sentences.join(' '));
      words += sentences.join(' ').split(' ').length;
    }
    yield {
      title: `${cast.p1.surname} and ${cast.p2.surname} resume talks on ${cast.topic}`,
      source: pick(SOURCES),
      date: new Date(FIRST_DAY + Math.floor(random() * 1500) * DAY_MS).toISOString().slice(0, 10),
      url: `https://generated.invalid/${seed}/${n}`,
      text: paragraphs.join('\n\n'),
    };
  }
}
