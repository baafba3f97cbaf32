/**
 * Bounds on the work one pathological text can cause (issue 8). Each is far beyond anything
 * real prose holds (the longest token in CoNLL-2003 dev, test and MSNBC is 39 characters; the
 * longest gazetteer name 73), so scores do not move; without them a page of junk could keep the
 * background busy for seconds.
 */

/**
 * A run of non-space characters longer than this is no word of a name (a URL, a base64 blob,
 * "A.A.A.…"), and compromise never sees it: its punctuation pass is quadratic in a token's
 * length ('A.'.repeat(8000) took 1.5 s).
 */
export const MAX_TOKEN_CHARS = 100;

/**
 * No known name (gazetteer entry, or a person named in the document) is longer than this, so
 * longer text is never looked up as one: splitting a 15,000-character hyphenated candidate
 * ('-yong' × 3,000) at every hyphen and keying both sides took 3.8 s.
 */
export const MAX_NAME_CHARS = 120;
