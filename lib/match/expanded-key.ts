/**
 * Keys with known acronyms and short names spelled out, so "UN Security Council" and "United
 * Nations Security Council", or "US State Department" and "United States State Department",
 * meet on one key. Both sides go through the gazetteer, so it cannot drift from detection.
 */
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/schema';
import { aliasKey } from '../nlp/alias-key';
import { gazetteerLookup } from '../nlp/gazetteer';

const MAX_PART_WORDS = 4;

/** `key` with every gazetteer name in it replaced by the key of its canonical name. */
export function expandedKey(key: string): string {
  const words = key.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let width = Math.min(MAX_PART_WORDS, words.length - i);
    for (; width > 0; width--) {
      const entry = gazetteerLookup(words.slice(i, i + width).join(' '));
      if (entry) {
        out.push(aliasKey(entry.name));
        break;
      }
    }
    if (width === 0) out.push(words[i] as string);
    i += Math.max(width, 1);
  }
  return out.join(' ');
}

const cache = new WeakMap<KbIndex, Map<string, KbEntity[]>>();

/** KB entities whose name or an alias has this expanded key. */
export function byExpandedKey(index: KbIndex, key: string): readonly KbEntity[] {
  let map = cache.get(index);
  if (!map) {
    map = new Map();
    for (const e of index.kb.entities) {
      for (const a of [e.name, ...e.aliases]) {
        const k = expandedKey(aliasKey(a));
        const list = map.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        map.set(k, list);
      }
    }
    cache.set(index, map);
  }
  return map.get(expandedKey(key)) ?? [];
}
