/** Relative luminance of "rgb(r, g, b)" / "rgba(r, g, b, a)", or null for transparent or unparsable colours. */
function luminance(color: string): number | null {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3 || parts[3] === 0) return null;
  const [r = 0, g = 0, b = 0] = parts;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * Whether the page looks light or dark: the background of the body, else of the root element;
 * a page that paints neither is the browser's canvas, dark only when the page asks for a dark
 * `color-scheme` and the reader prefers dark. The card follows the page, not just the system,
 * because a dark article under a light system theme is common (and the reverse).
 */
export function pageScheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    const l = el ? luminance(view.getComputedStyle(el).backgroundColor) : null;
    if (l !== null) return l < 0.5 ? 'dark' : 'light';
  }
  const asksDark = view.getComputedStyle(doc.documentElement).colorScheme.includes('dark');
  return asksDark && view.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
