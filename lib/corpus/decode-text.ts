/**
 * A corpus file's bytes as text. Files come as UTF-8 mostly, but Windows tools also save
 * UTF-16 with a byte-order mark ("Unicode" in Notepad), which read as UTF-8 is all NUL bytes
 * and was refused as binary. The BOM says which; without one the bytes are UTF-8, and bytes
 * that are not become U+FFFD for the binary check (text-check.ts) to judge.
 */

/** The encoding a byte-order mark names, or UTF-8. */
export function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Decode a file's bytes; the byte-order mark, if any, is dropped. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}
