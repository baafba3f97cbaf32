import { describe, expect, it } from 'vitest';
import { factsForDate, roleAsOf, roleFacts, rolesOn } from '../../lib/kb/role-history';
import { canonicalRole } from '../../lib/nlp/role-canonical';

describe('canonicalRole', () => {
  it.each([
    ['Zimbabwean president', 'President of Zimbabwe'],
    ["Zimbabwe's President", 'President of Zimbabwe'],
    ['president of Zimbabwe', 'President of Zimbabwe'],
    ['Zimbabwe President', 'President of Zimbabwe'],
    ['U.S. president', 'President of the United States'],
    ['American President', 'President of the United States'],
    ['former U.S. President', 'Former President of the United States'],
    ['ex-President', 'Former President'],
    ['outgoing U.S. President', 'President of the United States'],
    ["Russia's new Prime Minister", 'Prime Minister of Russia'],
    ['incoming U.S. President', 'President-elect of the United States'],
    ['U.S. President-elect', 'President-elect of the United States'],
    ['candidate for U.S. President', 'Candidate for President of the United States'],
    ['acting President of Venezuela', 'Acting President of Venezuela'],
    ['Norwegian PM', 'Prime Minister of Norway'],
    ['former PM of Norway', 'Former Prime Minister of Norway'],
    ['Rep.', 'Representative'],
    ['Lt. Col.', 'Lieutenant Colonel'],
    ['Sgt', 'Sergeant'],
    ['U.S. Secretary of State', 'United States Secretary of State'],
    ['South Korean Foreign Minister', 'Foreign Minister of South Korea'],
    ['Illinois Senator', 'Senator from Illinois'],
    ['Senator from Illinois', 'Senator from Illinois'],
    ['Ohio Governor', 'Governor of Ohio'],
    ["Ohio's governor", 'Governor of Ohio'],
    ['Governor of Ohio', 'Governor of Ohio'],
    ['former Governor of Ohio', 'Former Governor of Ohio'],
    ['former Ohio Governor', 'Former Governor of Ohio'],
    ['Minister of Education', 'Education Minister'],
    ['Israeli Minister of Education', 'Education Minister of Israel'],
    ['Education Minister of Israel', 'Education Minister of Israel'],
    ['French Minister of the Interior', 'Interior Minister of France'],
    ['Minister of Foreign Affairs of Japan', 'Foreign Minister of Japan'],
    ['Deputy Secretary of Defense', 'Deputy Defense Secretary'],
    ['Secretary of the Treasury', 'Treasury Secretary'],
    ['Minister of State', 'Minister of State'],
    ['Turkish President', 'President of Turkey'],
    ['President of Turkey', 'President of Turkey'],
    ['founder of the video website Clipster', 'Founder of Clipster'],
    ['owner of the newspaper Morning Lantern', 'Owner of Morning Lantern'],
    // A body the gazetteer lacks, known by its head or its acronym, goes in front as a known one does.
    ['head of the Clipster Foundation', 'Clipster Foundation Head'],
    ['Kessel Harbour Authority President', 'Kessel Harbour Authority President'],
    ['President of the Kessel Harbour Authority', 'Kessel Harbour Authority President'],
    ['KLMA president', 'KLMA President'],
    // Not a party's name, which many countries share.
    ['Labour Party Leader', 'Labour Party Leader'],
    ['Norwegian Crown Prince', 'Crown Prince of Norway'],
    // "New" capitalized before a title word opens no place: the sentence's first word.
    ['New President of Norway', 'President of Norway'],
    ['New York Governor', 'Governor of New York'],
    ['New US Envoy', 'Envoy of the United States'],
    ['President of Russia Vladimir', 'President of Russia'],
    ['Prime Minister of Norway Dr', 'Prime Minister of Norway'],
    ['President of Norway General', 'President of Norway'],
    ['Philippine President', 'President of the Philippines'],
    ['Minister of Trade and Industry', 'Minister of Trade and Industry'],
    ['Prime minister', 'Prime Minister'],
    ['New York Senator', 'Senator from New York'],
    ['British Prime Minister', 'Prime Minister of the United Kingdom'],
    ['Secretary of Health and Human Services', 'Secretary of Health and Human Services'],
    ['Special Envoy to India', 'Special Envoy to India'],
    ['Mexico City Mayor', 'Mayor of Mexico City'],
    ['Marlow Falls, Ohio, Mayor', 'Mayor of Marlow Falls'],
    ['former Marlow Falls, Ohio mayor', 'Former Mayor of Marlow Falls'],
    ['Mayor of Marlow Falls, Ohio', 'Mayor of Marlow Falls'],
    ['Maldivian president', 'President of the Maldives'],
    ['New Norwegian Prime Minister', 'Prime Minister of Norway'],
    ['Party Leader', 'Party Leader'],
    ['Prime Minister of Valdoria', 'Prime Minister of Valdoria'],
    ['Chairman of the Bank of Greece', 'Chairman of the Bank of Greece'],
    // A country inside the body's name stays there: cut out and put in front, it read as another body ("Norway President of the Authority").
    ['chairman of the U.S. Federal Reserve', 'Chairman of the U.S. Federal Reserve'],
    ['President of the Norwegian Harbour Authority', 'President of the Norwegian Harbour Authority'],
    ['President of the Democratic Republic of the Congo', 'President of DR Congo'],
    // The one office of its kind has no place: a place with it is where its holder went.
    ['Lisbon Pope', 'Pope'],
    ['Pope of Lisbon', 'Pope'],
    ['Director of the Valdorian Intelligence Service', 'Valdorian Intelligence Service Director'],
    ['Norwegian Director of Public Prosecutions', 'Norwegian Director of Public Prosecutions'],
    ['Premier of British Columbia', 'Premier of British Columbia'],
    ['Prime Minister of New', 'Prime Minister of New'],
    ['Leader of the Opposition', 'Opposition Leader'],
    ['Opposition Leader', 'Opposition Leader'],
    ['Commander of the Army', 'Army Commander'],
    ['Chief of Staff', 'Chief of Staff'],
    ['leader of the Movement for Change in Norway', 'Leader of the Movement for Change in Norway'],
    ['Leader of the Movement for Change', 'Leader of the Movement for Change'],
    ['U.S. Chairman of the Federal Reserve', 'United States Chairman of the Federal Reserve'],
    ['late Israeli Prime Minister', 'Former Prime Minister of Israel'],
    ['ousted Egyptian President', 'Former President of Egypt'],
    ['deceased North Korean leader', 'Former Leader of North Korea'],
    ['retired United States Army general', 'Former American Army General'],
    ['President of the United States of America', 'President of the United States'],
    // A name of several words the extractor ran into after the place; a body's name after its country stays.
    ['President of Norway Ilse Van Doorn', 'President of Norway'],
    ['former President of Norway Nour al-Hadi', 'Former President of Norway'],
    ['Mayor of Washington D.C', 'Mayor of Washington'],
    ['Commander of the US Pacific Fleet', 'Commander of the US Pacific Fleet'],
    // A country that takes no "the" written after one opens a body's name: no name run into.
    ['leader of the Norway Freedom Front', 'Leader of the Norway Freedom Front'],
    ['leader of the Norway Zorvath', 'Leader of the Norway Zorvath'],
    // A rank between the title and the name is the person's, no word of the office.
    ['Norwegian Defence Minister General', 'Defence Minister of Norway'],
    ['army chief Lieutenant General', 'Army Chief'],
    ['leader Senior General', 'Leader'],
    ['Attorney General', 'Attorney General'],
    ['Major General', 'Major General'],
    // So is a standing (an honorific or a cleric's rank): no word of the office, unless a modifier makes it one.
    ['Norwegian Supreme Leader Grand Ayatollah', 'Supreme Leader of Norway'],
    ['Supreme Leader of Norway Ayatollah', 'Supreme Leader of Norway'],
    ['former Norwegian prime minister Sheikh', 'Former Prime Minister of Norway'],
    ['Norwegian Interior Minister Lieutenant General Sheikh', 'Interior Minister of Norway'],
    ['Health Minister Dr.', 'Health Minister'],
    ['Mufti Sheikh', 'Mufti'],
    ['Chief Rabbi', 'Chief Rabbi'],
    ['Grand Mufti', 'Grand Mufti'],
    ['Shiite Imam', 'Shiite Imam'],
    // A judge's standing ("Justice …") after the judge's title; "Chief Justice" and a justice minister's portfolio are offices.
    ['Valdoria High Court judge Justice', 'Valdoria High Court Judge'],
    ['Chief Justice', 'Chief Justice'],
    ['Minister of Justice', 'Minister of Justice'],
    // A standing before the place, after a portfolio.
    ['State Minister for Defence Sheikh of Norway', 'State Defence Minister of Norway'],
    // A body the gazetteer knows goes in front under its own name, whichever side and spelling the text gave.
    ['ECB President', 'European Central Bank President'],
    ['president of the European Central Bank', 'European Central Bank President'],
    ['UN Secretary-General', 'United Nations Secretary General'],
    ['Secretary-General of NATO', 'NATO Secretary General'],
    ['former head of the International Monetary Fund', 'Former IMF Head'],
    ['Labour Minister', 'Labour Minister'],
    ['President-elect of Norway', 'President-elect of Norway'],
    ['al-Qaeda deputy leader', 'al-Qaeda Deputy Leader'],
    ['UN General', 'UN General'],
    // "First" before a head's office tells who held it first; before other titles it is part of them.
    ['first President of Norway', 'President of Norway'],
    ['former first Prime Minister of Norway', 'Former Prime Minister of Norway'],
    ['First Minister of Scotland', 'First Minister of Scotland'],
    ['First Vice President of Norway', 'First Vice President of Norway'],
    // A national legislator's title takes the country in front: "Representative of …" reads as an envoy's.
    // Its adjective, where the name there reads as a body's ("Philippines Senator"); the United States' name is the form in use.
    ['U.S. Rep.', 'United States Representative'],
    ['Norwegian senator', 'Norwegian Senator'],
    ['Philippine senator', 'Filipino Senator'],
    ['Norway Senator', 'Norwegian Senator'],
    ['former U.S. Congresswoman', 'Former United States Congresswoman'],
    ['Ohio Representative', 'Representative from Ohio'],
    ['Minister of Trade and Industry of Norway', 'Norwegian Minister of Trade and Industry'],
    ['Norway Speaker of the Parliament', 'Norwegian Speaker of the Parliament'],
    // The package's adjective that news does not write gives way to the one it does; a people's noun to the name.
    ['Kyrgyzstan Minister of Justice', 'Kyrgyz Minister of Justice'],
    ['Iceland Minister of Justice', 'Iceland Minister of Justice'],
    // A title a nationality describes is no office of the country: "Journalist of Norway" read as malformed.
    ['Norwegian journalist', 'Norwegian Journalist'],
    ['U.S. author', 'American Author'],
    ['former diplomat of Norway', 'Former Norwegian Diplomat'],
    ["Norway's Ayatollah", 'Norwegian Ayatollah'],
    ['Cardinal of Ohio', 'Cardinal of Ohio'],
    ['Archbishop of Norway', 'Norwegian Archbishop'],
    // So is a military rank, of a service or not; not a captain alone (a national team's), nor an office with "General".
    ['Norwegian colonel general', 'Norwegian Colonel General'],
    ['retired U.S. Army lieutenant general', 'Former American Army Lieutenant General'],
    ['Captain of Norway', 'Captain of Norway'],
    ['Attorney General of Norway', 'Attorney General of Norway'],
    ['Georgian general', 'General of Georgia'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalRole(raw)?.text).toBe(canonical);
  });

  it.each([
    'force President',
    'son of U.S. President Joe Biden',
    'and Evening Standard owner Evgeny Lebedev',
    'and President of Belarus Alexander Lukashenko',
    'with the ambassador saying he',
    'according to a spokesman for the court',
    'head of state of the Vatican and leader of the church',
    'gives Congressional leader 24 hours',
    'as Deputy chief of staff',
    'Foreign Affairs',
    'former U.S. Vice President Dick Cheney',
    'former minister of defense Yoav Gallant',
    'Governor of',
    'Minister for the',
    "chairman of Greece's",
    'President-elect of the European',
    'reportedly a leader of the Hamas',
    // Two roles glued by "and".
    'former Senator and actor of Norway',
    'chairman and co-founder of the Kessel Party',
    'leader of the Norwegian opposition and former Prime Minister',
    'researcher for the Kessel Institute and an American citizen',
    "former head of the Kessel Police and Norway's top officer",
    // A director of a country is a film's: no office ("Director of the Valdorian Intelligence Service" is one).
    'Norwegian director',
    'former Norwegian director',
  ])('%s is no role', (raw) => {
    expect(canonicalRole(raw)).toBeNull();
  });
});

/** Occurrences of roles in documents named by their dates ("2017-11-06.txt"). */
const occurrences = (list: [string, string[]][]) =>
  list.flatMap(([text, dates]) => dates.map((d) => ({ text, doc: `${d}.txt`, sentence: `${text} on ${d}.` })));
const dateOf = (doc: string) => /^\d{4}-\d{2}-\d{2}/.exec(doc)?.[0] ?? null;

// Shaped like a vice-president who took the presidency a week after a page of 17 November 2017.
const vicePresident = roleFacts(
  occurrences([
    ['Zimbabwean Vice President', ['2014-12-12', '2016-05-03', '2017-11-06']],
    ['Vice President', ['2015-08-01']],
    ['Zimbabwe President', ['2017-11-24', '2018-08-03', '2019-02-01']],
    ['President', ['2018-07-30']],
  ]),
  dateOf,
);

describe('roleFacts', () => {
  it('groups the spellings of a role, and a role without a country joins the one with', () => {
    expect(vicePresident.map((f) => [f.text, f.docs, f.first, f.last])).toEqual([
      ['President of Zimbabwe', 4, '2017-11-24', '2019-02-01'],
      ['Vice President of Zimbabwe', 4, '2014-12-12', '2017-11-06'],
    ]);
  });

  it('groups one office spelt two ways: "Defence" and "Defense"', () => {
    const facts = roleFacts(
      occurrences([
        ['Norwegian Defence Minister', ['2014-01-01']],
        ['Norwegian Defense Minister', ['2014-02-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => [f.text, f.docs])).toEqual([['Defence Minister of Norway', 2]]);
  });

  it('joins a role without a place to one with only when that one is given often enough', () => {
    const facts = roleFacts(
      occurrences([
        ['Mayor', ['2014-01-01', '2014-02-01', '2014-03-01', '2014-04-01', '2014-05-01']],
        ['Lisbon Mayor', ['2014-06-01']],
        ['former Mayor', ['2014-07-01']],
        ['Governor', ['2015-01-01']],
        ['Ohio Governor', ['2015-02-01', '2015-03-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => [f.text, f.docs])).toEqual([
      ['Governor of Ohio', 3],
      ['Former Mayor', 1],
      ['Mayor of Lisbon', 1],
      ['Mayor', 5],
    ]);
  });

  it('joins a body’s title given without its country to the one given with it ("in Norway"), which keeps the country', () => {
    const facts = roleFacts(
      occurrences([
        ['leader of the Movement for Change', ['2016-01-01']],
        ['leader of the Movement for Change in Norway', ['2016-03-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => [f.text, f.docs])).toEqual([['Leader of the Movement for Change in Norway', 2]]);
  });

  it('joins a title given bare to the same title of a body the gazetteer knows', () => {
    const facts = roleFacts(
      occurrences([
        ['Secretary General', ['2016-01-01', '2016-02-01']],
        ['NATO Secretary-General', ['2016-03-01']],
        ['secretary general of NATO', ['2016-04-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => [f.text, f.docs])).toEqual([['NATO Secretary General', 4]]);
  });

  it('joins a title given bare to the same title of a body known by its head or acronym, and of another spelling', () => {
    const facts = roleFacts(
      occurrences([
        ['President', ['2016-01-01', '2016-02-01']],
        ['Kessel Harbour Authority President', ['2016-03-01']],
        ['Defense Minister', ['2017-01-01']],
        ['Norwegian Defence Minister', ['2017-02-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => [f.text, f.docs])).toEqual([
      ['Defence Minister of Norway', 2],
      ['Kessel Harbour Authority President', 3],
    ]);
  });

  it('gives a qualified role without a country the country of the same title: "Former Prime Minister" of a prime minister of Portugal', () => {
    const facts = roleFacts(
      occurrences([
        ['Portuguese Prime Minister', ['2010-01-01', '2011-01-01']],
        ['former Prime Minister', ['2014-01-01', '2015-01-01']],
        ['former Senator', ['2016-01-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => [f.text, f.docs])).toEqual([
      ['Former Senator', 1],
      ['Former Prime Minister of Portugal', 2],
      ['Prime Minister of Portugal', 2],
    ]);
  });

  it('keeps the newest sentence of each role, and drops text that is no role', () => {
    const facts = roleFacts(
      occurrences([
        ['U.S. president', ['2010-01-01', '2012-02-02']],
        ['force President', ['2011-01-01']],
      ]),
      dateOf,
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]?.example).toEqual({ text: 'U.S. president', doc: '2012-02-02.txt', sentence: 'U.S. president on 2012-02-02.' });
  });
});

describe('roleAsOf', () => {
  it('leads with the role held on the page’s date, not one the corpus gives only later', () => {
    expect(roleAsOf(vicePresident, '2017-11-17')?.text).toBe('Vice President of Zimbabwe');
    expect(roleAsOf(vicePresident, '2018-09-01')?.text).toBe('President of Zimbabwe');
    expect(roleAsOf(vicePresident, '2014-01-01')).toBeNull();
  });

  it('tells successive roles apart by the dates of their articles', () => {
    const facts = roleFacts(
      occurrences([
        ['Illinois Senator', ['2005-03-01', '2006-06-01', '2007-09-01', '2008-02-01']],
        ['U.S. President', ['2009-02-01', '2011-05-01', '2013-01-20', '2015-07-01', '2016-10-01']],
        ['former U.S. President', ['2017-06-01', '2018-04-01', '2020-09-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2006-01-01')?.text).toBe('Senator from Illinois');
    expect(roleAsOf(facts, '2012-01-01')?.text).toBe('President of the United States');
    expect(roleAsOf(facts, '2019-01-01')?.text).toBe('Former President of the United States');
    // Long after the corpus ends: the role it gave last.
    expect(roleAsOf(facts, '2026-12-06')?.text).toBe('Former President of the United States');
    expect(rolesOn(facts, '2012-01-01').map((f) => f.text)).toEqual(['President of the United States']);
  });

  it('leads with a role the corpus last gave more than four years before as former, unless it is held for life', () => {
    const facts = roleFacts(occurrences([['Norwegian Interior Minister', ['2004-04-04', '2005-01-10']]]), dateOf);
    expect(roleAsOf(facts, '2008-12-01')?.text).toBe('Interior Minister of Norway');
    expect(roleAsOf(facts, '2009-01-11')?.text).toBe('Former Interior Minister of Norway');
    const { lead, ordered } = factsForDate(facts, '2026-12-06');
    expect([lead?.text, ordered.map((f) => f.text)]).toEqual(['Former Interior Minister of Norway', ['Interior Minister of Norway']]);
    const king = roleFacts(occurrences([['King of Norway', ['2004-04-04']]]), dateOf);
    expect(roleAsOf(king, '2026-12-06')?.text).toBe('King of Norway');
    // A rank held for life, of two words.
    const marshal = roleFacts(occurrences([['Norwegian Field Marshal', ['2004-04-04']]]), dateOf);
    expect(roleAsOf(marshal, '2026-12-06')?.text).toBe('Norwegian Field Marshal');
    const author = roleFacts(occurrences([['Norwegian author', ['2004-04-04']]]), dateOf);
    expect(roleAsOf(author, '2026-12-06')?.text).toBe('Norwegian Author');
  });

  it('leads with an acting or candidate’s role as former a year after the corpus last gives it, as the office best known when there is one', () => {
    const acting = roleFacts(occurrences([['acting Norwegian Attorney General', ['2010-03-03']]]), dateOf);
    expect(roleAsOf(acting, '2010-12-01')?.text).toBe('Acting Attorney General of Norway');
    expect(roleAsOf(acting, '2011-06-01')?.text).toBe('Former Acting Attorney General of Norway');
    const candidate = roleFacts(occurrences([['candidate for Norwegian President', ['2010-03-03']]]), dateOf);
    expect(roleAsOf(candidate, '2012-01-01')?.text).toBe('Former Candidate for President of Norway');
    const premier = roleFacts(
      occurrences([
        ['Norwegian Prime Minister', ['2005-01-01', '2006-01-01', '2007-01-01']],
        ['interim Prime Minister of Norway', ['2007-08-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(premier, '2026-12-06')?.text).toBe('Former Prime Minister of Norway');
  });

  it('gives a legislator’s or judge’s title six years before it leads as former: their terms are long or renewed', () => {
    const senator = roleFacts(occurrences([['Ohio Senator', ['2004-04-04']]]), dateOf);
    expect(roleAsOf(senator, '2009-06-01')?.text).toBe('Senator from Ohio');
    expect(roleAsOf(senator, '2010-06-01')?.text).toBe('Former Senator from Ohio');
    const justice = roleFacts(occurrences([['Norwegian Justice Minister', ['2004-04-04']]]), dateOf);
    expect(roleAsOf(justice, '2009-06-01')?.text).toBe('Former Justice Minister of Norway');
  });

  it('leads with no newer role of title words that the corpus never gives a place: "Secretary General" of what?', () => {
    const facts = roleFacts(
      occurrences([
        ['former Norwegian Prime Minister', ['2016-10-13', '2016-12-12']],
        ['Secretary General', ['2019-05-15', '2020-09-03']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2021-01-01')?.text).toBe('Former Prime Minister of Norway');
    const once = roleFacts(
      occurrences([
        ['former Norwegian Prime Minister', ['2016-10-13']],
        ['Secretary General', ['2019-05-15']],
      ]),
      dateOf,
    );
    expect(roleAsOf(once, '2021-01-01')?.text).toBe('Former Prime Minister of Norway');
    // The lead's own title given bare later is no newer office: the lead keeps its country.
    const same = roleFacts(
      occurrences([
        ['Norwegian President', ['2014-05-01']],
        ['former Norwegian President', ['2016-10-13']],
        // Five times as often as each role with its country: too often to join one (MAX_HOST_RATIO).
        ['former President', ['2017-05-15', '2018-05-15', '2019-05-15', '2020-05-15', '2020-09-03']],
      ]),
      dateOf,
    );
    expect(roleAsOf(same, '2021-01-01')?.text).toBe('Former President of Norway');
  });

  it('leads with a newer bare title as the office of the same title with its place, given too rarely to join it', () => {
    const facts = roleFacts(
      occurrences([
        ['Norwegian Prime Minister', ['2014-05-01']],
        ['former Prime Minister', ['2016-10-13']],
        ['Prime Minister', ['2018-01-01', '2018-05-01', '2019-01-01', '2019-05-01', '2020-01-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => f.text)).toContain('Prime Minister');
    expect(roleAsOf(facts, '2021-01-01')?.text).toBe('Prime Minister of Norway');
  });

  it('leads with the former office once the corpus says it ended, though the old title is mentioned near the date', () => {
    const facts = roleFacts(
      occurrences([
        ['Prime Minister of Valdoria', ['2018-01-10', '2019-03-01', '2019-05-20', '2019-06-01']],
        // The office passed on 2019-08-01 (role-succession.ts), after the last mention as prime minister.
        ['former Prime Minister of Valdoria', ['2019-08-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2019-07-01')?.text).toBe('Prime Minister of Valdoria');
    expect(roleAsOf(facts, '2019-09-01')?.text).toBe('Former Prime Minister of Valdoria');
  });

  it('leads with the former office when the corpus last wrote it as former, though it wrote the old title of the past in between', () => {
    const facts = roleFacts(
      occurrences([
        ['Norwegian President', ['2008-01-10', '2012-03-01', '2016-05-20']],
        ['former Norwegian President', ['2019-08-01', '2024-10-09']],
        // "a former aide of President …": the old title, of the past.
        ['President', ['2021-02-07']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2016-06-01')?.text).toBe('President of Norway');
    expect(roleAsOf(facts, '2026-12-06')?.text).toBe('Former President of Norway');
    // Held again after being former: the title given last is the one held.
    const again = roleFacts(
      occurrences([
        ['former Norwegian President', ['2021-05-01', '2022-05-01']],
        ['Norwegian President', ['2018-01-10', '2025-03-01', '2025-06-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(again, '2025-09-01')?.text).toBe('President of Norway');
  });

  it('when no role is held any more, leads with the best known one, an office heading a country weighing more', () => {
    const facts = roleFacts(
      occurrences([
        ['Leader of the Harbour Party', ['2009-06-19']],
        ['Norwegian Prime Minister', ['2012-12-05']],
        // The office passed on (role-succession.ts).
        ['former Norwegian Prime Minister', ['2013-06-11']],
        ['Norwegian opposition leader', ['2013-07-05']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2013-08-01')?.text).toBe('Opposition Leader of Norway');
    expect(roleAsOf(facts, '2026-12-06')?.text).toBe('Former Prime Minister of Norway');
    // A role better documented than a head's office weighs more than it.
    const minister = roleFacts(
      occurrences([
        ['Norwegian Finance Minister', ['2001-01-01', '2002-01-01', '2003-01-01', '2004-01-01']],
        ['Norwegian Prime Minister', ['2005-01-01']],
        ['Norwegian ambassador', ['2008-01-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(minister, '2026-12-06')?.text).toBe('Former Finance Minister of Norway');
  });

  it('when the corpus is silent for a year, a later office of far fewer documents gives way to the best known one', () => {
    const pm = Array.from({ length: 10 }, (_, i) => `${2010 + Math.floor(i / 2)}-0${(i % 2) + 3}-01`);
    const facts = roleFacts(
      occurrences([
        ['Norwegian Prime Minister', pm],
        ['Norwegian Foreign Secretary', ['2023-02-01', '2023-09-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2024-01-01')?.text).toBe('Foreign Secretary of Norway');
    expect(roleAsOf(facts, '2026-12-06')?.text).toBe('Former Prime Minister of Norway');
    // Not an office held alongside it, nor one documented nearly as often.
    const alongside = roleFacts(
      occurrences([
        ['Norwegian Prime Minister', pm],
        ['Norwegian Foreign Secretary', ['2012-02-01', '2023-09-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(alongside, '2026-12-06')?.text).toBe('Foreign Secretary of Norway');
    const nearly = roleFacts(
      occurrences([
        ['Norwegian Prime Minister', pm.slice(0, 4)],
        ['Norwegian Foreign Secretary', ['2023-02-01', '2023-09-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(nearly, '2026-12-06')?.text).toBe('Foreign Secretary of Norway');
  });

  it('on an undated corpus, leads with the best documented role', () => {
    const facts = roleFacts(
      [
        { text: 'Peruvian Foreign Minister', doc: 'a.txt', sentence: 'a' },
        { text: 'Foreign Minister of Peru', doc: 'b.txt', sentence: 'b' },
        { text: 'ambassador', doc: 'c.txt', sentence: 'c' },
      ],
      () => null,
    );
    expect(roleAsOf(facts, '2024-01-01')?.text).toBe('Foreign Minister of Peru');
  });

  it('leads with no role that names no country, body or place, only title words ("President" of what?)', () => {
    const facts = roleFacts(
      occurrences([
        ['president', ['2012-09-26', '2012-10-01']],
        ['Governor', ['2012-11-01']],
        ['party spokesman', ['2011-01-01']],
        ['Harbour Council spokesman', ['2010-01-01']],
      ]),
      dateOf,
    );
    expect(facts.map((f) => f.text)).toEqual(['Governor', 'President', 'Party Spokesman', 'Harbour Council Spokesman']);
    expect(roleAsOf(facts, '2013-01-01')?.text).toBe('Harbour Council Spokesman');
  });
});

describe('factsForDate', () => {
  it('lists the lead first and the roles still to come last', () => {
    const { lead, ordered } = factsForDate(vicePresident, '2017-11-17');
    expect(lead?.text).toBe('Vice President of Zimbabwe');
    expect(ordered.map((f) => f.text)).toEqual(['Vice President of Zimbabwe', 'President of Zimbabwe']);
  });

  it('lists no title that names no country, body or place, nor an official of a country: whose office it is, no reader could tell', () => {
    const facts = roleFacts(
      occurrences([
        ['Norwegian Health Minister', ['2020-01-01']],
        ['party leader', ['2021-01-01']],
        ['Finance Minister', ['2022-01-01']],
        ['Kessel Harbour Authority President', ['2019-01-01']],
        ['Pope', ['2018-01-01']],
        // Its country, but no office.
        ['Norwegian official', ['2022-05-01']],
      ]),
      dateOf,
    );
    const { lead, ordered } = factsForDate(facts, '2022-06-01');
    expect(lead?.text).toBe('Health Minister of Norway');
    expect(ordered.map((f) => f.text)).toEqual(['Health Minister of Norway', 'Kessel Harbour Authority President', 'Pope']);
  });

  it('lists the office a newer bare title leads as once, not again as former', () => {
    const facts = roleFacts(
      occurrences([
        ['former Norwegian Prime Minister', ['2014-05-01']],
        ['Prime Minister', ['2018-01-01', '2018-05-01', '2019-01-01', '2019-05-01', '2020-01-01']],
      ]),
      dateOf,
    );
    const { lead, ordered } = factsForDate(facts, '2021-01-01');
    expect(lead?.text).toBe('Prime Minister of Norway');
    expect(ordered.map((f) => f.text)).not.toContain('Former Prime Minister of Norway');
  });

  it('shows "Former X" as "Late X" when a sentence that gives it says its holder died, and leads with it after that', () => {
    const died = roleFacts(
      occurrences([
        ['Norwegian President', ['2019-01-01', '2019-06-01']],
        ['late Norwegian President', ['2020-01-01', '2020-02-01']],
        ['former Norwegian President', ['2020-03-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(died, '2021-01-01')?.text).toBe('Late President of Norway');
    expect(factsForDate(died, '2021-01-01').ordered.map((f) => f.text)).toEqual(['Late President of Norway', 'President of Norway']);
    // News keeps the title of the dead ("opposition leader X, who died in prison"): after the death, the lead is the late one's.
    const dead = roleFacts(
      occurrences([
        ['Norwegian opposition leader', ['2018-01-01', '2019-01-01', '2021-06-01']],
        ['late Norwegian opposition leader', ['2020-06-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(dead, '2020-01-01')?.text).toBe('Opposition Leader of Norway');
    expect(roleAsOf(dead, '2021-12-01')?.text).toBe('Late Opposition Leader of Norway');
    expect(factsForDate(dead, '2021-12-01').ordered.map((f) => f.text)).toEqual(['Late Opposition Leader of Norway', 'Opposition Leader of Norway']);
  });

  it('reads no death the corpus tells only after the page: a minister who became president leads as president in between', () => {
    const facts = roleFacts(
      occurrences([
        ['former Norwegian Interior Minister', ['2015-01-01']],
        ['Norwegian President', ['2016-01-01', '2017-01-01', '2019-01-01']],
        ['late Norwegian Interior Minister', ['2023-01-01']],
      ]),
      dateOf,
    );
    expect(roleAsOf(facts, '2018-01-01')?.text).toBe('President of Norway');
    expect(factsForDate(facts, '2018-01-01').ordered.map((f) => f.text)).not.toContain('Late Interior Minister of Norway');
    expect(roleAsOf(facts, '2024-01-01')?.text).toBe('Late Interior Minister of Norway');
  });

  it('lists no lone "Former X" the corpus gives while it gives "X" within a year on both sides: a slip, no ended term', () => {
    const slip = roleFacts(
      occurrences([
        ['Norwegian President', ['2020-01-01', '2020-06-01', '2021-03-01']],
        ['former Norwegian President', ['2020-09-01']],
        ['Norwegian Interior Minister', ['2010-01-01', '2012-06-01']],
        ['former Norwegian Interior Minister', ['2011-03-01']],
      ]),
      dateOf,
    );
    // The minister's term ended in between: "X" came back more than a year later.
    expect(factsForDate(slip, '2021-06-01').ordered.map((f) => f.text)).toEqual([
      'President of Norway',
      'Interior Minister of Norway',
      'Former Interior Minister of Norway',
    ]);
  });
});
