/**
 * What the content script never reads: code, editors, embedded documents, and page chrome
 * (navigation, menus, ads, cookie banners, share bars, comment threads).
 */

/** Elements whose text is never article text, or must never be touched (forms, editors, code). */
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
  'form',
  'nav',
  'aside',
  'dialog',
  'menu',
  'head',
  'title',
]);

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

/** Words in a class or id that mark page chrome: "ad-slot", "cookie_banner", "share-tools". */
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
]);

function hasChromeWord(value: string | null): boolean {
  if (!value) return false;
  return value
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((word) => CHROME_WORDS.has(word));
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** True when neither `el` nor anything inside it is read. Looks at `el` alone, not its ancestors. */
export function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (NEVER_READ.has(tag) || isEditable(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // A site header or footer is chrome; an article's own header holds its headline and byline.
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest('article')) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  return hasChromeWord(el.id) || hasChromeWord(el.getAttribute('class'));
}

/** True when `node` or one of its ancestors (up to the document) is skipped. */
export function isInSkipped(node: Node): boolean {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}
