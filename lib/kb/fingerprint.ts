/**
 * Recognizing a corpus article on the page being read, so related coverage never lists it:
 * a min-hash sample of the article's 8-word shingles. Page text extracted from HTML differs from
 * the corpus file at the edges (menus, captions), but keeps the body's shingles.
 *
 * Shingles hash to 24 bits and a document keeps 8 of them: a KB stores one fingerprint per
 * document, 32 characters. Chance alone puts one of a 2,000-shingle page's hashes in a sample
 * 1 time in 8,000; 4 of 8 together, never in practice.
 */
const SHINGLE_WORDS = 8;
const SAMPLE_SIZE = 8;
/** Share of a document's sample that must occur on the page for it to be "the page being read". */
const SAME_ARTICLE_SHARE = 0.5;

/** FNV-1a, 32 bits: a fast, stable hash of a string, the same in node and every browser (`seed` varies it: two seeds give 64 bits). */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 24-bit hashes of every 8-word shingle of `text`, words lowercased and stripped of punctuation. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')) >>> 8);
  return hashes;
}

/** The stored fingerprint: the smallest shingle hashes, sorted. */
export function fingerprint(text: string): number[] {
  return [...shingleHashes(text)].sort((a, b) => a - b).slice(0, SAMPLE_SIZE);
}

/** True when the page (as its shingle hashes) contains the fingerprinted article. */
export function isSameArticle(documentPrint: readonly number[], page: ReadonlySet<number>): boolean {
  if (!documentPrint.length) return false;
  const found = documentPrint.filter((h) => page.has(h)).length;
  return found / documentPrint.length >= SAME_ARTICLE_SHARE;
}

/** A fingerprint as stored: its 24-bit hashes as 3 big-endian bytes each, in base64 (4 characters a hash). */
export function encodeFingerprint(hashes: readonly number[]): string {
  let bytes = '';
  for (const h of hashes) bytes += String.fromCharCode((h >>> 16) & 255, (h >>> 8) & 255, h & 255);
  return btoa(bytes);
}

export function decodeFingerprint(text: string): number[] {
  const bytes = atob(text);
  const hashes: number[] = [];
  for (let i = 0; i + 3 <= bytes.length; i += 3) hashes.push((bytes.charCodeAt(i) << 16) | (bytes.charCodeAt(i + 1) << 8) | bytes.charCodeAt(i + 2));
  return hashes;
}
