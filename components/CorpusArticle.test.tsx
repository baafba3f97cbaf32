// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusArticle } from './CorpusArticle';

afterEach(cleanup);

describe('CorpusArticle', () => {
  it('shows headline, source and date, and wraps each mark in its paragraph without changing the text', () => {
    const text = 'Antony Blinken met Park Jin in Seoul.';
    const { container } = render(
      <CorpusArticle
        article={{
          doc: 'x.txt',
          title: 'Talks in Seoul',
          source: 'Harbor Wire',
          date: '2023-11-08',
          paragraphs: [
            {
              text,
              marks: [
                { start: 31, end: 36, id: 'seoul', type: 'place', reason: 'name' },
                { start: 0, end: 14, id: 'antony-blinken', type: 'person', reason: 'name' },
              ],
            },
          ],
        }}
      />,
    );
    expect(container.querySelector('h1')?.textContent).toBe('Talks in Seoul');
    expect(container.querySelector('.meta')?.textContent).toBe('Harbor Wire · 8 Nov 2023');
    const p = container.querySelector('article p:not(.meta)');
    expect(p?.textContent).toBe(text);
    expect([...(p?.querySelectorAll('mark') ?? [])].map((m) => [m.textContent, m.className, m.getAttribute('data-entity')])).toEqual([
      ['Antony Blinken', 'type-person', 'antony-blinken'],
      ['Seoul', 'type-place', 'seoul'],
    ]);
  });
});
