import { describe, expect, it } from 'vitest';
import { type BlobLine, blobLines } from '../../lib/user-corpus/blob-lines';

/** A blob whose stream hands out these chunks, as a large file's does. */
const chunked = (...chunks: Uint8Array[]) =>
  ({
    size: chunks.reduce((n, c) => n + c.byteLength, 0),
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      }),
  }) as Blob;

const lines = async (blob: Blob) => {
  const all: BlobLine[] = [];
  for await (const line of blobLines(blob)) all.push(line);
  return all;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('blobLines', () => {
  it('joins lines and characters cut between chunks, numbering lines and counting bytes as it goes', async () => {
    const bytes = utf8('Kraków\nŁódź\n\nend');
    // Cut inside "ó" (two bytes) and just after the first newline.
    const cut = [bytes.slice(0, 4), bytes.slice(4, 8), bytes.slice(8)];
    expect(await lines(chunked(...cut))).toEqual([
      { line: 1, text: 'Kraków', bytesRead: 8 },
      { line: 2, text: 'Łódź', bytesRead: bytes.length },
      { line: 3, text: '', bytesRead: bytes.length },
      { line: 4, text: 'end', bytesRead: bytes.length },
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads UTF-16 by its mark', async () => {
    expect((await lines(new Blob([utf8('\uFEFFfirst\nsecond\n')]))).map((l) => l.text)).toEqual(['first', 'second']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a\nb'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await lines(new Blob([utf16]))).map((l) => l.text)).toEqual(['a', 'b']);
  });
});
