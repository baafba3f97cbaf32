/**
 * Whether a file's content is text at all, before any reader sees it: a PDF or an image
 * renamed to .txt should become a clear problem, not an "article" of mojibake.
 */

// Share of suspicious characters above which content is not text. Real articles have
// none; a little mojibake (a few U+FFFD from a wrong encoding) stays readable.
const maxSuspiciousShare = 0.1;
const sampleLength = 8192;

/** Control characters other than tab, newlines and form feed; U+FFFD, which stands for undecodable bytes. */
function isSuspicious(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f || code === 0xfffd;
}

/** Why `content` is not usable text ("binary content", "empty file"), or null when it is. */
export function whyNotText(content: string): string | null {
  if (content.trim() === '') return 'empty file';
  if (content.includes('\u0000')) return 'binary content (NUL bytes)';
  const sample = content.slice(0, sampleLength);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) if (isSuspicious(sample.charCodeAt(i))) suspicious++;
  if (suspicious / sample.length > maxSuspiciousShare) return 'binary content (mostly non-text characters)';
  return null;
}
