import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';
import { rolesInSentence } from './roles';

const found = (text: string) => detectEntities(text).map((d) => `${d.text}:${d.type}:${d.name}`);

describe('detectEntities', () => {
  it('keeps titles out of person spans and resolves surnames to the full name', () => {
    expect(found('Prime Minister Jane Holloway met the press. Later, Holloway said she was tired.')).toEqual([
      'Jane Holloway:person:Jane Holloway',
      'Holloway:person:Jane Holloway',
    ]);
  });

  it('keeps a hyphenated title out of the name, and ends a name at a dot before a function word', () => {
    expect(found('Aides briefed President-elect Jane Holloway. Attorney-General Ravi Malden agreed.')).toEqual([
      'Jane Holloway:person:Jane Holloway',
      'Ravi Malden:person:Ravi Malden',
    ]);
    expect(found('It improves on the Zentro One S. That model sold well in Lisbon.').map((f) => f.split(':')[0])).toEqual(['Zentro One S.', 'Lisbon']);
  });

  it('types a name that ends in a place noun as a place, a given name before it notwithstanding', () => {
    expect(found('Protesters gathered at Marion Hale Square before marching to the Bellmont Governorate offices.')).toEqual([
      'Marion Hale Square:place:Marion Hale Square',
      'Bellmont Governorate:place:Bellmont Governorate',
    ]);
  });

  it('ends a name at a hyphen that makes it an adjective, and keeps what closes a sentence off an acronym', () => {
    expect(found('A Lisbon-based insurer backed the Jane Holloway-led coalition, and a Malta-flagged tanker sailed.')).toEqual([
      'Lisbon:place:Lisbon',
      'Jane Holloway:person:Jane Holloway',
      'Malta:place:Malta',
    ]);
    expect(found('The talks moved on (to the U.S.). Then they stalled in the U.S..')).toEqual(['U.S.:place:United States', 'U.S.:place:United States']);
  });

  it('reads an acronym only as written: "Un" and "Us" in lowercase letters are not the UN and the US', () => {
    expect(found('Un Soir de Fête opened in Lisbon, and the UN sent a delegate.').filter((f) => f.endsWith(':United Nations'))).toEqual([
      'UN:organization:United Nations',
    ]);
  });

  it('names no storm, games or revolution as a person, place or organization, nor the storm when named alone', () => {
    expect(found('Tropical Storm Odalys flooded Lisbon. Odalys weakened overnight, and Hurricane Brennick followed.')).toEqual(['Lisbon:place:Lisbon']);
    expect(found('Athletes arrived in Oslo for the Nordic Summer Games. The Lantern Revolution began in Malta.')).toEqual([
      'Oslo:place:Oslo',
      'Malta:place:Malta',
    ]);
  });

  it('names no place inside a race’s name after its opener and "of", and still names the place alone', () => {
    expect(found('Kessel Motors won the 24 Hours of Lisbon, and riders crossed Porto in the Tour of Porto.')).toEqual([
      'Kessel Motors:organization:Kessel Motors',
      'Porto:place:Porto',
    ]);
    expect(found('The fans of Lisbon cheered in the hours of Porto’s night.').map((f) => f.split(':')[0])).toEqual(['Lisbon', 'Porto']);
  });

  it('names no ship, operation or prize, nor the ship when named alone after its prefix', () => {
    expect(found('The USS Kelmar Ames docked in Lisbon. Later the Kelmar Ames sailed for Oslo.')).toEqual(['Lisbon:place:Lisbon', 'Oslo:place:Oslo']);
    expect(found('Ships of Operation Velvet Harbor patrolled off Malta, and Dora Quill won the Orvane Prize.')).toEqual([
      'Malta:place:Malta',
      'Dora Quill:person:Dora Quill',
    ]);
  });

  it('opens a place’s name with a geographic head before "of" at a sentence’s start, and names no such head alone', () => {
    expect(found('Gulf of Varnos: storms ease. Ships left the Gulf at dawn.')).toEqual(['Gulf of Varnos:place:Gulf of Varnos']);
  });

  it('names no place inside the name of a station or a brand named after it', () => {
    expect(found('A train derailed outside Lisbon station near Porto.')).toEqual(['Porto:place:Porto']);
    expect(found('A train derailed outside Amsel Centraal station.').map((f) => f.split(':')[0])).toEqual(['Amsel Centraal']);
    expect(found('Models walked the Odessa’s Velvet Hour show in Lisbon.')).toEqual(['Lisbon:place:Lisbon']);
    expect(found('Odessa’s Foreign Ministry replied.').map((f) => f.split(':')[0])).toContain('Odessa');
  });

  it('reads a name written as a place between a city and its country, or before a US state, as a place', () => {
    expect(found('Floods hit Lyon, Morales, France.')).toContain('Morales:place:Morales');
    expect(found('A roof fell in Tresca, Valdoro Community, Spain.')).toContain('Valdoro Community:place:Valdoro Community');
    expect(found('A storm hit Wendell, Washington overnight.')).toEqual(['Wendell:place:Wendell', 'Washington:place:Washington (U.S. state)']);
    expect(found('He met the mayor of Lyon, Morales.')).toContain('Morales:person:Morales');
    expect(found('Speakers included Dora Quill, Ohio Governor Ben Marsh.')).toContain('Dora Quill:person:Dora Quill');
  });

  it('keeps a title’s complement and a title opening a sentence out of the name', () => {
    expect(found('Chancellor of the Exchequer Maria Delcourt said taxes would rise.')).toEqual(['Maria Delcourt:person:Maria Delcourt']);
    expect(found('Officials said Minister for Coastal Affairs Robert Brannigan resigned.')).toEqual(['Robert Brannigan:person:Robert Brannigan']);
    expect(found('Speaker of the House of Delegates Dana Hollis resigned.')).toEqual(['Dana Hollis:person:Dana Hollis']);
    expect(found('Militants released Canadian Robert Brannigan in May.')).toEqual(['Robert Brannigan:person:Robert Brannigan']);
    expect(found('Kenyan Armed Forces crossed the river.')).toEqual(['Kenyan Armed Forces:organization:Kenyan Armed Forces']);
    expect(found('Former Nordland Labour Party leader Jane Holloway spoke.')).toEqual([
      'Nordland Labour Party:organization:Nordland Labour Party',
      'Jane Holloway:person:Jane Holloway',
    ]);
    expect(found('Talks began as Harbour Council Secretary-General Ravi Malden and Deputy First Minister Maria Delcourt arrived.')).toEqual([
      'Harbour Council:organization:Harbour Council',
      'Ravi Malden:person:Ravi Malden',
      'Maria Delcourt:person:Maria Delcourt',
    ]);
    // A title's complement in dictionary words only names nobody.
    expect(found('The Deputy Commissioner for Human Rights visited Malta.')).toEqual(['Malta:place:Malta']);
  });

  it('ends a title at a known organization after its connector, a hyphenated title too, and marks the organization', () => {
    expect(found('Officials said Secretary-General of the Harbour Council Maria Delcourt resigned.')).toEqual(['Maria Delcourt:person:Maria Delcourt']);
    expect(found('Chairman of the World Bank Ravi Malden spoke.')).toEqual(['World Bank:organization:World Bank', 'Ravi Malden:person:Ravi Malden']);
  });

  it('reads a name alone before "administration" or "presidency" as the leader’s', () => {
    expect(found('Critics of the Brannigan administration met in Lisbon.')).toEqual(['Brannigan:person:Brannigan', 'Lisbon:place:Lisbon']);
    expect(found('The Federal Aviation Administration agreed.')).toEqual(['Federal Aviation Administration:organization:Federal Aviation Administration']);
  });

  it('names no people by an adjective: a demonym without its compass point, a faith’s', () => {
    expect(found('Tensions rose on the Korean peninsula, and ships sailed to Lisbon.')).toEqual(['Lisbon:place:Lisbon']);
    expect(found('Fighting raged in Islamist strongholds, in Philippine waters and near Shiite shrines.')).toEqual([]);
    expect(found('A Roman Catholic nun and an Irish Roman Catholic priest met Sunni Muslim clerics and Bill English.')).toEqual([
      'Bill English:person:Bill English',
    ]);
    // A demonym the country data also lists among the country's names.
    expect(found('Togolese troops reached Lisbon, and the Togolese Republic objected.')).toEqual(['Lisbon:place:Lisbon', 'Togolese Republic:place:Togo']);
  });

  it('joins two capitalized words over "and" inside an organization’s name its head ends, not two organizations', () => {
    expect(found('Rebels of the Justice and Liberty Movement met the Army and Air Force.')).toEqual([
      'Justice and Liberty Movement:organization:Justice and Liberty Movement',
      'Air Force:organization:Air Force',
    ]);
    // Two titles joined by "and" before a person are no organization's name.
    expect(found('Officials said Deputy Prime Minister and National Party Leader Dana Hollis resigned.')).toEqual(['Dana Hollis:person:Dana Hollis']);
    expect(found('Rebels of the Justice and Liberty Movement of Marivel fled.').every((f) => !f.startsWith('and '))).toBe(true);
    // Two dictionary words before "and", no title's, no place's nor people's among them.
    expect(found('Inspectors of the Food Safety and Inspection Service recalled beef.').map((f) => f.split(':')[0])).toEqual([
      'Food Safety and Inspection Service',
    ]);
    expect(found('Talks between the United States and European Union resumed.').map((f) => f.split(':')[0])).toEqual(['United States', 'European Union']);
  });

  it('carries an organization’s complement on over "and" before a dictionary word, not before a name or a title', () => {
    expect(found('The Ministry of Science and Technology met the Department of Justice and Attorney General Jane Holloway.')).toEqual([
      'Ministry of Science and Technology:organization:Ministry of Science and Technology',
      'Department of Justice:organization:Department of Justice',
      'Jane Holloway:person:Jane Holloway',
    ]);
    // A state body written alone takes its document's country (institutions.ts).
    expect(found('The Ministry of Defence and Lisbon disagreed.')).toEqual([
      'Ministry of Defence:organization:Ministry of Defence (Portugal)',
      'Lisbon:place:Lisbon',
    ]);
    expect(found('Aid came from the Ministry of Defence and Department of Coastal Works.')).toEqual([
      'Ministry of Defence:organization:Ministry of Defence',
      'Department of Coastal Works:organization:Department of Coastal Works',
    ]);
    // A role's word after "for" is the complement's, no title opening a name.
    expect(found('He heads the Valdora Council for Justice and Peace.')).toEqual([
      'Valdora Council for Justice and Peace:organization:Valdora Council for Justice and Peace',
    ]);
  });

  it('keeps a plural noun’s possessive inside a name, and ends a name at any other possessive', () => {
    expect(found("Doctors at the Valdora Children's Hospital met the Women's Union and Prime Minister Jane Holloway's aides.")).toEqual([
      "Valdora Children's Hospital:organization:Valdora Children's Hospital",
      "Women's Union:organization:Women's Union",
      'Jane Holloway:person:Jane Holloway',
    ]);
  });

  it("reads a country's name as the surname of a person named before it, unless the text places it", () => {
    expect(found('Senators backed Tom Jordan, and Jordan thanked them. Aid reached refugees in Jordan.')).toEqual([
      'Tom Jordan:person:Tom Jordan',
      'Jordan:person:Tom Jordan',
      'Jordan:place:Jordan',
    ]);
  });

  it("reads a city's or a country's name after a kin noun as a person's given name, unless the text places it", () => {
    expect(found("Senator Orla Vennick's daughter Jordan spoke. Aid reached refugees in Jordan.")).toEqual([
      'Orla Vennick:person:Orla Vennick',
      'Jordan:person:Jordan',
      'Jordan:place:Jordan',
    ]);
    expect(found('She met her son in Jordan.')).toEqual(['Jordan:place:Jordan']);
  });

  it('reads "the South" as a country named before it, never a state', () => {
    expect(found('Voters in South Carolina went to the polls. Turnout in the South was high.').map((f) => f.split(':')[2])).toEqual(['South Carolina']);
    expect(found('South Korea held a vote. The South elected a president.').map((f) => f.split(':')[2])).toEqual(['South Korea', 'South Korea']);
  });

  it('resolves alternative country names and acronyms through the gazetteer', () => {
    expect(found('Officials in the U.S. and the DPRK spoke of the Russian Federation.')).toEqual([
      'U.S.:place:United States',
      'DPRK:place:North Korea',
      'Russian Federation:place:Russia',
    ]);
  });

  it('splits hyphenated pairs of known names but keeps hyphenated names whole', () => {
    expect(found('The Israel-Hamas war reached the Indo-Pacific agenda of Cho Tae-yong.')).toEqual([
      'Israel:place:Israel',
      'Hamas:organization:Hamas',
      'Indo-Pacific:place:Indo-Pacific',
      'Cho Tae-yong:person:Cho Tae-yong',
    ]);
  });

  it('keeps names an en dash joins apart, and acronyms a hyphen joins one body’s', () => {
    // An en dash joins two things' names ("Varsk–Dellon vaccine", "Israel–Egypt border"), not one name's parts.
    expect(found('Trucks queue on the Israel–Egypt border.')).toEqual(['Israel:place:Israel', 'Egypt:place:Egypt']);
    expect(found('The ruling KANU-PF party won.')).toEqual(['KANU-PF:organization:KANU-PF']);
    // A known name opening a sentence before the hyphen still opens it.
    expect(found('United States-Mexico talks resume.').map((f) => f.split(':')[0])).toEqual(['United States', 'Mexico']);
  });

  it('takes a legal form for part of a company name that a dictionary word opens, and makes it an organization', () => {
    expect(found('Harmony PLC, owner of two shops, enters administration. Fans of Chelsea F.C. cheered.')).toEqual([
      'Harmony PLC:organization:Harmony PLC',
      'Chelsea F.C.:organization:Chelsea F.C.',
    ]);
    // A legal form opening the next name makes no name of the word before it.
    expect(found('Former FC Valdor coach Ian Pell was hired.').filter((f) => f.startsWith('Former'))).toEqual([]);
    // Two letters of a surname are no legal form unless written in capitals ("SE").
    expect(found('Coach Tadhgín Ó Sé retired.').map((f) => f.split(':')[1])).toEqual(['person']);
  });

  it('names the Red Cross committee apart from the Red Cross', () => {
    expect(found('The International Committee of the Red Cross visited Red Cross volunteers.')).toEqual([
      'International Committee of the Red Cross:organization:International Committee of the Red Cross',
      'Red Cross:organization:Red Cross',
    ]);
  });

  it('ties an acronym in brackets to the name before it', () => {
    expect(found('He met the Northern Fisheries Council (NFC) in Oslo.')).toEqual([
      'Northern Fisheries Council:organization:Northern Fisheries Council',
      'NFC:organization:Northern Fisheries Council',
      'Oslo:place:Oslo',
    ]);
  });

  it('reads an acronym alone as the one organization named before whose initials it is', () => {
    expect(found('The Kessel Stock Exchange opened late. Traders said the KSE would recover.')).toEqual([
      'Kessel Stock Exchange:organization:Kessel Stock Exchange',
      'KSE:organization:Kessel Stock Exchange',
    ]);
    // Two organizations of those initials: the acronym names neither.
    expect(found('The Kessel Stock Exchange and the Korvan Shipping Exchange met. The KSE said no.').at(-1)).toBe('KSE:organization:KSE');
    expect(found('Kessel TV showed the game. KT said so.').at(-1)).toBe('KT:organization:KT');
    // A country's initials after its name: the country.
    expect(found('Papua New Guinea held a vote. Observers in PNG said it was calm.')).toContain('PNG:place:Papua New Guinea');
    // One of them a name no one typed: still two.
    expect(found('Deposits in Velder Isle Banks and the Vantor Isle Bank are safe. VIB shares rose.').at(-1)).toBe('VIB:organization:VIB');
  });

  it('keeps a participle before a name and a plural after it out of the name', () => {
    expect(found('Jailed Kessel Party leader Dana Hollis spoke.').map((n) => n.split(':')[0])).not.toContain('Jailed Kessel Party');
    expect(found('Jailed Kessel Party leader Dana Hollis spoke.').some((n) => n.startsWith('Kessel Party:'))).toBe(true);
    expect(found('Ousted Dana Hollis left. Exiled.').map((n) => n.split(':')[0])).toEqual(['Dana Hollis']);
    expect(found('Fighters of Ansar Kelmar Islamists took the town.').map((n) => n.split(':')[0])).toContain('Ansar Kelmar');
    expect(found('Members of the Varnos Separatists group were held.').map((n) => n.split(':')[0])).toContain('Varnos Separatists');
  });

  it('drops a spacecraft or a telescope, no person, place or organization', () => {
    expect(found('The Kessel Solar Probe passed the sun.')).toEqual([]);
  });

  it('reads "the North" as the North-named place met before', () => {
    const names = found('North Korea fired a missile. Analysts said the North is testing Seoul.');
    expect(names).toContain('North:place:North Korea');
  });

  it('ends a name before a date: a byline and its date are no one name', () => {
    expect(found('By Lena Marsh March 18, 2024. Marsh wrote about the March vote.')).toEqual(['Lena Marsh:person:Lena Marsh', 'Marsh:person:Lena Marsh']);
  });

  it('finds lowercase place names that are no English word, but not dictionary words', () => {
    expect(found('Drones struck kyiv overnight, near a park.')).toEqual(['kyiv:place:Kyiv']);
    // A town need not be: many are English words the dictionary lacks.
    expect(found('The bakery held a sale on Monday.')).toEqual([]);
  });

  it('skips sentence-initial dictionary words, dates and demonyms', () => {
    expect(found('Furthermore, on Monday Russian troops entered Kursk.')).toEqual(['Kursk:place:Kursk']);
  });
});

describe('rolesInSentence', () => {
  const roles = (text: string, name: string) => {
    const d = detectEntities(text).find((x) => x.name === name);
    if (!d) throw new Error(`${name} not found`);
    return rolesInSentence(text, d.sentence, d.first, d.last, d.titleWords);
  };

  it.each([
    ['Talks with U.S. Defense Secretary Lloyd Austin ended.', 'Lloyd Austin', ['U.S. Defense Secretary']],
    ['The plan worried North Korean leader Kim Jong Un.', 'Kim Jong Un', ['North Korean leader']],
    [
      'Mark Rutte, secretary general of the North Atlantic Treaty Organization (NATO), spoke.',
      'Mark Rutte',
      ['secretary general of the North Atlantic Treaty Organization'],
    ],
    ['Matthew Miller, a spokesperson of the US State Department said it.', 'Matthew Miller', ['spokesperson of the US State Department']],
    ['He spoke to South Korea’s national security advisor, Cho Tae-yong.', 'Cho Tae-yong', ["South Korea's national security advisor"]],
    ['South African President Lena Varga said no.', 'Lena Varga', ['South African President']],
    // A body the gazetteer knows before the title is the title's.
    ['European Central Bank President Lena Varga said growth would slow.', 'Lena Varga', ['European Central Bank President']],
    ['Talks with NATO Secretary-General Arlo Venn ended.', 'Arlo Venn', ['NATO Secretary-General']],
    ['The KLMA chairman Arlo Venn spoke.', 'Arlo Venn', ['KLMA chairman']],
    // A body the gazetteer lacks, by the organization's head that ends its name.
    ['Talks with Kessel Harbour Authority President Lena Varga ended.', 'Lena Varga', ['Kessel Harbour Authority President']],
    ['The Kessel Harbour Authority President Lena Varga spoke.', 'Lena Varga', ['Kessel Harbour Authority President']],
    // "Crown" is a word of the title: "Crown Prince", not "Prince".
    ['Talks with Norwegian Crown Prince Arlo Venn ended.', 'Arlo Venn', ['Norwegian Crown Prince']],
    // The words after the name say the holder leaves the office: the title is written as ended.
    ['Norwegian Prime Minister Arlo Venn resigns after the vote.', 'Arlo Venn', ['former Norwegian Prime Minister']],
    ['Canadian Opposition Leader Lena Varga is removed from her post.', 'Lena Varga', ['former Canadian Opposition Leader']],
    ['President Lena Varga dismissed the report.', 'Lena Varga', ['President']],
    ['Prime Minister Arlo Venn resigns as party leader.', 'Arlo Venn', ['Prime Minister']],
    // An appositive that runs into another person's name: a list of people (no role), or the role ends before the name.
    ['Speakers include actor Tom Orley, former Governor of Ohio Daniel Perry, and others.', 'Tom Orley', []],
    ['Tom Orley, the top spokesman for Prime Minister of Norway Daniel Perry, spoke.', 'Tom Orley', ['top spokesman for Prime Minister of Norway']],
    // Not one title alone before the name: the roles before it are kept as written, for canonicalRole to weigh.
    [
      'Tom Orley, former deputy of Norway and aide to former president Daniel Perry, is shot.',
      'Tom Orley',
      ['former deputy of Norway and aide to former president Daniel Perry'],
    ],
    ['Kessler fired chief executive officer Tom Orley, chief financial officer Daniel Segal, and others.', 'Tom Orley', ['chief executive officer']],
    // A given name opening a body's name is no person's: "Madison Harbour Club", and a particle ("Abu").
    ['Tom Orley, owner of Madison Harbour Club, spoke.', 'Tom Orley', ['owner of Madison Harbour Club']],
    ['Tom Orley, a leader of the Abu Kessel Front, spoke.', 'Tom Orley', ['leader of the Abu Kessel Front']],
    // A given name inside a capitalized run opens no name unless a title or a place is before it.
    ['Tom Orley, a leader of the Notorious Daniel Front, spoke.', 'Tom Orley', ['leader of the Notorious Daniel Front']],
    // A body by its head is all of the name: not "White Alliance" of "Blue and White Alliance".
    ['Blue and White Alliance leader Tom Orley spoke.', 'Tom Orley', []],
    ['Talks with Kessel United Harbour Board Authority President Lena Varga ended.', 'Lena Varga', ['President']],
    ['Tom Orley, a leader of the notorious Daniel Front, spoke.', 'Tom Orley', ['leader of the notorious Daniel Front']],
    ['Tom Orley, the deputy leader of the Kessel Party, resigns after the vote.', 'Tom Orley', ['former deputy leader of the Kessel Party']],
    ["A raid killed Tom Orley, the head of the group's rocket unit and Ali Hollis, a commander.", 'Tom Orley', ["head of the group's rocket unit"]],
    // Only right before the title: where the sentence happens is no body of a title with its country.
    ['At the United Nations US Secretary of State Arlo Venn spoke.', 'Arlo Venn', ['US Secretary of State']],
    ['They met Yoon Suk Yeol, Secretary of State Antony Blinken and others.', 'Yoon Suk Yeol', []],
    // Invented sentences: a title the sentence says is no longer held keeps the word that says so.
    ['Crowds mourned the late Prime Minister Arlo Venn on Sunday.', 'Arlo Venn', ['late Prime Minister']],
    ['Troops detained ousted President Lena Varga at dawn.', 'Lena Varga', ['ousted President']],
    ['Thousands marked the assassination of Prime Minister Arlo Venn in Marivel.', 'Arlo Venn', ['late Prime Minister']],
    ["Marchers recalled President Ivo Brandt's murder in Marivel.", 'Ivo Brandt', ['late President']],
    ["The killing of President Ivo Brandt's driver shocked Marivel.", 'Ivo Brandt', ['President']],
    // "former" before two titles joined by "and" is said of both; not of a name's words before "and".
    ['A court jailed former president and military leader Arlo Venn.', 'Arlo Venn', ['former military leader']],
    ['Crowds cheered former President Ivo Brandt and Senator Arlo Venn.', 'Arlo Venn', ['Senator']],
    ['The party of former and acting Prime Minister Arlo Venn won.', 'Arlo Venn', ['acting Prime Minister']],
    ['Voters met the Social Democratic and Labour Party leader Arlo Venn.', 'Arlo Venn', ['Labour Party leader']],
    // A death that failed is none.
    ['A court jailed the man behind the attempted assassination of Prime Minister Arlo Venn.', 'Arlo Venn', ['Prime Minister']],
    ['Two colonels were planning an assassination of President Ivo Brandt.', 'Ivo Brandt', ['President']],
    ["President Ivo Brandt's death sentence was lifted.", 'Ivo Brandt', ['President']],
    // A nationality adjective in another spelling than the gazetteer's own keeps the title's country and its "former".
    ['Police questioned former Maldivian president Arlo Venn.', 'Arlo Venn', ['former Maldivian president']],
    // A US city written with its state: the office is the city's.
    ['Marlow Falls, Ohio, Mayor Lena Varga spoke.', 'Lena Varga', ['Marlow Falls, Ohio, Mayor']],
    ['Voters backed former Marlow Falls, Ohio mayor Lena Varga.', 'Lena Varga', ['former Marlow Falls, Ohio mayor']],
    // A "City, State" before another title is where the sentence happens, not the title's place.
    ['Talks in Marlow Falls, Ohio, Norwegian Foreign Minister Lena Varga said.', 'Lena Varga', ['Norwegian Foreign Minister']],
  ])('%s', (text, name, expected) => {
    expect(roles(text, name)).toEqual(expected);
  });

  it("keeps name particles inside people's names", () => {
    expect(found('Ana de la Cruz thanked Pieter van der Berg.')).toEqual([
      'Ana de la Cruz:person:Ana de la Cruz',
      'Pieter van der Berg:person:Pieter van der Berg',
    ]);
  });
});

describe('runs that hold an organization and a person', () => {
  it('splits an organization from the role and person after it, and keeps abbreviation dots', () => {
    expect(found('Talks with Brevanti Holdings CEO Lena Okafor moved to Denver, Colo. on Monday.')).toEqual([
      'Brevanti Holdings:organization:Brevanti Holdings',
      'Lena Okafor:person:Lena Okafor',
      'Denver:place:Denver',
      'Colo.:place:Colo.',
    ]);
  });

  it('splits no run an organization’s head ends at a role’s word inside it', () => {
    expect(found('Doctors at Marivel General Hospital said so.')).toEqual(['Marivel General Hospital:organization:Marivel General Hospital']);
  });

  it('keeps a title’s modifiers before its head on the title, off the organization and the person', () => {
    const names = (text: string) => found(text).map((f) => f.split(':')[0]);
    expect(names('The Varnos Union High Commissioner for Refugees Dana Pell spoke.')).toEqual(['Varnos Union', 'Dana Pell']);
    expect(names('Orvane Bank Special Envoy Lena Okafor resigned.')).toEqual(['Orvane Bank', 'Lena Okafor']);
    expect(names('Aides left, including Principal Private Secretary Kent Orley.')).toEqual(['Kent Orley']);
    expect(names('Brevanti Labour Party Leader Tom Orley spoke.')).toEqual(['Brevanti Labour Party', 'Tom Orley']);
  });

  it('carries a name of two words on over "of" before a capitalized dictionary word, not before a place nor after a given name', () => {
    const names = (text: string) => found(text).map((f) => f.split(':')[0]);
    expect(names('Dana Pell entered the Varnos Hall of Fame.')).toEqual(['Dana Pell', 'Varnos Hall of Fame']);
    expect(names('Senator Tom Baker of Georgia spoke of the Kessel Tower of London.')).toEqual(['Tom Baker', 'Georgia', 'Kessel Tower', 'London']);
    expect(names('We asked Kate Hall of Liberty Now.')).not.toContain('Kate Hall of Liberty Now');
    expect(names('Floods hit the Kessel District of the North Island.')).toEqual(['Kessel District', 'North Island']);
  });

  it('names no island by a region and "Island" before a plural noun, which they describe', () => {
    const names = (text: string) => found(text).map((f) => f.split(':')[0]);
    expect(names('Pacific Island leaders met on Korlan Island.')).toEqual(['Korlan Island']);
    expect(names('Residents of the Korlan Island villages voted.')).toEqual(['Korlan Island']);
  });
});

describe('organizations by their shape', () => {
  it('joins names over an ampersand and reads "Bank of X" as an organization', () => {
    expect(found('Shares of Brevanti & Okafor Co rose, the Bank of Valdoria said.')).toEqual([
      'Brevanti & Okafor Co:organization:Brevanti & Okafor Co',
      'Bank of Valdoria:organization:Bank of Valdoria',
    ]);
  });

  it('gives a name the type the document gave it elsewhere', () => {
    expect(found('Brevanti shares rose on Monday. Analysts said Brevanti would grow.')).toEqual([
      'Brevanti:organization:Brevanti',
      'Brevanti:organization:Brevanti',
    ]);
  });
});

// Original sentences written for these tests.
describe('names read whole, and things that are no one’s name', () => {
  it('keeps a particle joined by a hyphen on a name ("al-", "el-"), though it opens none', () => {
    expect(found('Police blamed Jabhat al-Karim for the raid, and Samir el-Haddad denied it.')).toEqual([
      'Jabhat al-Karim:organization:Jabhat al-Karim', // a front (name-openers.ts)
      'Samir el-Haddad:person:Samir el-Haddad',
    ]);
    expect(found('An al-Karim-linked cell was found.')).toEqual([]);
  });

  it('keeps a particle elided by an apostrophe on a name ("d’", "l’"), though it opens none', () => {
    expect(found("Troops in Côte d'Ivoire fired, and Mira d’Orsanne watched.")).toEqual([
      "Côte d'Ivoire:place:Ivory Coast",
      "Mira d’Orsanne:person:Mira d'Orsanne",
    ]);
  });

  it('keeps a writer’s or a photographer’s title out of the name', () => {
    expect(found('Science Writer Dana Okoro in Lagos contributed.')).toEqual(['Dana Okoro:person:Dana Okoro', 'Lagos:place:Lagos']);
    expect(found('Photographer Ilse Brandvik took the picture.')).toEqual(['Ilse Brandvik:person:Ilse Brandvik']);
  });

  it('reads no name in a holiday’s ("Saint Oswin’s Day", "Christmas Eve")', () => {
    expect(found('Crowds marked Saint Oswin’s Day, and Maria Eve sang on Christmas Eve.')).toEqual(['Maria Eve:person:Maria Eve']);
  });

  it('takes no model’s name for a person’s, nor its short form', () => {
    expect(found('The Harbinger MS-12 cargo ship docked. The Harbinger cargo ship was fine.')).toEqual([]);
  });

  it('reads the parties news names by one word as organizations', () => {
    expect(found('The Labor government lost, and the Labour opposition gained.')).toEqual([
      'Labor:organization:Australian Labor Party',
      'Labour:organization:Labour Party',
    ]);
  });

  it('takes no name of a people for one (Māori, Inuit)', () => {
    expect(found('It was an Inuit village. The islands are called Motukiwi by Māori, said Daniel Horowhenua.')).toEqual([
      'Daniel Horowhenua:person:Daniel Horowhenua',
    ]);
  });
});

// Original sentences written for these tests.
describe('things of no entity type, and names of one type read by their words', () => {
  it('reads a name ending in a legal form written in capitals as an organization, a given name before it notwithstanding', () => {
    expect(found('Brenna F.C. beat Kessa SC, and Brenna A.F.C. drew.').map((f) => f.split(':').slice(0, 2).join(':'))).toEqual([
      'Brenna F.C.:organization',
      'Kessa SC:organization',
      'Brenna A.F.C.:organization',
    ]);
  });

  it('reads a name opened by a saint’s word as a place, though a given name follows', () => {
    expect(found('Rebels kidnapped tourists near San Orlando.').map((f) => f.split(':').slice(0, 2).join(':'))).toEqual(['San Orlando:place']);
  });

  it('reads a name an organization’s head ends as one, a demonym before it notwithstanding', () => {
    expect(found('Volunteers of the Kordani Arab Red Crescent delivered aid.').map((f) => f.split(':').slice(0, 2).join(':'))).toEqual([
      'Kordani Arab Red Crescent:organization',
    ]);
  });

  it('keeps a counsel’s title out of the name, and names no title alone', () => {
    expect(found('Judges cleared Chief Presidential Legal Counsel Rodrigo Palma of fraud.').map((f) => f.split(':')[0])).toEqual(['Rodrigo Palma']);
    expect(found('Judges cleared the Chief Presidential Legal Counsel of fraud.')).toEqual([]);
  });

  it('names no song by its title, a clause of capitalized words', () => {
    expect(found('The singer performed his song Every Dawn Has Its Rain with Lena Marsh.').map((f) => f.split(':')[0])).toEqual(['Lena Marsh']);
  });

  it('names no boat, album or protein an appositive calls one, wherever the document names it; a drug dealer stays a person', () => {
    const names = (text: string) => found(text).map((f) => f.split(':')[0]);
    expect(names('The Lucia Grace, a fishing boat, sank off Malta. The Lucia Grace carried 40 people.')).toEqual(['Malta']);
    expect(names('Lena Marsh released Morning Jonah, an album of covers.')).toEqual(['Lena Marsh']);
    expect(names('Scientists described Brenna, a protein that darkens hair.')).toEqual([]);
    expect(names('Police arrested Dana Hollis, a drug dealer, in Lisbon.')).toEqual(['Dana Hollis', 'Lisbon']);
    // The painting is the portrait's, not the sitter's.
    expect(names('The Portrait of Dana Hollis, a painting by Lena Marsh, sold.')).toContain('Dana Hollis');
  });

  it('names no disease or virus', () => {
    expect(found('Clinics in Marivel treated SARS, Ebola and COVID-19, and H5N1 spread.')).toEqual(['Marivel:place:Marivel']);
  });

  it('reads "PM", "MP", "MEP", "Rep." and "Sen." as titles: no name alone, no part of the name they open', () => {
    expect(found('The PM met MEP Ilse Brandvik before 9 PM.')).toEqual(['Ilse Brandvik:person:Ilse Brandvik']);
    expect(found('Rep. Dana Hollis and Sen. Ravi Malden spoke.')).toEqual(['Dana Hollis:person:Dana Hollis', 'Ravi Malden:person:Ravi Malden']);
  });

  it('reads a title word before an organization’s head alone as a word of the organization’s name', () => {
    expect(found('The Premier League fined the club, the General Assembly voted, and the Justice Party lost.')).toEqual([
      'Premier League:organization:Premier League',
      'General Assembly:organization:General Assembly',
      'Justice Party:organization:Justice Party',
    ]);
  });

  it('keeps one title word opening a body’s or a place’s name its head ends, not a title before a bearer', () => {
    expect(found('The General Dental Council met near the Imam Tolva Mosque.').map((f) => f.split(':')[0])).toEqual([
      'General Dental Council',
      'Imam Tolva Mosque',
    ]);
    expect(found('The General Assembly of the Varnos Church voted.').map((f) => f.split(':')[0])).toContain('General Assembly of the Varnos Church');
    expect(found('General Dana Hollis met Sheikh Ravi Malden.')).toEqual(['Dana Hollis:person:Dana Hollis', 'Ravi Malden:person:Ravi Malden']);
  });

  it('keeps a demonym and the word after it out of the name of the person they describe', () => {
    expect(found('Police freed Chilean Jesuit Mateo Ferrandez.')).toEqual(['Mateo Ferrandez:person:Mateo Ferrandez']);
    expect(found('The race went to Dutchwoman Marieke van Doorn.')).toEqual(['Marieke van Doorn:person:Marieke van Doorn']);
    expect(found('The bill was backed by Republican Susan Hollis.')).toEqual(['Susan Hollis:person:Susan Hollis']);
    expect(found('The prize went to Scotsman Sir Angus Brodie.')).toEqual(['Angus Brodie:person:Angus Brodie']);
  });

  it('keeps clergy titles out of the name', () => {
    expect(found('Archbishop Ilse Varga met the envoys.')).toEqual(['Ilse Varga:person:Ilse Varga']);
    expect(found('The Reverend Tomas Hadley spoke on Monday.')).toEqual(['Tomas Hadley:person:Tomas Hadley']);
  });

  it('reads a title word before a generational suffix as a surname, not a title', () => {
    expect(found('Harlan Dewey Prince Jr. opened the bakery in 1963.')).toEqual(['Harlan Dewey Prince Jr.:person:Harlan Dewey Prince Jr.']);
    expect(found('Crowds gathered at the Prince Jr. memorial.')).toEqual(['Prince Jr.:person:Prince Jr.']);
    // A title before a name that ends in a suffix stays a title.
    expect(found('Bishop Harlan Prince Jr. led the service.')).toEqual(['Harlan Prince Jr.:person:Harlan Prince Jr.']);
    // A suffix after a comma is no name of its own.
    expect(found('The gunman, Harold Kilpatrick, Jr., was arrested.')).toEqual(['Harold Kilpatrick:person:Harold Kilpatrick']);
  });

  it('splits a place or an organization the gazetteer knows off a person glued after it', () => {
    expect(found('Talks were led by Palestine Samir Haddad, and by United Nations Paul Brandvik.')).toEqual([
      'Palestine:place:Palestine',
      'Samir Haddad:person:Samir Haddad',
      'United Nations:organization:United Nations',
      'Paul Brandvik:person:Paul Brandvik',
    ]);
  });

  it("reads an organization's acronym in brackets after its name as that organization, its initials or not", () => {
    expect(found('The Kessel Workers Party (PKV) fired, and the Kessel Defence League (KDL) did too.')).toEqual([
      'Kessel Workers Party:organization:Kessel Workers Party',
      'PKV:organization:Kessel Workers Party',
      'Kessel Defence League:organization:Kessel Defence League',
      'KDL:organization:Kessel Defence League',
    ]);
  });

  it('names no law or bill, and no party of a court case', () => {
    expect(found('The Clean Rivers Act and the Higher Schools Bill passed in Marivel.')).toEqual(['Marivel:place:Marivel']);
    expect(found('The Varnos Clean Water Plan was dropped in Marivel.')).toEqual(['Marivel:place:Marivel']);
    expect(found('The court overturned Dorval v. Kinnaman in Marivel. Dorval had stood for decades.')).toEqual(['Marivel:place:Marivel']);
    expect(found('In Velcor Holdings v. KDL the judge ruled, and KDL appealed.').map((f) => f.split(':')[0])).toEqual(['Velcor Holdings', 'KDL', 'KDL']);
  });

  it('reads an organization’s head before "of" anywhere in a name as an organization (an observatory’s, brigades’ too), and a township as a place', () => {
    expect(found('The Marivel House of Delegates met after a blast in Marion Township.')).toEqual([
      'Marivel House of Delegates:organization:Marivel House of Delegates',
      'Marion Township:place:Marion Township',
    ]);
    expect(found('The Marivel Observatory for Coastal Studies said the Karimiya Brigades fired.')).toEqual([
      'Marivel Observatory for Coastal Studies:organization:Marivel Observatory for Coastal Studies',
      'Karimiya Brigades:organization:Karimiya Brigades',
    ]);
  });

  it('ends a name at a comma glued to the next word', () => {
    expect(found('Crowds cheered Lena Varga,former minister, in Marivel.').map((f) => f.split(':')[0])).toEqual(['Lena Varga', 'Marivel']);
  });

  it('reads a building or a works by its last word as a place, a given name before it notwithstanding, not a person of a surname alone', () => {
    expect(found('Police entered the Al-Karimiya Mosque, and guards left the Kessel Nuclear Power Plant.')).toEqual([
      'Al-Karimiya Mosque:place:Al-Karimiya Mosque',
      'Kessel Nuclear Power Plant:place:Kessel Nuclear Power Plant',
    ]);
    expect(found('Pilgrims reached Omar Tarsi Shrine near the Dorval Refinery.').map((f) => f.split(':')[1])).toEqual(['place', 'place']);
    expect(found('Fans cheered Robert Plant.')).toEqual(['Robert Plant:person:Robert Plant']);
  });

  it('reads a base, a road, a river or a mall by its last word as a place, a given name before it notwithstanding', () => {
    expect(found('Drones struck Al-Varad Airbase, and floods closed the Helen Tarsi Highway near the Margaret River.')).toEqual([
      'Al-Varad Airbase:place:Al-Varad Airbase',
      'Helen Tarsi Highway:place:Helen Tarsi Highway',
      'Margaret River:place:Margaret River',
    ]);
    // A surname as well: a place's head after other words than a given name alone.
    expect(found('Police closed Korvath Lake, where Dana Lake had spoken.')).toEqual(['Korvath Lake:place:Korvath Lake', 'Dana Lake:person:Dana Lake']);
  });

  it('reads a firm or a bloc by its last word as an organization, a given name before it notwithstanding', () => {
    expect(found('The hedge fund firm Martin Orlen Management bought a stake, and Yulia Varsa Bloc left the coalition.')).toEqual([
      'Martin Orlen Management:organization:Martin Orlen Management',
      'Yulia Varsa Bloc:organization:Yulia Varsa Bloc',
    ]);
    expect(found('Investors in Helen Brandt Capital lost money.')).toEqual(['Helen Brandt Capital:organization:Helen Brandt Capital']);
  });

  it('reads a name before "oil field" or "air base" as the site\'s, not its owner\'s before a possessive', () => {
    expect(found("Troops guarded the Korvath oil field and Al Marun air base, and Varnex Energy's gas field stayed shut.")).toEqual([
      'Korvath:place:Korvath',
      'Al Marun:place:Al Marun',
      'Varnex Energy:organization:Varnex Energy',
    ]);
    expect(found('Jets flew from a British air base and a Korlan Navy air base.')).toEqual(['Korlan Navy:organization:Korlan Navy']);
    expect(found('Jets flew from the Korlan Navy air base.')).toEqual(['Korlan Navy:organization:Korlan Navy']);
  });

  it('reads a hospital, a museum or a library by its last word as an organization', () => {
    expect(found('Troops stormed the Kamal Tarsi Hospital.')).toEqual(['Kamal Tarsi Hospital:organization:Kamal Tarsi Hospital']);
  });

  it('names no currency by its code beside an amount, before or after it, nor a chemical by its acronym', () => {
    expect(found('A tanker is fined CAD $80,000 in Marivel, and Velcor Holdings pays 93 million AUD.')).toEqual([
      'Marivel:place:Marivel',
      'Velcor Holdings:organization:Velcor Holdings',
    ]);
    expect(found('The cargo held TNT and DDT in Marivel.')).toEqual(['Marivel:place:Marivel']);
  });

  it('reads the name after "the village of" or "the town of" as a place, whatever its words suggest alone', () => {
    expect(found('Settlers raided the village of Kafr Tamun, and troops entered the town of Al-Rastani.')).toEqual([
      'Kafr Tamun:place:Kafr Tamun',
      'Al-Rastani:place:Al-Rastani',
    ]);
  });

  it('reads one word opened by an Arabic article as a group’s name, or a place’s after a locative, never a person’s', () => {
    expect(found('Fighters of Al-Karimiya attacked, and fighting near Al-Rastani ended.')).toEqual([
      'Al-Karimiya:organization:Al-Karimiya',
      'Al-Rastani:place:Al-Rastani',
    ]);
  });

  it('reads a place after "of" inside a name of dictionary words as that name\'s, not the place (nor after a person\'s name or a government)', () => {
    expect(found('Members of the Potters Guild of Canada voted to strike on Monday.')).toEqual([
      'Potters Guild of Canada:organization:Potters Guild of Canada',
    ]);
    expect(found('He told the Voice of Chile that the talks had failed.').map((f) => f.split(':')[0])).not.toContain('Chile');
    expect(found('Bank of Norway raised its rates on Tuesday.').map((f) => f.split(':')[0])).toEqual(['Bank of Norway']);
    expect(found('Senator Jane Holloway of Texas spoke first.').map((f) => f.split(':')[0])).toEqual(['Jane Holloway', 'Texas']);
    expect(found('Yesterday Rose Young of Florida spoke first.').map((f) => f.split(':')[0])).toContain('Florida');
    expect(found('The Government of India said no.').map((f) => f.split(':')[0])).toEqual(['India']);
    // A sentence's first word is capitalized for opening it.
    expect(found('Fighting of Syria rebels went on.').map((f) => f.split(':')[0])).toEqual(['Syria']);
  });

  it('reads a given name, "the" and a capitalized word as one person\'s name, not the given name alone', () => {
    expect(found('Kings including Harold the Bold were crowned on the hill.')).toEqual(['Harold the Bold:person:Harold the Bold']);
    expect(found('Yesterday Jane the Vice President spoke.').map((f) => f.split(':')[0])).toEqual(['Jane']);
  });
});
