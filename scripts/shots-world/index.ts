/**
 * `npm run shots:world [-- KB_FILE] [--top N]`: world-KB cards drawn in Debian's Chromium, to judge
 * by eye. Writes a PNG per card (a head of state, a company, a city, an international organization,
 * an event, a name the KB barely knows) to .output/shots-world/ (gitignored: they show corpus
 * sentences), each read as of one of its own articles (the page being read). With --top N it also
 * measures the cards of the N entities in most articles: their text before any disclosure opens
 * and whether the first view fits the card's 520 px without inner scrolling.
 * The KB is KB_FILE, else .output/world-kb.json, built from ../shared/data first when it is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { WORLD_CORPUS } from '../../eval/world-corpus';
import { moreCoverageOf } from '../../lib/kb/card-model';
import { toEntityCardData } from '../../lib/kb/entity-card-data';
import { toEventCardModel } from '../../lib/kb/event-card-model';
import { createKbIndex, type KbIndex } from '../../lib/kb/kb-index';
import { parseKb } from '../../lib/kb/load';
import { appendTo } from '../../lib/multimap';
import { launchWithoutExtension, ROOT } from '../../tests/e2e/harness';
import type { Shot } from './page';
import { pickCards } from './pick';

const OUT = join(ROOT, '.output/shots-world');
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 0;
const kbFile = args.find((a, i) => !a.startsWith('--') && i !== topAt + 1);

function worldKbFile(): string {
  if (kbFile) return kbFile;
  const built = join(ROOT, '.output/world-kb.json');
  if (!existsSync(built)) {
    console.log(`Building the world KB to ${built} (some minutes)…`);
    execFileSync('node', ['cli/backstory.mjs', 'build', WORLD_CORPUS, '--out', built], { cwd: ROOT, stdio: 'inherit' });
  }
  return built;
}

/** Each article's entities: the page's entities when a card is read on that article. */
function entitiesByDoc(index: KbIndex): Map<string, string[]> {
  const byDoc = new Map<string, string[]>();
  for (const e of index.kb.entities) for (const doc of e.docs) appendTo(byDoc, doc, e.id);
  return byDoc;
}

/**
 * The page a card is read on: the entity's own article at the middle of its dated coverage (so a
 * 2017 card for a 2003–2024 name), with that article's entities as the page's.
 */
function pageFor(index: KbIndex, docs: readonly string[]) {
  const dated = docs.flatMap((f) => index.document(f) ?? []).filter((d) => d.date);
  dated.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file));
  const doc = dated[Math.floor(dated.length / 2)] ?? index.document(docs[0] ?? '');
  const entities = (doc && docEntities.get(doc.file)) ?? [];
  return { page: { url: doc?.url ?? null, text: '', entities }, asOf: doc?.date ?? index.kb.date ?? '2026-01-01' };
}

function shotOf(index: KbIndex, css: string, kind: 'entity' | 'event', id: string, what: string): Shot | null {
  if (kind === 'event') {
    const model = toEventCardModel(index, id, pageFor(index, index.event(id)?.docs ?? []).page);
    return model && { kind, what, css, model };
  }
  const { page, asOf } = pageFor(index, index.entity(id)?.docs ?? []);
  const model = toEntityCardData(index, id, page, asOf);
  const more = model?.moreCoverage ? moreCoverageOf(index, id, page, asOf, model.moreCoverage.from) : [];
  return model && { kind, what, css, model, more };
}

const started = Date.now();
const index = createKbIndex(parseKb(JSON.parse(readFileSync(worldKbFile(), 'utf8'))));
console.log(`KB read in ${((Date.now() - started) / 1000).toFixed(1)} s: ${index.counts.entities} entities, ${index.counts.articles} articles.`);
const docEntities = entitiesByDoc(index);
const css = readFileSync(join(ROOT, 'components/card.css'), 'utf8');
const picks = pickCards(index);
const topIds = [...index.kb.entities].sort((a, b) => b.docs.length - a.docs.length || a.id.localeCompare(b.id)).slice(0, top);
const shots = [
  ...picks.flatMap((p) => shotOf(index, css, p.kind, p.id, p.what) ?? []),
  ...topIds.flatMap((e) => shotOf(index, css, 'entity', e.id, `top: ${e.docs.length} articles`) ?? []),
];
const script = await build({
  entryPoints: [join(import.meta.dirname, 'page.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
});

mkdirSync(OUT, { recursive: true });
const browser = await launchWithoutExtension();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 440, height: 900 });
await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0;padding:16px;background:#eef1f4">');
await page.addScriptTag({ content: `window.SHOTS = ${JSON.stringify(shots).replace(/</g, '\\u003c')};` });
await page.addScriptTag({ content: script.outputFiles[0]?.text ?? '' });
const measures = await page.$$eval('[id^="shot-"]', (hosts) =>
  hosts.map((host) => {
    const card = (host as HTMLElement).shadowRoot?.querySelector<HTMLElement>('.card');
    return {
      what: (host as HTMLElement).dataset.what ?? '',
      name: card?.querySelector('h2')?.textContent ?? '',
      // innerText leaves out what closed disclosures hold: the card's first view.
      chars: card?.innerText.length ?? 0,
      height: card?.scrollHeight ?? 0,
      scrolls: card ? card.scrollHeight > card.clientHeight : false,
    };
  }),
);
for (const [i, m] of measures.entries()) {
  // The six picks, and any measured card too tall for its first view.
  if (i >= picks.length && !m.scrolls) continue;
  const file = join(OUT, i < picks.length ? `${i + 1}-${m.what.replace(/\W+/g, '-')}.png` : `too-tall-${m.name.replace(/\W+/g, '-')}.png`);
  await page.locator(`#shot-${i} .card`).screenshot({ path: file });
  if (i < picks.length) console.log(`${m.what}: ${m.name} — ${m.chars} characters, ${m.height} px${m.scrolls ? ' (scrolls)' : ''} → ${file}`);
}
// The picks again with every disclosure open and no height limit: what a researcher reaches.
const openAll = () =>
  page.$$eval('[id^="shot-"]', (hosts) => {
    for (const host of hosts) {
      const card = (host as HTMLElement).shadowRoot?.querySelector<HTMLElement>('.card');
      if (!card) continue;
      card.style.maxHeight = 'none';
      for (const details of card.querySelectorAll('details')) details.open = true;
    }
  });
await openAll();
// "More articles" draws its rows once opened: their own disclosures are opened next.
await page.waitForFunction(() => [...document.querySelectorAll('[id^="shot-"]')].every((host) => !host.shadowRoot?.querySelector('[aria-busy="true"]')));
await openAll();
for (const [i, pick] of picks.entries()) {
  await page.locator(`#shot-${i} .card`).screenshot({ path: join(OUT, `${i + 1}-${pick.what.replace(/\W+/g, '-')}-open.png`) });
}
const measured = measures.slice(picks.length);
if (measured.length) {
  const widest = measured.reduce((a, b) => (b.chars > a.chars ? b : a));
  const tallest = measured.reduce((a, b) => (b.height > a.height ? b : a));
  console.log(
    `Top ${measured.length} entities by articles: at most ${widest.chars} characters (${widest.name}), tallest ${tallest.height} px (${tallest.name}), ${measured.filter((m) => m.scrolls).length} scroll inside the card: ${measured
      .filter((m) => m.scrolls)
      .map((m) => `${m.name} ${m.height} px`)
      .join(', ')}.`,
  );
}
await browser.close();
