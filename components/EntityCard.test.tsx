// @vitest-environment happy-dom
/**
 * The entity card's first view is bounded: at most 3,000 characters before any disclosure opens,
 * whatever the entity (a generated twenty-year entity here; with WORLD_KB=FILE, the 100 entities
 * in most articles of that KB). Its height is measured in Chromium by `npm run shots:world -- --top 100`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type EntityCardData, toEntityCardData } from '~/lib/kb/entity-card-data';
import { createKbIndex, type KbIndex } from '~/lib/kb/kb-index';
import { parseKb } from '~/lib/kb/load';
import { largeEntityKb } from '~/tests/kb/one-entity-kb';
import { EntityCard } from './EntityCard';

const MAX_FIRST_VIEW_CHARS = 3000;
const noop = () => {};

function renderCard(model: EntityCardData) {
  return render(
    <EntityCard
      state={{ status: 'ready', model }}
      label={model.name}
      pinned={false}
      canGoBack={false}
      scheme="light"
      onOpenEntity={noop}
      onOpenEvent={noop}
      onOpenArticle={noop}
      onBack={noop}
      onTogglePin={noop}
      onClose={noop}
    />,
  );
}

/** The text a reader sees before opening anything: what closed disclosures hold (beyond their summary) left out. */
function firstViewText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const details of copy.querySelectorAll('details:not([open])')) {
    for (const child of [...details.children]) if (child.tagName !== 'SUMMARY') child.remove();
  }
  return copy.textContent ?? '';
}

const cardOf = (index: KbIndex, id: string) => {
  const model = toEntityCardData(index, id, { url: null, text: '' }, '2012-06-01');
  if (!model) throw new Error(`no card for ${id}`);
  return model;
};

afterEach(cleanup);

describe('EntityCard over twenty years of coverage', () => {
  const index = createKbIndex(largeEntityKb(1200));

  it('keeps its first view under 3,000 characters: three roles, the chart, coverage behind its heading', () => {
    const model = cardOf(index, 'e');
    const { container } = renderCard(model);
    const text = firstViewText(container);
    expect(text.length).toBeLessThanOrEqual(MAX_FIRST_VIEW_CHARS);
    expect(container.textContent?.length).toBeGreaterThan(MAX_FIRST_VIEW_CHARS);
    expect(screen.getByRole('img', { name: /^Mentioned in 1,200 dated articles, 2003–2022/ })).toBeTruthy();
    const coverage = container.querySelector('details.coverage-section');
    expect(coverage?.hasAttribute('open')).toBe(false);
    expect(coverage?.querySelector('summary')?.textContent).toBe('Related coverage 1,200 articles');
    const shownRoles = [...container.querySelectorAll('button.role')].filter((b) => !b.closest('details:not([open])'));
    expect(shownRoles).toHaveLength(3);
  });

  it('shows the lead role once, on the lead line, whose text opens its sentence', () => {
    const model = cardOf(index, 'e');
    const { container } = renderCard(model);
    const lead = model.lead?.text ?? '';
    expect([...container.querySelectorAll('button.role')].filter((b) => b.textContent === lead)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: lead }));
    expect(container.querySelector('.lead blockquote')?.textContent).toContain(model.roles.find((r) => r.text === lead)?.sentence ?? '?');
  });
});

const WORLD_KB = process.env.WORLD_KB;

describe.skipIf(!WORLD_KB || !existsSync(WORLD_KB))('EntityCard over the world KB (WORLD_KB=FILE)', () => {
  it('keeps the first view of the 100 entities in most articles under 3,000 characters', () => {
    const index = createKbIndex(parseKb(JSON.parse(readFileSync(WORLD_KB ?? '', 'utf8'))));
    const top = [...index.kb.entities].sort((a, b) => b.docs.length - a.docs.length).slice(0, 100);
    const lengths = top.map((e) => {
      const { container, unmount } = renderCard(cardOf(index, e.id));
      const length = firstViewText(container).length;
      unmount();
      return { name: e.name, length };
    });
    const longest = lengths.reduce((a, b) => (b.length > a.length ? b : a));
    console.log(`World KB, top 100 entities: first view at most ${longest.length} characters (${longest.name}).`);
    expect(longest.length).toBeLessThanOrEqual(MAX_FIRST_VIEW_CHARS);
  }, 120_000);
});
