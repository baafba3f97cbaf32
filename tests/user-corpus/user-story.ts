/** The original article of tests/e2e/fixtures/user-story.html, read as the extension reads a page the user adds. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readHtml } from '../../lib/corpus/read-html';

export const USER_STORY_URL = 'https://harbour-ledger.example/2024/02/joint-patrols';

export function userStory() {
  const html = readFileSync(fileURLToPath(new URL('../e2e/fixtures/user-story.html', import.meta.url)), 'utf8');
  return { ...readHtml('user-story.html', html), url: USER_STORY_URL };
}
