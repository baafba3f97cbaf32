// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { collectBlocks } from './text-blocks';

function blocks(html: string): string[] {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text);
}

describe('collectBlocks', () => {
  it('reads each paragraph as one block, inline markup included, line breaks as spaces', () => {
    expect(blocks('<p>Antony <em>Blinken</em>\nin Seoul</p><p>Park Jin<br>spoke</p>')).toEqual(['Antony Blinken in Seoul', 'Park Jin spoke']);
  });

  it('keeps words apart across a block inside another block', () => {
    expect(blocks('<div>Antony Blinken<p>in Seoul</p>Park Jin</div>')).toEqual(['Antony Blinken Park Jin', 'in Seoul']);
  });

  it('never reads bylines, author bios, captions or credits', () => {
    const story = '<p>Seoul</p>';
    const around = [
      '<figure><img alt=""><figcaption>Park Jin in Seoul</figcaption></figure>',
      '<div class="byline"><span class="byline__author">Ines Varga</span></div>',
      '<div class="user-bio">Ines Varga covers Asia</div>',
      '<span class="media-credit">Photo: Ines Varga</span>',
      '<div class="caption">Park Jin in Seoul</div>',
    ];
    for (const html of around) expect(blocks(`${story}${html}`), html).toEqual(['Seoul']);
  });

  it('never reads a print-only line, a print citation, or text hidden from sight for screen readers', () => {
    const around = [
      '<p class="print">Check out more stories on Ines Varga’s site</p>',
      '<p class="story-print-citation">A version of this article appears in print in the Seoul edition</p>',
      '<span class="visually-hidden">Continue reading about Park Jin</span>',
      '<div class="sr-only">Ines Varga</div>',
    ];
    for (const html of around) expect(blocks(`<p>Seoul</p>${html}`), html).toEqual(['Seoul']);
  });

  it('never reads blocks whose every word is a link among other links: teasers, related stories, section labels', () => {
    const story = '<p>Antony Blinken arrived in <a href="/seoul">Seoul</a> for talks with Park Jin.</p>';
    const teasers = [
      '<div><ul><li><a href="/a">Blinken urges Seoul to stay</a></li><li><a href="/b">Park Jin in Tokyo</a></li></ul></div>',
      '<div><a href="/c"><h3>Blinken lands in Tokyo</h3><span>2 hours ago</span></a></div>',
      '<ul><li><a href="/d">Live updates from Seoul</a></li></ul>',
    ];
    for (const html of teasers) expect(blocks(`${story}${html}`), html).toEqual(['Antony Blinken arrived in Seoul for talks with Park Jin.']);
  });

  it('reads a linked heading or line among the article’s prose', () => {
    const prose = '<p>Antony Blinken arrived in Seoul on Tuesday for a second round of talks with Park Jin, his counterpart.</p>';
    expect(blocks(`<div>${prose}<h3><a href="/shop">Seoul Tower</a></h3>${prose}<p><a href="/t">[Read: Park Jin’s letter]</a></p></div>`)).toEqual([
      prose.slice(3, -4),
      'Seoul Tower',
      prose.slice(3, -4),
      '[Read: Park Jin’s letter]',
    ]);
  });

  it('never reads forms, editors, code, SVG or page chrome', () => {
    const never = [
      '<input value="Blinken">',
      '<textarea>Blinken</textarea>',
      '<div contenteditable="true"><p>Blinken</p></div>',
      '<pre>Blinken</pre>',
      '<p><code>Blinken</code></p>',
      '<svg><text>Blinken</text></svg>',
      '<nav><p>Blinken</p></nav>',
      '<div class="cookie-banner"><p>Blinken</p></div>',
      '<div id="ad-slot-3"><p>Blinken</p></div>',
      '<div role="navigation"><p>Blinken</p></div>',
      '<script>"Blinken"</script>',
      '<p hidden>Blinken</p>',
    ];
    for (const html of never) expect(blocks(`<p>Seoul</p>${html}`), html).toEqual(['Seoul']);
  });

  it('never reads inside a skipped <br> that a page script gave children (found by fuzzing)', () => {
    document.body.innerHTML = '<p>Seoul</p>';
    const br = document.createElement('br');
    br.setAttribute('role', 'textbox');
    br.append('Secret Blinken');
    document.body.append(br);
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['Seoul']);
  });

  it('keeps text offsets one to one with the page’s text nodes', () => {
    document.body.innerHTML = '<p>Talks: <b>Park\tJin</b> and <i>NATO</i></p>';
    const [block] = collectBlocks(document.body);
    expect(block?.text).toBe('Talks: Park Jin and NATO');
    for (const { node, start } of block?.segments ?? []) expect(block?.text.slice(start, start + node.length)).toBe(node.data.replace(/\s/g, ' '));
  });

  describe('judges chrome below the article root only', () => {
    const page =
      '<div class="layout has-sidebar"><article id="story"><p id="first">Antony Blinken in Seoul</p><div class="share-tools"><p>Share on Facebook</p></div></article></div>';
    const read = (scope: string) => {
      const root = document.getElementById('story') as Element;
      return collectBlocks(document.getElementById(scope) ?? root, root).map((b) => b.text);
    };
    afterEach(() => {
      document.documentElement.className = '';
      document.body.className = '';
    });

    it('reads the article whatever the classes of <html>, <body> and the wrappers around it', () => {
      document.documentElement.className = 'has-big-ad';
      document.body.className = 'paywall ads-enabled';
      document.body.innerHTML = page;
      expect(read('story')).toEqual(['Antony Blinken in Seoul']);
      expect(read('first')).toEqual(['Antony Blinken in Seoul']);
    });

    it('reads a layout wrapper below the root that holds most of its text, named for the sidebar beside the story', () => {
      const story = '<p>Antony Blinken arrived in Seoul on Tuesday for a second round of talks with Park Jin.</p>';
      document.body.innerHTML = `<div id="story" role="main"><div class="panel two-col-sidebar-right"><div>${story}${story}</div><div class="sidebar"><p>Most Read</p></div></div></div>`;
      expect(read('story')).toHaveLength(2);
      expect(read('story')).not.toContain('Most Read');
    });

    it('never reads a root inside hidden or never-read elements', () => {
      document.body.innerHTML = `<div hidden>${page}</div>`;
      expect(read('story')).toEqual([]);
    });
  });

  it('skips blocks without a capital letter (they can name nobody)', () => {
    expect(blocks('<p>nothing here</p><p>Seoul</p>')).toEqual(['Seoul']);
  });
});
