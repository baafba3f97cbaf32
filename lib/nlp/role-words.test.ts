import { describe, expect, it } from 'vitest';
import ROLE_WORDS from './data/role-words.json';
import TITLES from './data/title-words.json';

const { portfolioShortForms, ...lists } = ROLE_WORDS;

describe('role-words.json (role-canonical.ts)', () => {
  it.each(Object.entries(lists))('%s: lowercase words, none twice', (_, words) => {
    expect(words.filter((w) => w !== w.toLowerCase())).toEqual([]);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('names titles with words the title lists know: heads of the office, a modifier before a portfolio head', () => {
    const heads = new Set(TITLES.roleHeads);
    expect([...lists.fromTitles, ...lists.portfolioHeads, ...lists.nationalityTitles, ...lists.courtStandings].filter((w) => !heads.has(w))).toEqual([]);
    expect(lists.placeBeforePortfolio.filter((w) => !TITLES.roleModifiers.includes(w))).toEqual([]);
  });

  it('keeps the words that open a rank apart from the ranks they open', () => {
    expect(lists.rankOpeners.filter((w) => lists.ranks.includes(w))).toEqual([]);
  });

  it('keeps standings apart from ranks and from the words that open them', () => {
    expect(lists.religiousStandings.filter((w) => lists.ranks.includes(w) || lists.standingOpeners.includes(w))).toEqual([]);
    expect(TITLES.honorifics.filter((w) => lists.religiousStandings.includes(w))).toEqual([]);
    expect(lists.courtStandings.filter((w) => lists.religiousStandings.includes(w) || TITLES.honorifics.includes(w))).toEqual([]);
  });

  it('shortens portfolios written in lowercase to a capitalized word', () => {
    for (const [portfolio, short] of Object.entries(portfolioShortForms)) {
      expect(portfolio).toBe(portfolio.toLowerCase());
      expect(short).toMatch(/^\p{Lu}\p{Ll}+$/u);
    }
  });
});
