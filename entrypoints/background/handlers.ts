import { type Browser, browser } from 'wxt/browser';
import { firstMentions } from '~/lib/collection/first-mentions';
import { itemKey } from '~/lib/collection/item';
import { collectionItems } from '~/lib/collection/page-items';
import { addItems, removeItems } from '~/lib/collection/update';
import { castOf } from '~/lib/kb/cast';
import { loadEntityCardData, loadMoreCoverage } from '~/lib/kb/entity-card-data';
import { toEventCardModel } from '~/lib/kb/event-card-model';
import { lookUpSelection } from '~/lib/match/look-up';
import { type BackgroundProtocol, type ContentMessage, type ContentProtocol, createClient, type Handlers, type SiteCorrection } from '~/lib/messages';
import { pageLanguage } from '~/lib/nlp/page-language';
import { MARK_STYLES_CSS } from '~/lib/page/mark-style';
import { CARD_SCRIPT } from '../content/card-script';
import { annotateBlocks } from './annotate-blocks';
import { warmCards } from './card-warmup';
import { readCollection, updateCollection } from './collection-store';
import { corpusArticle } from './corpus-articles';
import { correct, correctionsOn, refusalsOn } from './corrections';
import { CARD_MEASURE } from './kb-timing';
import { recordMetSoon } from './met-recorder';
import { packsKnowing } from './packs';
import { pageContext, summarizePage } from './page-summary';
import { createRereadAfterBuild } from './reread-after-build';
import { injectContentScript, setSite, siteStatus } from './sites';
import { cardPage, clearHostPages, getTabPage, hostOf, pageAsOf, pageText, saveTabPage, type TabPage } from './tab-pages';
import { lookup, lookupIndex, userLayer } from './user-corpus';
import { userHandlers } from './user-handlers';

type Sender = Browser.runtime.MessageSender;

const toTab = (tabId: number) => createClient<ContentProtocol>((m) => browser.tabs.sendMessage(tabId, m));
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function senderTab(sender: Sender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Only a page can ask for this.');
  return tabId;
}

/** True when a Backstory content script answers in the tab. */
async function hasContentScript(tabId: number): Promise<boolean> {
  return toTab(tabId)('ping', {}).then(
    () => true,
    () => false,
  );
}

/** Runs Backstory in a tab now, injecting the content script if it is not there: asked for on this page, so it starts even where the site is not on (no permission kept). */
async function runInTab(tabId: number): Promise<{ ok: boolean; error: string | null }> {
  try {
    if (!(await hasContentScript(tabId))) await injectContentScript(tabId);
    await toTab(tabId)('run', {});
    return { ok: true, error: null };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

/** Pages marked while the user's KB was built are read again once it is (reread-after-build.ts). */
const rereads = createRereadAfterBuild(
  () => userLayer.built(),
  ({ tabId, frameId, host }) => browser.tabs.sendMessage(tabId, { type: 'reread', host } satisfies ContentMessage, { frameId }),
);

/** Tells every open tab; only pages the message is about act on it. */
async function broadcast(message: ContentMessage): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
}

/** A site's corrections, newest first, with each entity's name. */
async function siteCorrections(host: string): Promise<SiteCorrection[]> {
  const [index, corrections] = await Promise.all([lookupIndex(), correctionsOn(host)]);
  return corrections.map((c) => ({ ...c, name: index.entity(c.entity)?.name ?? c.entity })).reverse();
}

/** What the background answers, one handler per request of lib/messages.ts. */
export const handlers: Handlers<BackgroundProtocol, Sender> = {
  async annotate({ url, date, lang, blocks, drop, reset }, sender) {
    const tabId = senderTab(sender);
    const host = hostOf(url);
    const [{ index, withoutUser }, refusals] = await Promise.all([lookup(), refusalsOn(host ?? '')]);
    const known = reset ? null : await getTabPage(tabId);
    const language = known?.language ?? pageLanguage(lang, blocks.map((b) => b.text).join('\n'));
    const page: TabPage = { url, date, language, blocks: { ...known?.blocks } };
    for (const id of drop) delete page.blocks[id];
    const context = pageContext(page, index);
    const results = annotateBlocks(index, blocks, { context, refusals, exactNamesOnly: language?.english === false, date });
    results.forEach(({ id, ...found }, i) => {
      page.blocks[id] = { text: blocks[i]?.text ?? '', ...found };
    });
    saveTabPage(tabId, page);
    if (withoutUser && host) rereads.markedWithoutUser({ tabId, frameId: sender.frameId ?? 0, host });
    recordMetSoon(tabId, sender.tab?.title ?? url);
    warmCards(index, page);
    return { blocks: results };
  },

  async card({ id, url }, sender) {
    const start = performance.now();
    const [index, page] = await Promise.all([lookupIndex(), getTabPage(senderTab(sender))]);
    const card = await loadEntityCardData(index, id, cardPage(url, page), pageAsOf(page));
    const answer = card && { ...card, packs: await packsKnowing('entity', id) };
    performance.clearMeasures(CARD_MEASURE);
    performance.measure(CARD_MEASURE, { start, detail: { id } });
    return answer;
  },

  async moreCoverage({ id, url, from }, sender) {
    const [index, page] = await Promise.all([lookupIndex(), getTabPage(senderTab(sender))]);
    return loadMoreCoverage(index, id, cardPage(url, page), pageAsOf(page), from);
  },

  async eventCard({ id, url }, sender) {
    const [index, page] = await Promise.all([lookupIndex(), getTabPage(senderTab(sender))]);
    await index.ensure({ events: [id] });
    const card = toEventCardModel(index, id, { url, text: page ? pageText(page) : '' });
    return card && { ...card, packs: await packsKnowing('event', id) };
  },

  async correct({ host, surface, entity, undo }) {
    await correct(host, { surface, entity }, undo);
    await broadcast({ type: 'reread', host });
    return siteCorrections(host);
  },

  corrections: ({ host }) => siteCorrections(host),

  async tabSummary({ tabId }) {
    const page = await getTabPage(tabId);
    try {
      const index = await lookupIndex();
      const found = page ? summarizePage(page, index) : { entities: [], events: [], unknown: [] };
      return { url: page?.url ?? null, scanned: page !== null, ...found, language: page?.language ?? null, kbDate: index.kb.date, error: null };
    } catch (error) {
      const language = page?.language ?? null;
      return { url: page?.url ?? null, scanned: page !== null, entities: [], events: [], unknown: [], language, kbDate: null, error: message(error) };
    }
  },

  async corpusArticle({ doc }) {
    const index = await lookupIndex();
    await index.ensure({ documents: [doc] });
    return corpusArticle(index, doc);
  },

  async openArticle({ doc }, sender) {
    const index = await lookupIndex();
    await index.ensure({ documents: [doc] });
    const url = index.document(doc)?.url ?? `${browser.runtime.getURL('/article.html')}?doc=${encodeURIComponent(doc)}`;
    await browser.tabs.create({ url, ...(sender.tab && { index: sender.tab.index + 1, openerTabId: sender.tab.id }) });
    return null;
  },

  siteStatus: ({ host }) => siteStatus(host),

  async setSite({ host, enabled, tabId }) {
    const status = await setSite(host, enabled);
    if (!status.enabled) await clearHostPages(host);
    if (status.enabled && tabId !== null && !(await hasContentScript(tabId))) await injectContentScript(tabId).catch(() => undefined);
    await broadcast({ type: 'setEnabled', host, enabled: status.enabled });
    return status;
  },

  async loadCardUi(_, sender) {
    await browser.scripting.executeScript({ target: { tabId: senderTab(sender), frameIds: [sender.frameId ?? 0] }, files: [CARD_SCRIPT] });
    return null;
  },

  async loadMarkStyles(_, sender) {
    await browser.scripting.insertCSS({ target: { tabId: senderTab(sender), frameIds: [sender.frameId ?? 0] }, files: [MARK_STYLES_CSS] });
    return null;
  },

  runInTab: ({ tabId }) => runInTab(tabId),

  async collect({ kind, id, surface, url, on }, sender) {
    const tabId = senderTab(sender);
    const key = itemKey({ source: 'collected', kind, id, url });
    if (!on) return (await updateCollection((items) => removeItems(items, [key]))).some((item) => itemKey(item) === key);
    const [index, page] = await Promise.all([lookupIndex(), getTabPage(tabId)]);
    const visit = { url, title: sender.tab?.title ?? url, time: Date.now() };
    const added = collectionItems(index, Object.values(page?.blocks ?? {}), visit, 'collected', { kind, id, surface });
    return (await updateCollection((items) => addItems(items, added))).some((item) => itemKey(item) === key);
  },

  async isCollected({ kind, id, url }) {
    const key = itemKey({ source: 'collected', kind, id, url });
    return (await readCollection()).some((item) => itemKey(item) === key);
  },

  async collection() {
    try {
      return { items: await readCollection(), error: null };
    } catch (error) {
      return { items: [], error: message(error) };
    }
  },

  async removeFromCollection({ keys }) {
    await updateCollection((items) => removeItems(items, keys));
    return null;
  },

  async cast({ tabId }) {
    const [index, page] = await Promise.all([lookupIndex(), getTabPage(tabId)]);
    const order = firstMentions(Object.values(page?.blocks ?? {}));
    // A sharded KB's lead lines need the entities' roles and their documents' dates, read on demand.
    await index.ensure({ entities: order.flatMap((m) => (m.kind === 'entity' ? [m.id] : [])) });
    return { url: page?.url ?? null, members: castOf(index, order, pageAsOf(page)) };
  },

  async lookUp({ tabId, text }) {
    const found = lookUpSelection(await lookupIndex(), text);
    // Asked for on this page: Backstory runs here now, as from the toolbar's "run on this page".
    const started = await runInTab(tabId);
    const shown = started.ok && (await toTab(tabId)('showLookUp', { text, id: found?.id ?? null }).catch(() => false));
    return { id: found?.id ?? null, shown };
  },

  ...userHandlers,
};
