import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deferredFile } from '../../config/defer-module';
import { LOCAL_MATCHES, NEWS_SITE_MATCHES } from '../../config/news-sites';
import { ensureTestBuild } from './harness';

/** What the built extension asks for and ships (issue 3, parts 1 and 5), read from the test build. */
let dir: string;
let manifest: {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
  content_security_policy?: unknown;
};

beforeAll(() => {
  dir = ensureTestBuild();
  manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
});

describe('the built extension', () => {
  it('asks only for storage, activeTab, scripting, contextMenus, sidePanel and the sites it runs on; every other site is an optional permission', () => {
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    // The sites of the content script (the card's script is injected there on first hover): no site beyond them.
    expect(manifest.host_permissions?.sort()).toEqual([...NEWS_SITE_MATCHES, ...LOCAL_MATCHES].sort());
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    // No remote code: the default extension CSP (script-src 'self') is left as it is.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('runs its content script on the bundled news sites (and, in the test build, local pages) only', () => {
    const [script, ...others] = manifest.content_scripts ?? [];
    expect(others).toEqual([]);
    expect(script?.matches.sort()).toEqual([...NEWS_SITE_MATCHES, ...LOCAL_MATCHES].sort());
  });

  it("keeps compromise out of the content script, and out of the service worker's script: in a file of its own, imported on first use", () => {
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    const compromise = readFileSync(join(dir, deferredFile('compromise/two')), 'utf8');
    // A string of compromise's own: proof the check would see it, where it belongs.
    const marker = 'compromise: Invalid tag';
    expect(compromise).toContain(marker);
    expect(background).not.toContain(marker);
    expect(content).not.toContain(marker);
    expect(content.length).toBeLessThan(150_000);
    // linkedom and Readability, for pages added to the reader's corpus, likewise.
    for (const [specifier, own] of [
      ['linkedom', 'HTMLTemplateElement'],
      ['@mozilla/readability', '_grabArticle'],
    ]) {
      expect(readFileSync(join(dir, deferredFile(specifier as string)), 'utf8')).toContain(own);
      expect(background).not.toContain(own);
    }
  });

  it('keeps the card (Preact, Floating UI) out of the content script, in a script loaded on first hover', () => {
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    const card = readFileSync(join(dir, 'card.js'), 'utf8');
    // Strings of the card's own: its dialog's labels.
    for (const marker of ['Close card', 'Related coverage']) {
      expect(card).toContain(marker);
      expect(content).not.toContain(marker);
    }
  });
});
