import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirefoxTestBuild, type Firefox, launchFirefox, until } from './firefox';
import { ensureTestBuild, ROOT, serve } from './harness';

/** The Firefox build (MV2) in real Firefox: marks on a news page and a card on hover. */
let firefox: Firefox;
let server: Awaited<ReturnType<typeof serve>>;
let context: string;

const CARD_TEXT = `document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? null`;

beforeAll(async () => {
  const extension = ensureFirefoxTestBuild(ensureTestBuild());
  server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  firefox = await launchFirefox();
  await firefox.send('webExtension.install', { extensionData: { type: 'path', path: extension } });
  const tree = await firefox.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  context = tree.contexts[0]?.context ?? '';
  await firefox.send('browsingContext.setViewport', { context, viewport: { width: 1280, height: 900 } });
  await firefox.send('browsingContext.navigate', { context, url: `${server.url}/news-article.html`, wait: 'complete' });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('marks the article without changing its DOM', async () => {
    const people = () => firefox.evaluate<number>(context, `CSS.highlights.get('backstory-person')?.size ?? 0`);
    await until(async () => (await people()) >= 4, 'person marks');
    expect(await firefox.evaluate<number>(context, `CSS.highlights.get('backstory-place')?.size ?? 0`)).toBeGreaterThanOrEqual(4);
    expect(await firefox.evaluate<boolean>(context, 'document.body.innerHTML === window.__initialBody')).toBe(true);
  });

  it('shows the card with the role on hover', async () => {
    const point = await firefox.evaluate<{ x: number; y: number }>(
      context,
      `(() => {
        const p = [...document.querySelectorAll('article p')].find((x) => x.firstChild?.data?.includes('Antony Blinken'));
        p.scrollIntoView({ block: 'center' });
        const node = p.firstChild, at = node.data.indexOf('Antony Blinken');
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 14);
        const r = range.getBoundingClientRect();
        return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
      })()`,
    );
    await firefox.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: point.x - 20, y: point.y + 40, origin: 'viewport' },
            { type: 'pointerMove', x: point.x, y: point.y, origin: 'viewport', duration: 200 },
          ],
        },
      ],
    });
    await until(async () => ((await firefox.evaluate<string | null>(context, CARD_TEXT)) ?? '').includes('Secretary of State'), 'the card');
    expect(await firefox.evaluate<string>(context, CARD_TEXT)).toContain('Antony Blinken');
    const shot = await firefox.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    mkdirSync(join(ROOT, '.test-results'), { recursive: true });
    writeFileSync(join(ROOT, '.test-results/firefox-card.png'), Buffer.from(shot.data, 'base64'));
  });
});
