import { describe, expect, it } from 'vitest';
import { footerStart, isAppendixStart, isTeaserLine } from '../../lib/corpus/boilerplate';

describe('boilerplate lines', () => {
  it.each([
    'Also Read: US Secretary Blinken in Tokyo for G7',
    'Read more: How the harbor dispute began',
    'READ ALSO',
    'READ ALSO: Budget talks stall',
    'Related: Tram depot listed as protected building',
    'Watch — Ferry rescue at dawn',
    'Advertisement',
    'Story continues below advertisement',
    'Sign up for our morning newsletter',
  ])('teaser or page noise: %s', (line) => {
    expect(isTeaserLine(line)).toBe(true);
  });

  it.each([
    'Related officials said the talks would go on.',
    'Read the statement in full, the minister urged reporters.',
    'Recommended changes to the law were published on Monday.',
    'Also, read receipts were disabled.',
  ])('article text: %s', (line) => {
    expect(isTeaserLine(line)).toBe(false);
    expect(isAppendixStart(line)).toBe(false);
  });

  it.each(['Related', 'Related Articles', 'More from The Coastal Ledger', 'Recommended', 'You may also like', 'Most read'])('appendix heading: %s', (line) => {
    expect(isAppendixStart(line)).toBe(true);
  });

  it('takes only the trailing run of footer lines', () => {
    const lines = [
      'Copyright law was at the heart of the case, the judge said.',
      'The ruling can be appealed.',
      'Newspapers in English',
      'Newspapers from United States',
    ];
    expect(footerStart(lines)).toBe(2);
    expect(footerStart(['A body line.', '© 2024 The Coastal Ledger', 'All rights reserved.'])).toBe(1);
    expect(footerStart(['A body line.'])).toBe(1);
  });
});
