/**
 * JSON text in ASCII only: every code unit above U+007E written as a `\u` escape, so the text is
 * its own UTF-8 bytes. Chromium's service worker decodes a file of ASCII bytes several times faster
 * than one holding a few thousand accented letters (the world KB's 8 MB index: about 60 ms against
 * 400 ms, BENCHMARKS.md), and a sharded KB's index is decoded at every worker start.
 */
const NOT_ASCII = /[\u007f-\uffff]/g;

const escapeUnit = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value)` with its non-ASCII code units escaped: `JSON.parse` gives back the same value. */
export const asciiJson = (value: unknown): string => JSON.stringify(value).replace(NOT_ASCII, escapeUnit);
