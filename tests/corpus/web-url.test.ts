import { describe, expect, it } from 'vitest';
import { readHtml } from '../../lib/corpus/read-html';
import { readJsonl } from '../../lib/corpus/read-jsonl';
import { webUrl } from '../../lib/corpus/web-url';

const prose = '<p>Park Jin met NATO officials in Seoul on Tuesday for long talks about the alliance.</p>';

describe('article URLs', () => {
  it.each([
    ['https://news.example/a?b=1#c', 'https://news.example/a?b=1#c'],
    ['HTTP://NEWS.EXAMPLE/A', 'HTTP://NEWS.EXAMPLE/A'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['/news/a', null],
    ['not a url', null],
    ['', null],
  ])('keeps %j as %j', (value, kept) => expect(webUrl(value)).toBe(kept));

  it('are dropped from a page whose canonical link is a script', () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"></head><body>${prose}</body></html>`;
    expect(readHtml('a.html', html).url).toBeNull();
  });

  it('are dropped from a JSONL record whose url is a script', () => {
    const { articles } = readJsonl('a.jsonl', JSON.stringify({ text: 'Park Jin spoke.', url: 'javascript:alert(1)' }));
    expect(articles[0]?.url).toBeNull();
  });
});
