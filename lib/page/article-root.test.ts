// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleRoot, findArticleRoot } from './article-root';

const story = (n: number) => `<p>${'Officials in Seoul said the talks on North Korea would go on through the week. '.repeat(n)}</p>`;

/** The article root's id on a page of `body`, its <html> and <body> given `htmlClass` and `bodyClass`. */
function root(body: string, { htmlClass = '', bodyClass = '' } = {}): string | null {
  document.documentElement.className = htmlClass;
  document.body.className = bodyClass;
  document.body.innerHTML = body;
  return findArticleRoot(document)?.id ?? null;
}

describe('findArticleRoot', () => {
  it('takes the article element over the page around it', () => {
    expect(root(`<nav id="nav">${story(1)}</nav><main id="main"><article id="story">${story(8)}</article><div>${story(1)}</div></main>`)).toBe('story');
  });

  it('takes the common container of a feed of several articles', () => {
    expect(root(`<main id="feed"><article>${story(4)}</article><article>${story(4)}</article></main>`)).toBe('feed');
  });

  it('without article markup, takes the story with its headline and leaves the sidebar out', () => {
    const page = `<div id="page"><div id="col"><h1>Talks</h1><div>${story(4)}</div><div>${story(4)}</div></div><div id="side"><ul><li>Most read</li></ul>${story(1)}</div></div>`;
    expect(root(page)).toBe('col');
  });

  it('leaves a headline far from the story out', () => {
    const page = `<div id="top"><h1>Talks</h1><ul>${'<li>Section link</li>'.repeat(40)}</ul></div><div id="body">${story(8)}</div>`;
    expect(root(page)).toBe('body');
  });

  it('finds nothing on a page without an article', () => {
    expect(root('<nav><a>World</a></nav><div><h2>Headline</h2><p>Short teaser.</p></div>')).toBeNull();
  });

  describe('page-level classes never veto the article', () => {
    const page = `<div id="nav-menu">${story(1)}</div><article id="story">${story(8)}</article><aside id="side">${story(1)}</aside>`;

    it.each([
      ['an ad flag on <html>', { htmlClass: 'js flag-on has-big-ad' }],
      ['a paywall flag on <body>', { bodyClass: 'news story paywall' }],
      ['an ad flag on <html> and chrome words on <body>', { htmlClass: 'responsive ads-enabled', bodyClass: 'site_leaderboard site_outbrain_ar' }],
    ])('%s', (_, classes) => {
      expect(root(page, classes)).toBe('story');
    });

    it('nor a layout wrapper holding the story, named for the sidebar beside it', () => {
      const wrapped = `<div class="panel two-col-sidebar-right"><div id="col">${story(8)}</div><div class="sidebar">${story(1)}</div></div>`;
      expect(root(wrapped, { bodyClass: 'no-sidebars' })).toBe('col');
    });

    it('nor a modal holding all the page shows (the rest hidden behind it)', () => {
      const modal = `<div aria-hidden="true"><ul><li id="teaser">${story(8)}</li></ul></div><div class="render-modal" role="dialog"><article id="story">${story(6)}</article></div>`;
      expect(root(modal)).toBe('story');
    });
  });

  it('still leaves chrome beside the story out: a comment thread holding less than the page’s text', () => {
    const page = `<div id="page" class="has-ads"><div id="col">${story(6)}</div><div class="comments">${story(2)}${story(2)}</div></div>`;
    expect(root(page)).toBe('col');
  });

  it('on a long page, stops between paragraphs to let the page run, and finds the same root', () => {
    document.body.innerHTML = `<div id="side">${story(1)}</div><article id="story">${story(1).repeat(450)}</article>`;
    const search = articleRoot(document);
    let pauses = 0;
    let step = search.next();
    for (; !step.done; step = search.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(step.value?.id).toBe('story');
  });
});
