import { type Browser, browser } from 'wxt/browser';
import { toRecord } from '~/lib/corpus/jsonl-record';
import type { KbIndex } from '~/lib/kb/kb-index';
import type { BackgroundProtocol, Handlers, KbStats } from '~/lib/messages';
import { toJsonl, type UserArticle, userArticleId } from '~/lib/user-corpus/user-article';
import { addPage } from './add-page';
import { loadKb } from './kb';
import { siteChoices } from './sites';
import { beginImport, commitImport, packsChanged, releaseImport, removeArticle, stageImport, userLayer, userStore } from './user-corpus';

type Sender = Browser.runtime.MessageSender;
type UserRequests =
  | 'addPage'
  | 'userArticles'
  | 'removeUserArticle'
  | 'exportUserCorpus'
  | 'kbStats'
  | 'beginImport'
  | 'stageImport'
  | 'commitImport'
  | 'abandonImport'
  | 'siteChoices'
  | 'packsChanged';

/** The user's corpus answers only Backstory's own pages (popup, options), never a content script. */
function fromExtensionPage(sender: Sender): void {
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Only Backstory’s own pages can ask for this.');
}

const statsOf = ({ counts, kb }: KbIndex): KbStats => ({ ...counts, date: kb.date });

/** An article as an import sends it, checked field by field like a JSONL line; its id is the background's to give. */
function checked(article: UserArticle): UserArticle {
  const record = toRecord(article);
  if (typeof record === 'string') throw new Error(`Not an article: ${record}`);
  const addedAt = Number.isFinite(article.addedAt) ? article.addedAt : Date.now();
  return { ...record, id: userArticleId(record.url, record.text), addedAt };
}

/** Handlers of the user-corpus requests of lib/messages.ts. */
export const userHandlers: Pick<Handlers<BackgroundProtocol, Sender>, UserRequests> = {
  async addPage({ tabId }, sender) {
    fromExtensionPage(sender);
    return addPage(tabId);
  },

  async userArticles(_, sender) {
    fromExtensionPage(sender);
    return userStore.summaries();
  },

  async removeUserArticle({ id }, sender) {
    fromExtensionPage(sender);
    return removeArticle(id);
  },

  async exportUserCorpus(_, sender) {
    fromExtensionPage(sender);
    const articles = await userStore.articles();
    return { jsonl: toJsonl(articles), count: articles.length };
  },

  async kbStats(_, sender) {
    fromExtensionPage(sender);
    // The options page waits for the user's KB (a page's marks never do): its counts are what it shows.
    const [bundled, user] = await Promise.all([loadKb(), userLayer.built()]);
    return { bundled: statsOf(bundled), user: user && statsOf(user), userNotStored: userLayer.storeError() };
  },

  async beginImport({ importId }, sender) {
    fromExtensionPage(sender);
    await beginImport(importId);
    return null;
  },

  async stageImport({ importId, articles }, sender) {
    fromExtensionPage(sender);
    await stageImport(importId, articles.map(checked));
    return null;
  },

  async commitImport({ importId }, sender) {
    fromExtensionPage(sender);
    return commitImport(importId);
  },

  async abandonImport({ importId }, sender) {
    fromExtensionPage(sender);
    await releaseImport(importId);
    return null;
  },

  async siteChoices(_, sender) {
    fromExtensionPage(sender);
    return siteChoices();
  },

  async packsChanged(_, sender) {
    fromExtensionPage(sender);
    packsChanged();
    return null;
  },
};
