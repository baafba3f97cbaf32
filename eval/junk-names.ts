/**
 * Names on a real page that name nothing a reader wants (issue 18.3): a calendar word, a title
 * or a common word alone ("Image", "Street", "January"), a demonym ("Libyan"), or a lowercase
 * word ("sale"). A count by rule, for `npm run eval:pages`; reading the lists judges the rest.
 */
import type { BlockMark, BlockUnknown } from '../lib/messages';
import { isDemonym } from '../lib/nlp/gazetteer';
import { junkReason } from './world-figures';

/** Why the marked `surface` is junk, or null. */
export function junkNameReason(surface: string): string | null {
  if (/^\p{Ll}/u.test(surface)) return 'lowercase';
  if (isDemonym(surface)) return 'demonym';
  return junkReason(surface);
}

/** The junk names among the marks and unknown names of a page's blocks, as "surface (type, why)". */
export function junkNames(blocks: readonly { text: string; marks: BlockMark[]; unknown: BlockUnknown[] }[]): string[] {
  return blocks.flatMap((b) =>
    [...b.marks, ...b.unknown].flatMap(({ start, end, type }) => {
      const surface = b.text.slice(start, end);
      const why = junkNameReason(surface);
      return why ? [`${surface} (${type}, ${why})`] : [];
    }),
  );
}
