// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from './article-root';

const story = (n: number) => `<p>${'Officials in Seoul said the talks on North Korea would go on through the week. '.repeat(n)}</p>`;

function root(body: string): string | null {
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
});
