/**
 * The last step of `npm run demo`: opens the bundled demo article in Chromium with the test build
 * (which also runs on 127.0.0.1) and hovers a name. With a display the window stays open for you;
 * without one it saves a screenshot of the card. Either way it says where the unpacked builds are.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hoverText, launchWithExtension, ROOT, serve, TEST_EXTENSION, waitForCard, waitForMarks } from '../tests/e2e/harness';

const SCREENSHOT = join(ROOT, '.output/demo/hover-card.png');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await serve(join(ROOT, 'assets/demo'));
const browser = await launchWithExtension(TEST_EXTENSION, { headless });
const page = await browser.context.newPage();
await page.goto(`${server.url}/article.html`);
await waitForMarks(page);
// The second "Blinken" sits on one line; a name that wraps has no single middle to point at.
await hoverText(page, 'article', 'Blinken', 1);
await waitForCard(page, 'Antony Blinken');
const lines = await page.evaluate(() => {
  const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  return (card?.innerText ?? '').split('\n').filter((line) => line.trim());
});
console.log(`\nThe hover card on "Blinken" in the demo article reads:\n${lines.map((line) => `  │ ${line}`).join('\n')}`);

if (headless) {
  mkdirSync(join(ROOT, '.output/demo'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`\nNo display: wrote a screenshot of the card to ${SCREENSHOT}`);
}

console.log(`
The unpacked extension:
  Chrome   ${join(ROOT, '.output/chrome-mv3')}
           chrome://extensions → turn on Developer mode → Load unpacked → choose that folder
  Firefox  ${join(ROOT, '.output/firefox-mv2')}
           about:debugging#/runtime/this-firefox → Load Temporary Add-on → choose its manifest.json
It runs on the news sites it lists and, from its toolbar button, on any page you open.`);

if (headless) {
  await browser.close();
  await server.close();
} else {
  console.log('\nClose the browser window to end the demo.');
  browser.context.on('close', () => void server.close());
}
