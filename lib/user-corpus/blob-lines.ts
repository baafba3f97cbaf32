/**
 * The lines of a file the user picked, read as a stream: a corpus of 100 MB goes through the
 * import a chunk at a time, with how far into the file each line ends for the progress bar.
 */
import { encodingOf } from '../corpus/decode-text';

/** One line (without its "\n"), its 1-based number, and the bytes read when it was met. */
export interface BlobLine {
  line: number;
  text: string;
  bytesRead: number;
}

/** The lines of `blob`, decoded as its byte-order mark says (UTF-8 without one; the mark itself dropped). */
export async function* blobLines(blob: Blob): AsyncGenerator<BlobLine> {
  const reader = blob.stream().getReader();
  let decoder: TextDecoder | null = null;
  let rest = '';
  let line = 0;
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      decoder ??= new TextDecoder(encodingOf(value));
      bytesRead += value.byteLength;
      const lines = (rest + decoder.decode(value, { stream: true })).split('\n');
      rest = lines.pop() ?? '';
      for (const text of lines) yield { line: ++line, text, bytesRead };
    }
    rest += decoder?.decode() ?? '';
    if (rest) yield { line: ++line, text: rest, bytesRead };
  } finally {
    // Stops reading the file when the import stops early (cancelled, failed); a no-op at its end.
    await reader.cancel();
  }
}
