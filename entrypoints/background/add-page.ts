import { browser } from 'wxt/browser';
import { readHtml } from '~/lib/corpus/read-html';
import { webUrl } from '~/lib/corpus/web-url';
import { type AddPageResult, type ContentProtocol, createClient } from '~/lib/messages';
import { toUserArticle } from '~/lib/user-corpus/user-article';
import { addArticles } from './user-corpus';

/** Runs in the page, only when the reader clicks "Add this page": its markup and address, nothing else. */
function pageSource(): { html: string; url: string } {
  return { html: document.documentElement.outerHTML, url: location.href };
}

/**
 * The page's markup: from Backstory's content script where it runs, else by running `pageSource`
 * in the tab (the popup's click grants activeTab for that).
 */
async function readTab(tabId: number): Promise<{ html: string; url: string }> {
  const fromContent = await createClient<ContentProtocol>((m) => browser.tabs.sendMessage(tabId, m))('pageSource', {}).catch(() => null);
  if (fromContent) return fromContent;
  const [injected] = await browser.scripting.executeScript({ target: { tabId }, func: pageSource });
  const page = injected?.result as ReturnType<typeof pageSource> | undefined;
  if (!page) throw new Error('Backstory cannot read this page.');
  return page;
}

/**
 * "Add this page to my knowledge base": reads the tab's article with the corpus's HTML reader
 * (Readability, in the background: the always-on content script stays small) and stores it. The
 * page's own canonical URL wins over the address bar's; either way, the same page twice is one article.
 */
export async function addPage(tabId: number): Promise<AddPageResult> {
  let url = '';
  try {
    const page = await readTab(tabId);
    url = page.url;
    const article = readHtml(url, page.html);
    const stored = toUserArticle({ ...article, url: article.url ?? webUrl(url) }, Date.now());
    const { replaced } = await addArticles([stored]);
    return { ok: true, title: stored.title, replaced: replaced > 0, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, title: null, replaced: false, error: url ? message.replace(`${url}: `, '') : message };
  }
}
