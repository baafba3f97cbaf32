/**
 * Nothing of what Backstory knows reaches the page (issue 8, part 2; fixtures/hostile-leaks.html):
 * no entity ids or types in the DOM, highlights named by type only and holding only the visible
 * marks, and no message channel the page can use: look-alike messages and events get nothing
 * back and change nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKb } from '../../lib/kb/load';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlights';
import { ensureProductionBuild, type FixtureSession, hoverText, launchWithExtension, ROOT, startFixtureSession, waitForMarks } from './harness';
import { hoverOn, marksIn, openWatched, untilCard, untilMarked, type WatchedPage } from './hostile-watch';

let session: FixtureSession;
/** The bundled KB's entity ids with a hyphen ("antony-blinken"): strings no page text holds by chance. */
let ids: string[];

beforeAll(async () => {
  session = await startFixtureSession();
  const kb = parseKb(JSON.parse(readFileSync(join(ROOT, 'public/kb/bundled.json'), 'utf8')));
  ids = [...kb.entities, ...kb.events].map((e) => e.id).filter((id) => id.includes('-'));
});

afterAll(() => session?.close());

/** Every id of the KB found in the page's markup, attributes included (read in the page's own world). */
async function idsInMarkup(w: WatchedPage): Promise<string[]> {
  const html = await w.pageValue<string>('document.documentElement.outerHTML');
  return ids.filter((id) => html.includes(id));
}

/** The open card as the page sees it: the host, its attributes, and whatever its shadow root shows. */
const hostAsThePageSeesIt = `(() => {
  const host = document.querySelector('backstory-card');
  return host && { attributes: [...host.attributes].map((a) => a.name + '=' + a.value), children: host.children.length };
})()`;

describe('what the page can read', () => {
  it('finds no KB id or type in the DOM, before, during and after a card', async () => {
    const w = await openWatched(session, 'hostile-leaks.html');
    expect(ids.length).toBeGreaterThan(5);
    await untilMarked(w, 'article', 'Antony Blinken');
    expect(await idsInMarkup(w)).toEqual([]);
    expect(await w.pageValue('document.documentElement.outerHTML === window.initialHtml')).toBe(true);

    await hoverOn(w, 'article', 'Antony Blinken');
    await untilCard(w, 'Secretary of State');
    expect(await idsInMarkup(w)).toEqual([]);
    // The host carries nothing: no attribute, no light-DOM child.
    expect(await w.pageValue(hostAsThePageSeesIt)).toEqual({ attributes: [], children: 0 });

    await w.page.keyboard.press('Escape');
    await w.until(() => document.querySelector('backstory-card') === null);
    expect(await w.pageValue('document.documentElement.outerHTML === window.initialHtml')).toBe(true);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });

  it('sees highlights named by type only, holding only the marks on screen', async () => {
    const w = await openWatched(session, 'hostile-leaks.html');
    await untilMarked(w, 'article', 'Mark Rutte');
    const registry = await w.pageValue<{ name: string; texts: string[]; drawn: boolean[] }[]>(`[...CSS.highlights].map(([name, h]) => ({
      name,
      texts: [...h].map((r) => r.toString()),
      drawn: [...h].map((r) => r.getClientRects().length > 0),
    }))`);
    for (const { name, drawn } of registry) {
      expect(Object.values(HIGHLIGHT_NAMES)).toContain(name);
      expect(drawn.every(Boolean), name).toBe(true);
    }
    const marked = registry.flatMap((h) => h.texts);
    expect(marked).toEqual(expect.arrayContaining(['Antony Blinken', 'Park Jin', 'Mark Rutte']));
    // A name the KB lacks is not marked (showUnknown is off by default), so the registry does not tell the page what the KB holds beyond what shows.
    expect(marked.join(' ')).not.toContain('Valtersen');
    expect(registry.find((h) => h.name === HIGHLIGHT_NAMES.unknown)?.texts ?? []).toEqual([]);
    await w.page.close();
  });
});

describe('messages from the page', () => {
  it('are never answered or obeyed, WXT look-alikes included', async () => {
    const w = await openWatched(session, 'hostile-leaks.html');
    await untilMarked(w, 'article', 'Mark Rutte');
    // Whatever the page heard so far came from itself: an extension that posts on start tells the page it is there.
    expect(await w.pageValue('window.heard')).toEqual([]);
    const before = (await marksIn(w, 'article')).sort();
    const extensionId = session.browser.extensionId;
    await w.pageValue(`(() => {
      const id = ${JSON.stringify(extensionId)};
      const lookAlikes = [
        { type: 'run' },
        { type: 'setEnabled', host: location.hostname, enabled: false },
        { type: 'reveal', id: 'antony-blinken', kind: 'entity' },
        { type: 'ping' },
        { type: 'annotate', url: location.href, blocks: [], drop: [], reset: true },
        { type: id + ':content:wxt:content-script-started', contentScriptName: 'content', messageId: 'page' },
      ];
      for (const message of lookAlikes) window.postMessage(message, '*');
      // WXT's own events, as a page that knows the extension's id could send them.
      document.dispatchEvent(new CustomEvent(id + ':content:wxt:content-script-started', { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.dispatchEvent(new CustomEvent(id + ':content:wxt:locationchange'));
      return 0;
    })()`);
    // The page's own six, and only those: nothing answered.
    await expect.poll(() => w.pageValue<number>('window.heard.length')).toBe(6);
    // Still alive: the next hover opens a card. Its round trip to the worker comes after anything
    // the look-alikes could have set off, so what follows is read once they would have acted.
    await hoverOn(w, 'article', 'Mark Rutte');
    await untilCard(w, 'NATO');
    expect(await w.pageValue<number>('window.heard.length')).toBe(6);
    expect((await marksIn(w, 'article')).sort()).toEqual(before);
    expect(await w.look(() => CSS.highlights.get('backstory-flash')?.size ?? 0)).toBe(0);
    expect(w.problems()).toEqual([]);
    await w.page.close();
  });
});

describe('the card in the build readers install', () => {
  it('has a closed shadow root: a page script cannot read what the card says', async () => {
    const production = await launchWithExtension(ensureProductionBuild());
    try {
      // A bundled news site's address, answered with a fixture page: no request leaves the machine.
      const url = 'https://www.reuters.com/world/envoys-trade-warnings';
      const html = readFileSync(join(ROOT, 'tests/e2e/fixtures/hostile-leaks.html'), 'utf8');
      await production.context.route('https://www.reuters.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
      const page = await production.context.newPage();
      await page.goto(url);
      await waitForMarks(page);
      await hoverText(page, 'article', 'Antony Blinken');
      await page.waitForFunction(() => document.querySelector('backstory-card') !== null);
      // The page reaches nothing inside the card.
      const seen = await page.evaluate(() => {
        const host = document.querySelector('backstory-card') as HTMLElement;
        return { shadowRoot: host.shadowRoot, text: host.textContent, innerHTML: host.innerHTML };
      });
      expect(seen).toEqual({ shadowRoot: null, text: '', innerHTML: '' });
      // DevTools can look inside: the root is closed, and the card in it is drawn and says who Blinken is.
      const cdp = await production.context.newCDPSession(page);
      interface DomNode {
        nodeId: number;
        localName?: string;
        shadowRootType?: string;
        children?: DomNode[];
        shadowRoots?: DomNode[];
      }
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const find = (n: DomNode): DomNode | undefined => (n.localName === 'backstory-card' ? n : (n.children ?? []).map(find).find(Boolean));
      const shadow = find(root)?.shadowRoots?.[0];
      expect(shadow?.shadowRootType).toBe('closed');
      const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadow?.nodeId ?? 0, selector: '[role="dialog"]' })) as { nodeId: number };
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { width: number; height: number } };
      expect(model.width).toBeGreaterThan(200);
      // The card opens saying "Looking up Antony Blinken…" until the background answers.
      const cardHtml = async () => ((await cdp.send('DOM.getOuterHTML', { nodeId })) as { outerHTML: string }).outerHTML;
      await expect.poll(cardHtml, { timeout: 10_000 }).toContain('Secretary of State');
    } finally {
      await production.close();
    }
  });
});
