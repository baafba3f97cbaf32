import { describe, expect, it } from 'vitest';
import { namesOnlyCodes } from './code-acronyms';
import { openEntity } from './entity-state';

// Invented sentences.
const cluster = (name: string, sentences: string[]) => {
  const c = openEntity('organization');
  c.names.set(name, sentences.length);
  for (const [i, s] of sentences.entries()) c.sentences.set(`doc-${i}`, [s]);
  return c;
};

describe('namesOnlyCodes', () => {
  it('takes capitals written only before a number for a code', () => {
    expect(namesOnlyCodes(cluster('QX', ['Valdoria Air flight QX 512 lands safely in Port Orrin.']))).toBe(true);
    expect(namesOnlyCodes(cluster('HRD', ['Astronomers find a planet around HRD 40112 b.', 'The star HRD 7 dims.']))).toBe(true);
  });

  it('keeps a body written plainly once, and a team before its score', () => {
    expect(namesOnlyCodes(cluster('VBC', ['VBC 2 airs the debate.', 'The VBC says the vote is close.']))).toBe(false);
    expect(namesOnlyCodes(cluster('ORU', ['ORU 71–64 win over the visitors.']))).toBe(false);
  });

  it('keeps a name that is not capitals, and one its sentences never show', () => {
    expect(namesOnlyCodes(cluster('Orrin', ['Orrin 4 is a district.']))).toBe(false);
    expect(namesOnlyCodes(cluster('QX', ['A plane lands.']))).toBe(false);
  });
});
