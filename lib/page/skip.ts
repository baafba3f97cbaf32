/**
 * What the content script never reads: code, editors, embedded documents, hidden text, and
 * page chrome (navigation, menus, ads, cookie banners, share bars, comment threads).
 *
 * The two are judged apart. What is never read is never read anywhere. Chrome is judged on the
 * blocks near the text, never on the elements holding the article (article-skips.ts): live pages
 * put words like "has-big-ad", "paywall" or "ads-enabled" on <html> and <body> and "sidebar" on
 * their layout wrappers, and taken as chrome those blanked the whole page.
 */

/** Elements whose text is never article text, or must never be touched (inputs, editors, code). */
const NEVER_READ = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'head',
  'title',
]);

/** Elements of page chrome (a figure's caption and credit included), unless they hold the article (ASP.NET sites wrap the whole page in a <form>). */
const CHROME_TAGS = new Set(['form', 'nav', 'aside', 'dialog', 'menu', 'figcaption']);

/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'dialog',
  'alertdialog',
  'textbox',
  'form',
  'marquee',
]);

/**
 * Words in a class or id that mark page chrome: "ad-slot", "cookie_banner", "share-tools"; and
 * the words around the story that are not its prose: bylines, author bios, datelines, captions
 * and photo credits ("byline__author", "user-bio", "media-caption").
 */
const CHROME_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'sponsor',
  'sponsored',
  'promo',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'subscribe',
  'paywall',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'comment',
  'comments',
  'breadcrumb',
  'breadcrumbs',
  'menu',
  'navbar',
  'sidebar',
  'modal',
  'popup',
  'outbrain',
  'taboola',
  'tooltip',
  'byline',
  'bylines',
  'author',
  'authors',
  'bio',
  'dateline',
  'caption',
  'captions',
  'credit',
  'credits',
  'attribution',
  // Print-only lines and print citations ("A version of this article appears in print on…").
  'print',
]);

/** Classes of text kept for screen readers and hidden from sight: a mark there could never be seen. */
const VISUALLY_HIDDEN = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'off-screen', 'offscreen']);

/** Class and id values whose verdict is remembered (a page repeats a few hundred); past this the memory starts over. */
const REMEMBERED_VALUES = 5000;

/**
 * A test for whether any of `words` is one of the words of a (lowercased) class or id, split at
 * `separators`: one regex compiled once, where splitting each element's value into an array of
 * words was the costliest part of judging an element (BENCHMARKS.md, real news pages). The
 * verdict is remembered per value: the paragraphs and links of a page share a few class names.
 */
function anyWordOf(words: ReadonlySet<string>, separators: string): (value: string) => boolean {
  // The words are letters and hyphens: nothing to escape.
  const pattern = new RegExp(`(?:^|[${separators}])(?:${[...words].join('|')})(?=$|[${separators}])`);
  const known = new Map<string, boolean>();
  return (value) => {
    let found = known.get(value);
    if (found === undefined) {
      found = pattern.test(value.toLowerCase());
      if (known.size >= REMEMBERED_VALUES) known.clear();
      known.set(value, found);
    }
    return found;
  };
}

const visuallyHiddenClass = anyWordOf(VISUALLY_HIDDEN, '\\s');
const chromeWord = anyWordOf(CHROME_WORDS, '\\s_-');

function isVisuallyHidden(value: string | null): boolean {
  return !!value && visuallyHiddenClass(value);
}

function hasChromeWord(value: string | null): boolean {
  return !!value && chromeWord(value);
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** True when neither `el` nor anything inside it is ever read, wherever it stands: code, inputs, editors, hidden text. */
export function isNeverRead(el: Element): boolean {
  if (NEVER_READ.has(el.localName) || isEditable(el)) return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** True when `el` is page chrome by its tag, role, class or id. Looks at `el` alone, not its ancestors. */
export function isChrome(el: Element): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return true;
  // A site header or footer is chrome; an article's own header holds its headline and byline.
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article')) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const classes = el.getAttribute('class');
  return hasChromeWord(el.id) || hasChromeWord(classes) || isVisuallyHidden(classes);
}

/** True when `el` is never read or page chrome. Looks at `el` alone, not its ancestors. */
export function isSkipped(el: Element): boolean {
  return isNeverRead(el) || isChrome(el);
}
