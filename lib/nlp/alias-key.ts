/**
 * The one definition of an alias key. The KB builder writes keys with it and the matcher reads
 * with it, so the two can never drift: "U.S." = "US", "Kim Jong-un" = "Kim Jong Un",
 * "People’s" = "People's", "Kyïv" = "Kyiv". Keys are lowercase; case rules (US vs us) are the
 * matcher's job, applied to the surface text.
 */
const COMPASS: Record<string, string> = { n: 'north', s: 'south', e: 'east', w: 'west' };

// The same few hundred names are keyed over and over (gazetteer, lexicon, in-document
// resolution): aliasKey was a sixth of the matcher's own time before this memo.
const MEMO_SIZE = 20_000;
const memo = new Map<string, string>();

/** Words of ASCII letters and digits between single spaces: `normalize` only lowercases them. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** The alias key of `surface`: what builder and matcher compare names by. */
export function aliasKey(surface: string): string {
  // Most names are plain: lowercasing them costs less than the memo's lookup, and keeping them out
  // of the memo leaves its room to the names that need `normalize`'s work.
  if (PLAIN.test(surface)) return surface.toLowerCase();
  let key = memo.get(surface);
  if (key === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    key = normalize(surface);
    memo.set(surface, key);
  }
  return key;
}

function normalize(surface: string): string {
  return (
    surface
      .normalize('NFKD')
      .replace(/\p{M}/gu, '') // diacritics
      .replace(/[’‘`´]/g, "'")
      .replace(/'s$/i, '') // possessive at the end: "Russia's" = "Russia"
      // "U.S." → "US": drop the dots of dotted acronyms before anything else looks at dots
      .replace(/\b((?:\p{Lu}\.){2,})/gu, (m) => m.replace(/\./g, ''))
      // "N. Korea" → "north korea": a compass initial opening a name (not "George W. Bush")
      .replace(/^([NSEW])\.\s+(?=\p{Lu})/u, (_, c: string) => `${COMPASS[c.toLowerCase()]} `)
      .toLowerCase()
      .replace(/[-‐‑–—_/]+/g, ' ') // hyphens and dashes are spaces: Jong-un = Jong Un
      .replace(/[.,;:!?()[\]{}"“”]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Runs of characters between single spaces, none of them a quote to straighten: already clean. */
const CLEAN = /^[^\s’‘`´]+(?: [^\s’‘`´]+)*$/;

/** The display form of a surface string: curly apostrophes straightened, whitespace collapsed. */
export function cleanSurface(surface: string): string {
  if (CLEAN.test(surface)) return surface;
  return surface
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A surface form as an alias: cleaned, without a closing bracket it never opened ("DRC)",
 * "India]]") and without a sentence's full stop after an abbreviation's ("U.S.." at a sentence's end).
 */
export function aliasSurface(surface: string): string {
  let alias = cleanSurface(surface).replace(/\.\.+$/, '.');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ] as const) {
    while (alias.endsWith(close) && alias.split(open).length < alias.split(close).length) alias = alias.slice(0, -1).trimEnd();
  }
  return alias;
}
