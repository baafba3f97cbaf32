/**
 * The typed message protocol between the content script, the background and the popup. Types
 * and pure helpers only: callers pass in their transport (`browser.runtime.sendMessage`,
 * `browser.tabs.sendMessage`), so this file never touches a browser API (DESIGN.md).
 */
import type { CollectionItem } from './collection/item';
import type { CoverageRow } from './kb/card-model';
import type { CastMember } from './kb/cast';
import type { EntityCardData as KbEntityCardData } from './kb/entity-card-data';
import type { EventCardModel } from './kb/event-card-model';
import type { PackCredit } from './kb/pack';
import type { EntityType } from './kb/schema';
import type { Correction } from './match/corrections';
import type { PageLanguage } from './nlp/page-language';
import type { CommitStep } from './user-corpus/import-report';
import type { UserArticle, UserArticleSummary } from './user-corpus/user-article';

/** One block of page text (a paragraph, heading, list item), as the content script read it. */
export interface TextBlock {
  /** Unique within the page for its lifetime; a changed block comes back under a new id. */
  id: number;
  text: string;
}

/** A linked mention inside a block: what gets a mark. Offsets index the block's text. */
export interface BlockMark {
  start: number;
  end: number;
  /** KB entity id. */
  id: string;
  type: EntityType;
  /** Why the matcher linked it ('alias "DPRK"', 'surname of Park Jin, …'): the card shows it. */
  reason: string;
}

/** A person, place or organization inside a block that the KB does not know (or the reader unlinked on this site). */
export interface BlockUnknown {
  start: number;
  end: number;
  /** The name it stands for on the page (a surname after the full name: the full name). */
  name: string;
  type: EntityType;
}

/** A sentence inside a block that tells a KB event: it gets the quiet event mark. Offsets index the block's text. */
export interface BlockEvent {
  /** KB event id. */
  id: string;
  label: string;
  start: number;
  end: number;
}

/** The loaded knowledge-base packs a card draws on (none: the bundled KB and the reader's articles only), credited in its footer. */
export interface CardCredits {
  packs?: PackCredit[];
}

/** An entity card as the background sends it. */
export type EntityCardData = KbEntityCardData & CardCredits;

/** An event card as the background sends it. */
export type EventCardData = EventCardModel & CardCredits;

/** One of this page's entities, for the popup. */
export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Linked mentions on the page. */
  count: number;
}

/** A name on this page the KB does not know, for the popup's "not in the knowledge base" list. */
export interface PageUnknown {
  name: string;
  type: EntityType;
  count: number;
}

/** One of the KB's events told on this page. */
export interface PageEvent {
  id: string;
  label: string;
  count: number;
}

/** A link the reader refused on a site, with the entity's name for showing it. */
export type SiteCorrection = Correction & { name: string };

/** Whether Backstory runs on a site, and why. */
export interface SiteStatus {
  host: string;
  enabled: boolean;
  /** On the bundled news-site list (runs without asking). */
  bundled: boolean;
}

/** What the popup shows for a tab. */
export interface TabSummary {
  url: string | null;
  /** False until the content script has sent this tab's text (or never will, on pages it does not run on). */
  scanned: boolean;
  entities: PageEntity[];
  events: PageEvent[];
  /** Names found on the page that the KB lacks, most mentioned first. */
  unknown: PageUnknown[];
  /** The page's language, once known: on a page not in English only the KB's exact names are marked. */
  language: PageLanguage | null;
  kbDate: string | null;
  /** Set when the KB failed to load. */
  error: string | null;
}

/** A corpus article as its extension page shows it: the KB's metadata and the text's paragraphs with their marks. */
export interface CorpusArticleView {
  doc: string;
  title: string;
  source: string | null;
  date: string | null;
  paragraphs: { text: string; marks: BlockMark[] }[];
}

/** What a KB holds, for the options page: the bundled KB's and the user's. */
export interface KbStats {
  articles: number;
  entities: number;
  events: number;
  /** The KB's date: its newest article's. */
  date: string | null;
}

/** The result of "Add this page to my knowledge base". */
export interface AddPageResult {
  ok: boolean;
  /** The article's title as stored. */
  title: string | null;
  /** It was stored already (same URL and text) and is now replaced, not doubled. */
  replaced: boolean;
  error: string | null;
}

/**
 * An importing page holds a port of this name (plus the import's id) open while it imports:
 * when the page goes, the port disconnects and the background drops what the import staged
 * (or, once its commit started, finishes it).
 */
export const IMPORT_PORT_PREFIX = 'import:';

/** Requests the background answers, each with its reply. */
export interface BackgroundProtocol {
  /**
   * Marks for new blocks; `drop` lists blocks gone from the page; `reset` starts the page over
   * (navigation). `date` is the page's publication date, when it gives one; `lang` the language
   * it declares for its article (`lang` attribute), when it declares one.
   */
  annotate: {
    request: { url: string; date: string | null; lang: string | null; blocks: TextBlock[]; drop: number[]; reset: boolean };
    response: { blocks: { id: number; marks: BlockMark[]; events: BlockEvent[]; unknown: BlockUnknown[] }[] };
  };
  /** The hover card for an entity, leaving out the page being read. */
  card: { request: { id: string; url: string }; response: EntityCardData | null };
  /** The rows behind an entity card's "more articles", from the rank its `moreCoverage` gives, ranked as the card's. */
  moreCoverage: { request: { id: string; url: string; from: number }; response: CoverageRow[] };
  /** The card for an event, leaving out the page being read. */
  eventCard: { request: { id: string; url: string }; response: EventCardData | null };
  /**
   * "Not this entity" from a card: on `host`, `surface` no longer links to `entity` (or, with
   * `undo`, links again). Answers the site's corrections after the change.
   */
  correct: { request: Correction & { host: string; undo: boolean }; response: SiteCorrection[] };
  /** The reader's corrections on `host`, newest first (the popup lists them with an undo). */
  corrections: { request: { host: string }; response: SiteCorrection[] };
  /** The entities and events found in a tab's page. */
  tabSummary: { request: { tabId: number }; response: TabSummary };
  /** Is Backstory on for this site? */
  siteStatus: { request: { host: string }; response: SiteStatus };
  /** Turn Backstory on or off for a site (the popup asks for the host permission first when needed). */
  setSite: { request: { host: string; enabled: boolean; tabId: number | null }; response: SiteStatus };
  /** A corpus article with its marks, for the article page (coverage without a URL opens there). */
  corpusArticle: { request: { doc: string }; response: CorpusArticleView | null };
  /** Open a coverage item: its URL when the KB knows one, else the article page; in a new tab beside the sender's. */
  openArticle: { request: { doc: string }; response: null };
  /** Inject the card's script into the sender's frame, in the content script's world (content/card-script.ts). */
  loadCardUi: { request: Record<string, never>; response: null };
  /** Inject the mark styles other than the default into the sender's frame (lib/page/mark-style.ts). */
  loadMarkStyles: { request: Record<string, never>; response: null };
  /** Run the content script in a tab now (toolbar: "run on this page"). */
  runInTab: { request: { tabId: number }; response: { ok: boolean; error: string | null } };
  /** Put an entity or event of the sender's page in the research collection (at its mention written `surface`), or take it out; answers whether it is in. */
  collect: { request: { kind: 'entity' | 'event'; id: string; surface: string; url: string; on: boolean }; response: boolean };
  /** Is this entity or event of this page in the research collection? */
  isCollected: { request: { kind: 'entity' | 'event'; id: string; url: string }; response: boolean };
  /** The research collection: what the reader collected and what was marked on the pages they read, newest first. */
  collection: { request: Record<string, never>; response: { items: CollectionItem[]; error: string | null } };
  /** Remove items (by `itemKey`) from the research collection. */
  removeFromCollection: { request: { keys: string[] }; response: null };
  /** A tab's article's people, places, organizations and events in order of first appearance, each with one line of background. */
  cast: { request: { tabId: number }; response: { url: string | null; members: CastMember[] } };
  /** "Look up in Backstory" on a selection in a tab: its card if the KB knows it, else a note saying it does not. */
  lookUp: { request: { tabId: number; text: string }; response: { id: string | null; shown: boolean } };
  /** Add the tab's article to the user's corpus (popup). */
  addPage: { request: { tabId: number }; response: AddPageResult };
  /** The user's articles, newest first (options page). */
  userArticles: { request: Record<string, never>; response: UserArticleSummary[] };
  /** Remove one of the user's articles and what it contributed. */
  removeUserArticle: { request: { id: string }; response: boolean };
  /** The user's corpus as JSONL (the JSONL reader reads it back). */
  exportUserCorpus: { request: Record<string, never>; response: { jsonl: string; count: number } };
  /** Statistics of the bundled KB and the user's (null without articles). */
  /** `userNotStored`: why the user's KB could not be stored built (a full disk), so it is built again at each start; null when it was. */
  kbStats: { request: Record<string, never>; response: { bundled: KbStats; user: KbStats | null; userNotStored: string | null } };
  /** The options page loaded or removed a knowledge base pack (pack-store.ts): lookups read the packs again. */
  packsChanged: { request: Record<string, never>; response: null };
  /** A new import, staged in the background until it is committed. Any request of an import may be sent again after the background was stopped. */
  beginImport: { request: { importId: string }; response: null };
  /** Part of an import: nothing is stored until `commitImport`. */
  stageImport: { request: { importId: string; articles: UserArticle[] }; response: null };
  /** Store the next chunk of what the import staged, in one transaction (articles stored already are kept as they were); sent until it is `done`. */
  commitImport: { request: { importId: string }; response: CommitStep };
  /** Drop what was staged (the import was cancelled) unless its commit started. */
  abandonImport: { request: { importId: string }; response: null };
  /** Every site the reader turned on or off, with its status (options page). */
  siteChoices: { request: Record<string, never>; response: SiteStatus[] };
}

/** Requests a content script answers (from the background or the popup). */
export interface ContentProtocol {
  /** Start or stop on `host`'s pages; off removes every mark, listener and observer at once. */
  setEnabled: { request: { host: string; enabled: boolean }; response: null };
  /** "Run on this page": start here whatever the site's setting, or read the page again from scratch if running. */
  run: { request: Record<string, never>; response: null };
  /** Scroll to the first mention of an entity, or the first sentence telling an event, and flash it. */
  reveal: { request: { id: string; kind: 'entity' | 'event' }; response: boolean };
  /** Open a card at the page's selection: entity `id`'s, or (null) one saying the KB has nothing on `text`. */
  showLookUp: { request: { text: string; id: string | null }; response: boolean };
  /** The reader corrected a link on `host`: pages of that site are read again, so their marks follow. */
  reread: { request: { host: string }; response: null };
  /** Is a content script running in this tab? */
  ping: { request: Record<string, never>; response: true };
  /** The page's markup and address, for "Add this page to my knowledge base" (read in the background, not here). */
  pageSource: { request: Record<string, never>; response: { html: string; url: string } };
}

/** A message of `P`: its `type` plus that request's fields. */
export type MessageOf<P> = { [K in keyof P]: { type: K } & Req<P, K> }[keyof P];
type Req<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type Res<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type BackgroundMessage = MessageOf<BackgroundProtocol>;
export type ContentMessage = MessageOf<ContentProtocol>;

/** A transport: `browser.runtime.sendMessage`, or `(m) => browser.tabs.sendMessage(tabId, m)`. */
export type Send = (message: unknown) => Promise<unknown>;

/** A typed sender: `request('card', { id, url })` resolves to a `CardModel | null`. */
export type Client<P> = <K extends keyof P & string>(type: K, request: Req<P, K>) => Promise<Res<P, K>>;

/** A `Client` over the transport `send`. */
export function createClient<P>(send: Send): Client<P> {
  return (type, request) => send(Object.assign({ type }, request)) as never;
}

/** One function per request type; `sender` is whatever the transport gives (the sending tab, for the background). */
export type Handlers<P, S> = { [K in keyof P]: (request: Req<P, K>, sender: S) => Promise<Res<P, K>> };

/** True for an object with a `type` that `handlers` knows: anything else is not ours and gets no reply. */
export function isMessageFor<P>(handlers: Handlers<P, never>, message: unknown): message is MessageOf<P> {
  return typeof message === 'object' && message !== null && Object.hasOwn(handlers, (message as { type?: unknown }).type as PropertyKey);
}

/** Runs the handler for `message` (checked with `isMessageFor`). */
export function dispatch<P, S>(handlers: Handlers<P, S>, message: MessageOf<P>, sender: S): Promise<unknown> {
  const handler = handlers[message.type] as (request: unknown, sender: S) => Promise<unknown>;
  return handler(message, sender);
}
