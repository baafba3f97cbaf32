/**
 * One registry of entity types (lib/kb/entity-types.ts): what derives from it in code is checked
 * by the compiler; what cannot (the CSS every type needs) is checked here, so a new type cannot
 * ship without its colour, its badge or its page marks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE_HEADINGS, TYPE_LABELS } from '../../components/format';
import { DEFAULT_SETTINGS, MARK_TYPE_LABELS } from '../../config/settings';
import { ENTITY_TYPES } from '../../lib/kb/entity-types';
import { HIGHLIGHT_NAMES } from '../../lib/page/highlights';
import { MARK_STYLES, needsMarkStylesCss } from '../../lib/page/mark-style';

const css = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the entity type registry', () => {
  it('gives every type its words, its setting and its highlight, in the registry’s order', () => {
    expect(Object.keys(TYPE_LABELS)).toEqual([...ENTITY_TYPES]);
    expect(Object.keys(TYPE_HEADINGS)).toEqual([...ENTITY_TYPES]);
    expect(Object.keys(DEFAULT_SETTINGS.markTypes)).toEqual([...ENTITY_TYPES, 'event']);
    expect(Object.keys(MARK_TYPE_LABELS)).toEqual([...ENTITY_TYPES, 'event']);
    for (const type of ENTITY_TYPES) expect(HIGHLIGHT_NAMES[type]).toBe(`backstory-${type}`);
  });

  it.each([...ENTITY_TYPES])('has CSS for %s wherever a type shows', (type) => {
    for (const file of ['components/card.css', 'components/extension-page.css', 'entrypoints/article/article.css']) {
      expect(css(file), file).toContain(`--${type}:`);
    }
    for (const file of ['components/card.css', 'entrypoints/popup/popup.css', 'entrypoints/collection/collection.css', 'entrypoints/sidepanel/sidepanel.css']) {
      expect(css(file), file).toContain(`.type-${type}`);
    }
    const marks = css('lib/page/marks.css');
    expect(marks).toContain(`::highlight(backstory-${type})`);
    const others = css('entrypoints/mark-styles.css');
    for (const style of MARK_STYLES.filter(needsMarkStylesCss)) {
      expect(others).toContain(`::highlight(backstory-${type}-${style})`);
      // Not in the sheet every page gets: each ::highlight() rule costs every page's style passes.
      expect(marks).not.toContain(`::highlight(backstory-${type}-${style})`);
    }
  });
});
