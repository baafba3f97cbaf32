/**
 * The one kind of article URL the corpus keeps: absolute http(s). The card turns an article's
 * URL into a link, so a "javascript:" or "data:" URL from a saved page's canonical link or a
 * JSONL record must never get that far.
 */

/** `value` when it is an absolute http or https URL, else null. */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null; // relative or malformed
  }
}
