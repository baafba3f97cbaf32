import { describe, expect, it } from 'vitest';
import FUNCTION_WORDS from './data/english-function-words.json';
import { englishShare, languageName, pageLanguage } from './page-language';

// Original sentences written for these tests.
const ENGLISH =
  'The harbour board said on Monday that it would delay the new ferry terminal by a year, because the cost of steel has risen since the plan was approved. Its chair told reporters that the town could not borrow more than it had already, and that the works would start when prices fall.';
const SPANISH =
  'La junta del puerto anunció el lunes que retrasará un año la nueva terminal de transbordadores, porque el costo del acero ha subido desde que se aprobó el plan. Su presidenta dijo a los periodistas que el pueblo no puede endeudarse más y que las obras empezarán cuando bajen los precios.';
const GERMAN =
  'Die Hafenverwaltung teilte am Montag mit, dass sich das neue Fährterminal um ein Jahr verzögert, weil der Stahlpreis seit der Genehmigung des Plans gestiegen ist. Die Vorsitzende sagte, die Stadt könne nicht mehr Geld leihen, und die Arbeiten würden beginnen, wenn die Preise fallen.';

describe('the English function words', () => {
  it('are lowercase, sorted and unique', () => {
    expect(FUNCTION_WORDS.every((w) => /^[a-z]+$/.test(w))).toBe(true);
    expect([...new Set(FUNCTION_WORDS)].sort()).toEqual(FUNCTION_WORDS);
  });

  it('leave out short words other languages write often', () => {
    for (const shared of ['a', 'an', 'in', 'no', 'so', 'die', 'me', 'is', 'on', 'de', 'la']) expect(FUNCTION_WORDS).not.toContain(shared);
  });
});

describe('a page’s language', () => {
  it('is the one the page declares', () => {
    expect(pageLanguage('es', ENGLISH)).toEqual({ english: false, code: 'es' });
    expect(pageLanguage('en-GB', SPANISH)).toEqual({ english: true, code: 'en-gb' });
    expect(pageLanguage('EN_us', SPANISH)).toEqual({ english: true, code: 'en_us' });
  });

  it('is read from the text when the page declares none', () => {
    expect(pageLanguage(null, ENGLISH)).toEqual({ english: true, code: null });
    expect(pageLanguage('', SPANISH)).toEqual({ english: false, code: null });
    expect(pageLanguage('und', ENGLISH)).toEqual({ english: true, code: null });
    expect(pageLanguage(null, GERMAN)).toEqual({ english: false, code: null });
  });

  it('is not told by a few words', () => {
    expect(englishShare('Seúl, martes.')).toBeNull();
    expect(pageLanguage(null, 'Seúl, martes.')).toBeNull();
  });

  it('has an English name for the popup', () => {
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('pt-BR')).toBe('Portuguese');
    expect(languageName('zz-not-a-code')).toBeNull();
  });
});
