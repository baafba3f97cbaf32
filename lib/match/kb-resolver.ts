/**
 * A KB as a name resolver for reading articles against it (lib/kb/observe.ts): the matcher's own
 * detection lexicon and linking, so a user's article names what the page matcher would link.
 */
import type { KbIndex } from '../kb/kb-index';
import type { NameResolver } from '../kb/observe';
import { kbLexicon } from './kb-lexicon';
import { LINK_THRESHOLD, linkMention } from './link';

export function kbResolver(index: KbIndex): NameResolver {
  const { articles, entities, events } = index.counts;
  return {
    id: `KB of ${index.kb.date ?? 'no date'}: ${articles} articles, ${entities} entities, ${events} events`,
    lexicon: kbLexicon(index),
    resolve(d) {
      const link = linkMention(index, d);
      return link && link.confidence >= LINK_THRESHOLD ? { name: link.entity.name, type: link.entity.type } : null;
    },
  };
}
