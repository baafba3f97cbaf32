/** The language a page declares for `el`: the `lang` of the nearest element that has one (the article's, else the document's), or null. */
export function declaredLanguage(el: Element): string | null {
  return el.closest('[lang]')?.getAttribute('lang') || null;
}
