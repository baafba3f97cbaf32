import { describe, expect, it } from 'vitest';
import { junkNames } from '../../eval/junk-names';

describe('junkNames', () => {
  it('lists the junk among marks and unknown names with their type and why, and leaves real names', () => {
    const text = 'Image credit: Alice Okafor met Libyan officials in Tripoli.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const blocks = [
      {
        text,
        marks: [{ id: 'tripoli', type: 'place' as const, reason: 'alias "Tripoli"', ...at('Tripoli') }],
        unknown: [
          { name: 'Alice Okafor', type: 'person' as const, ...at('Alice Okafor') },
          { name: 'Libyan', type: 'person' as const, ...at('Libyan') },
          { name: 'officials', type: 'organization' as const, ...at('officials') },
        ],
      },
    ];
    expect(junkNames(blocks)).toEqual(['Libyan (person, demonym)', 'officials (organization, lowercase)']);
  });
});
