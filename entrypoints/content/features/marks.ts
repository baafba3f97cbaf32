import type { Settings } from '~/config/settings';
import type { BackgroundProtocol, Client } from '~/lib/messages';
import { articleRoot } from '~/lib/page/article-root';
import { declaredLanguage } from '~/lib/page/declared-language';
import { createHighlighter, type Highlighter } from '~/lib/page/highlights';
import { createLivePageDate } from '~/lib/page/live-page-date';
import { createMarkIndex, type MarkIndex, type MarkType } from '~/lib/page/mark-index';
import { needsMarkStylesCss } from '~/lib/page/mark-style';
import { createPageMarker } from '~/lib/page/page-marker';
import { createSlicer, runInSlices } from '~/lib/page/time-slice';
import type { Stop } from './stop';

/** The page's marks: the article found and read, its marks drawn in the reader's types and style. */
export interface Marks {
  index: MarkIndex;
  highlighter: Highlighter;
  /** The article read, or null while the page shows none. */
  readonly root: Element | null;
  /** True when marks of `type` are shown (names the KB lacks are drawn only when the reader asks). */
  shown(type: MarkType): boolean;
  /** Finds the article again, in slices, and reads it (the page put a new one in). */
  read(): void;
  /** Reads `scopes`, whole blocks of the article, again (a mutation batch). */
  rescan(scopes: readonly Element[]): void;
  /** Forgets what was read and reads the page again from scratch. */
  reread(): void;
  /** Draws the marks again (whether names the KB lacks are shown changed). */
  redraw(): void;
  /** Shows the mark types and style of the settings now: the ranges stay, so it applies at once. */
  show(): void;
  stop: Stop;
}

/** Reads the page's article now and draws its marks; `stop` takes every mark away. */
export function startMarks(request: Client<BackgroundProtocol>, settings: Readonly<Settings>): Marks {
  const controller = new AbortController();
  const highlighter = createHighlighter(controller.signal);
  const index = createMarkIndex();
  let root: Element | null = null;
  const marker = createPageMarker({
    annotate: (r) => request('annotate', r),
    highlighter,
    marks: index,
    url: () => location.href,
    date: createLivePageDate(document),
    lang: () => declaredLanguage(root ?? document.documentElement),
    showUnknown: () => settings.showUnknown,
    signal: controller.signal,
  });
  /** Whether the other mark styles' sheet was asked for: once a page, when the reader's style first needs it. */
  let stylesAsked = false;
  /** Bumped by each `read`: a search overtaken by a newer one is dropped. */
  let reads = 0;
  const read = () => {
    const turn = ++reads;
    // In slices of its own: on a long page, finding the article alone would be a long task.
    runInSlices(articleRoot(document), createSlicer()).then((found) => {
      if (turn !== reads || controller.signal.aborted) return;
      root = found;
      if (root) marker.scan([root], root);
    });
  };
  const marks: Marks = {
    index,
    highlighter,
    get root() {
      return root;
    },
    shown: (type) => type === 'unknown' || settings.markTypes[type],
    read,
    rescan(scopes) {
      if (root) marker.scan(scopes, root);
    },
    reread() {
      marker.restart();
      read();
    },
    redraw: () => marker.redraw(),
    show() {
      if (!stylesAsked && needsMarkStylesCss(settings.markStyle)) {
        stylesAsked = true;
        // Asked for only here: the default style's rules alone go into every page (marks.css).
        request('loadMarkStyles', {}).catch(() => {
          stylesAsked = false;
        });
      }
      highlighter.show(settings.markTypes, settings.markStyle);
    },
    stop: () => controller.abort(),
  };
  marks.show();
  read();
  return marks;
}
