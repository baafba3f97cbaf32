import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/corpus/article';
import { parseWithLinkedom, readHtml } from '../../lib/corpus/read-html';
import { bundled, expectGoldMetadata, fixture, goldDocuments } from './gold';
import { expectSegmentInvariants } from './segment-invariants';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const bodyTexts = (a: Article) => a.segments.filter((s) => s.kind === 'body').map((s) => a.text.slice(s.start, s.end));

/** A publisher-like page for a bundled file: its lines as paragraphs, its masthead and headline as meta tags. */
function pageFor(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const byline = lines.findIndex((l) => /^- By /.test(l));
  const meta = byline > 0 ? `<meta property="og:site_name" content="${lines[0]}"><meta property="og:title" content="${lines[1]}">` : '';
  const paragraphs = lines.slice(Math.max(byline, 0)).map((l) => `<p>${escapeHtml(l)}</p>`);
  return `<!doctype html><html><head>${meta}</head><body><article>${paragraphs.join('\n')}</article></body></html>`;
}

describe('readHtml on pages made from the bundled corpus', () => {
  it.each(goldDocuments.map((g) => [g.file, g] as const))('%s has the gold metadata', (file, gold) => {
    const article = readHtml(file, pageFor(bundled(file)));
    // The page carries no subtitle line: the text reader finds it by position, which HTML does not need.
    expectGoldMetadata(article, gold, ['subtitle']);
    expectSegmentInvariants(article, { oneLineEach: true });
  });
});

describe('readHtml on a news page', () => {
  const article = readHtml('harbor-talks.html', fixture('harbor-talks.html'));

  it('takes metadata from the meta tags before JSON-LD', () => {
    expect(article).toMatchObject({
      file: 'harbor-talks.html',
      title: 'Harbor nations agree on shared patrols',
      source: 'The Coastal Ledger',
      date: '2024-03-14',
      authors: ['Lena Marsh', 'Tomas Vidal'], // the article:author profile URL is no name
      url: 'https://ledger.example/world/harbor-patrols-2024', // canonical over og:url
    });
  });

  it('keeps the main text only, paragraphs separated by blank lines', () => {
    expect(article.text).not.toMatch(/Home|Advertisement|Most read|Storm closes|All rights reserved/);
    expect(article.text.split('\n\n')).toHaveLength(6);
    expect(bodyTexts(article)[0]).toMatch(/^Officials from five harbor nations/);
  });

  it('reads the dateline, the byline and teasers in the text', () => {
    expect(article.dateline?.place).toBe('Valletta');
    const kinds = article.segments.map((s) => [s.kind, article.text.slice(s.start, s.end).slice(0, 20)]);
    expect(kinds.slice(0, 3)).toEqual([
      ['byline', 'By Lena Marsh and To'],
      ['dateline', 'VALLETTA'],
      ['body', 'Officials from five '],
    ]);
    expect(kinds).toContainEqual(['boilerplate', 'Read more: How the h']);
    expectSegmentInvariants(article, { oneLineEach: true });
  });

  it('falls back to JSON-LD (in @graph, with a broken block beside it)', () => {
    expect(readHtml('ld-only.html', fixture('ld-only.html'))).toMatchObject({
      title: 'Dam project wins approval',
      source: 'Valley Courier',
      date: '2022-07-01',
      authors: ['Priya Raman'],
      url: 'https://courier.example/dam',
    });
  });

  it('marks a first paragraph equal to the title as the title segment', () => {
    const html = `<html><head><meta property="og:title" content="Ferry talks collapse"></head><body><div>
      <p>Ferry talks collapse</p><p>The ferry operators and the unions ended their talks on Sunday without agreement, leaving the island routes without service for a third day.</p>
      <p>Both sides blamed the other for the failure and no new date was set, the mediator said in a short statement to reporters.</p></div></body></html>`;
    const a = readHtml('t.html', html);
    expect(a.segments.map((s) => s.kind)).toEqual(['title', 'body', 'body']);
  });

  it('accepts another DOM parser', () => {
    let used = false;
    const parse = (html: string) => {
      used = true;
      return parseWithLinkedom(html);
    };
    expect(readHtml('ld-only.html', fixture('ld-only.html'), parse).title).toBe('Dam project wins approval');
    expect(used).toBe(true);
  });

  it('throws a clear error when the page has no article text', () => {
    expect(() => readHtml('empty-page.html', fixture('empty-page.html'))).toThrow('empty-page.html: no article text found');
    expect(() => readHtml('blank.html', '')).toThrow(/no article text/);
  });
});
