import { describe, expect, it } from 'vitest';
import { detectEntities } from './detect';

const found = (text: string) => detectEntities(text).map((d) => `${d.text}:${d.type}`);
const titled = (text: string) => detectEntities(text).map((d) => `${d.name}|${d.title}`);

describe('names are not cut short', () => {
  it('reads a capital "A." as an initial, not the article', () => {
    expect(found('The court heard Dana A. Varga on Monday.')).toContain('Dana A. Varga:person');
    expect(titled('Finance Minister A. J. Smith resigned.')).toContain('A. J. Smith|Finance Minister');
  });

  it('keeps a regnal number after a name', () => {
    expect(titled('Crowds cheered King Tavo III in the capital.')).toContain('Tavo III|King');
    expect(found('Then Pope Adrian XIV said Mass.')).toContain('Adrian XIV:person');
  });

  it('leaves the sentence’s full stop off a numeral that ends the name', () => {
    expect(titled('The throne passed to his son, King Tavo V.')).toEqual(['Tavo V|King']);
    expect(found('They met Dana V. Varga.')).toEqual(['Dana V. Varga:person']);
  });
});

describe('titles are no part of a name', () => {
  it('splits an acronym body and its title off a person', () => {
    expect(titled('KTA Administrator Dana Varga toured the flood zone.')).toEqual(['KTA|null', 'Dana Varga|Administrator']);
    expect(titled('Council President-designate Marla Quinby spoke.')).toEqual(['Marla Quinby|President-designate']);
  });

  it('takes a rank’s opener into the title', () => {
    expect(titled('Field Marshal Tavo Rensk took the capital.')).toEqual(['Tavo Rensk|Field Marshal']);
  });

  it('carries a title’s complement on to the person after it', () => {
    expect(titled('Secretary of State for Education Dana Varga resigned.')).toEqual(['Dana Varga|Secretary of State for Education']);
    expect(titled('Minister of Justice and Security Marla Quinby spoke.')).toEqual(['Marla Quinby|Minister of Justice and Security']);
    expect(titled('Minister of Culture Pol Varga spoke.')).toEqual(['Pol Varga|Minister of Culture']);
    expect(titled('Speaker of the Assembly Pol Varga spoke.')).toEqual(['Pol Varga|Speaker of the Assembly']);
    expect(titled('Minister of Defence of Norway Halvard Berg flew home.')).toEqual(['Norway|null', 'Halvard Berg|Minister of Defence of Norway']);
  });

  it('ends the complement at a town named like a given name that opens the person', () => {
    expect(titled('Mayor of Oslo Charlotte Varga spoke.')).toEqual(['Oslo|null', 'Charlotte Varga|Mayor of Oslo']);
    // The complement's first place is the title's, a given name or not.
    expect(titled('Governor of Charlotte Tavo Rensk spoke.')).toEqual(['Charlotte|null', 'Tavo Rensk|Governor of Charlotte']);
  });

  it('leaves the end of a title’s complement off the person after it', () => {
    expect(titled('He met Member of Parliament Alan Kern in Leeds.')).toEqual(['Alan Kern|null', 'Leeds|null']);
    expect(titled('The Minister for Culture, Media and Sport Jenny Hart spoke.')).toEqual(['Jenny Hart|null']);
    // A place's head and a given name after it are a place's name.
    expect(found('They rode the ferry of Lake Charles Street.')).not.toContain('Charles Street:person');
    // After a sentence's lowercase word, the run is a whole name; so is a saint's or a place's.
    expect(found('Police reopened the murder of Pier Paolo Varga.')).toContain('Pier Paolo Varga:person');
    expect(found('Bones lie in the Basilica of Saint John Rensk.')).not.toContain('John Rensk:person');
    expect(found('Coach Dana Rees of North Carolina Rovers left.')).not.toContain('Carolina Rovers:person');
  });

  it('reads a head of government’s title written in its own language', () => {
    expect(titled('The envoy met Taoiseach Pol Rensk.')).toEqual(['Pol Rensk|Taoiseach']);
  });

  it('carries a title on after a modifier that follows its complement', () => {
    expect(titled('Then General Staff of the Norwegian Army Halvard Berg spoke.')).toContain('Halvard Berg|General Staff of the Norwegian Army');
    expect(found('He met the Head of the House of Kessel on Monday.')).toEqual(['House of Kessel:organization']);
  });

  it('makes no name of a title’s complement alone', () => {
    expect(found('She became the Minister for Rural Health and Aged Care.')).toEqual([]);
    expect(found('He is Minister of Foreign Affairs of Norway since May.')).toEqual(['Norway:place']);
  });
});

describe('neighbours are not glued on', () => {
  it('ends an organization before "and" and a people’s word', () => {
    expect(found('He met the Kessel Party of Norway and Norwegian Prime Minister Halvard Berg.')).toEqual([
      'Kessel Party of Norway:organization',
      'Halvard Berg:person',
    ]);
  });

  it('ends a title’s complement at the person it names', () => {
    expect(found('Speaker of the House Dana Varga and Senate Leader Pol Brandt met.')).toEqual([
      'Dana Varga:person',
      'Senate:organization',
      'Pol Brandt:person',
    ]);
  });
});

describe('"and" inside a body’s name', () => {
  const names = (text: string) => found(text).map((f) => f.split(':')[0]);

  it('keeps two heads joined by "and" before the last one', () => {
    expect(names('The Bonds and Exchange Commission fined the bank.')).toEqual(['Bonds and Exchange Commission']);
    expect(names('The Norwegian Bonds and Exchange Commission fined the bank.')).toEqual(['Norwegian Bonds and Exchange Commission']);
  });

  it('keeps a title’s modifier opening the name when no title’s head follows', () => {
    expect(names('The National Security and Planning Council met.')).toEqual(['National Security and Planning Council']);
  });

  it('still parts two bodies and two titles', () => {
    expect(names('The Army and Air Force held drills.')).toEqual(['Air Force']);
    expect(names('The National Front and National Union parties agree.')).toEqual(['National Front', 'National Union']);
    expect(names('Deputy Prime Minister and Finance Minister Tavo Varga spoke.')).toEqual(['Tavo Varga']);
  });
});

describe('a body named for its subject after "on"', () => {
  const names = (text: string) => found(text).map((f) => f.split(':')[0]);

  it('keeps the subject on the name, "and" inside it too', () => {
    expect(names('The Varnos Commission on Water Safety met on Friday.')).toEqual(['Varnos Commission on Water Safety']);
    expect(names('The Kessel Office on Drugs and Crime warned of a surge.')).toEqual(['Kessel Office on Drugs and Crime']);
    expect(names('The Varnos Committee on the Judiciary met.')).toEqual(['Varnos Committee on the Judiciary']);
  });

  it('stops before a day, a date or a place', () => {
    expect(names('The Varnos Council on Monday voted for the plan.')).toEqual(['Varnos Council']);
    expect(names('The Varnos Council on March 5 voted for the plan.')).toEqual(['Varnos Council']);
    expect(names('The Varnos Council on Peru met in private.')).toEqual(['Varnos Council', 'Peru']);
    expect(names('The Varnos Council on the Philippines met in private.')).toEqual(['Varnos Council', 'Philippines']);
  });

  it('needs a body’s head before "on"', () => {
    expect(names('Dana Pell on Water Safety spoke.')).not.toContain('Dana Pell on Water Safety');
  });
});

describe('a military rank abbreviated is a title, no part of the name', () => {
  it('splits "Lt. Col.", "Sgt" and "Gen." off the person', () => {
    expect(titled('Lt. Col. Dana Varga led the unit.')).toEqual(['Dana Varga|Lt. Col.']);
    expect(titled('Sgt Lena Okafor was wounded.')).toEqual(['Lena Okafor|Sgt']);
    expect(titled('Gen. Tom Orley visited the base.')).toEqual(['Tom Orley|Gen.']);
  });

  it('splits a rank written whole before a given name, and keeps a surname that is a rank', () => {
    expect(titled('The officer Major Dana Varga was found.')).toEqual(['Dana Varga|Major']);
    expect(titled('The trial of Brigadier Tom Orley begins.')).toEqual(['Tom Orley|Brigadier']);
    expect(titled('They met Chancellor Tom Major at noon.')).toEqual(['Tom Major|Chancellor']);
  });
});
