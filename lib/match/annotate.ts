/**
 * The matcher: every entity named in a text, linked to the KB where it can be. `backstory
 * annotate` and the extension's background both call this, so the CLI shows what readers see.
 */
import type { KbIndex } from '../kb/kb-index';
import { detectEntities } from '../nlp/detect';
import { LINK_THRESHOLD, linkMention } from './link';
import type { Annotation, Mention } from './types';

export function annotate(index: KbIndex, text: string, ranges?: readonly { start: number; end: number }[]): Annotation {
  const mentions = detectEntities(text, ranges).map((d): Mention => {
    const link = linkMention(index, d);
    const linked = link && link.confidence >= LINK_THRESHOLD ? link : null;
    return {
      text: d.text,
      start: d.start,
      end: d.end,
      type: d.type,
      entity: linked ? { id: linked.entity.id, name: linked.entity.name } : null,
      confidence: linked?.confidence ?? 0,
      reason: linked?.reason ?? '',
    };
  });
  return { mentions, events: [] };
}
