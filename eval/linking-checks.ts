/**
 * Linking scores: every alias of every seeds-gold entity, where it occurs in the bundled corpus,
 * annotated as the CLI does and checked to link to that entity; the must-not-link cases; and the
 * look-alike traps of tests/match.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpusPaths } from '../lib/corpus/read-paths';
import { buildKb } from '../lib/kb/build';
import { contentRanges } from '../lib/kb/document-record';
import { createKbIndex, type KbIndex } from '../lib/kb/kb-index';
import { annotate } from '../lib/match/annotate';
import { LINK_CASES } from '../tests/match/look-alike-cases';
import { EVAL_DIR } from './gold';

interface SeedsGold {
  entities: { name: string; aliases: string[]; docs: string[]; optional?: boolean }[];
  must_not_link: { doc: string; text: string }[];
}

export interface LinkScore {
  /** Alias occurrences linked to their gold entity. */
  right: number;
  /** Linked to another entity. */
  wrong: number;
  total: number;
}

const straight = (s: string) => s.replace(/[’‘]/g, "'");

function occurrences(text: string, alias: string): number[] {
  const at: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of straight(text).matchAll(re)) at.push(m.index);
  return at;
}

/**
 * An alias that opens with an article ("the North") is a name of its own only where it ends: in
 * "the North Atlantic Treaty Organization" or "the North Korean forces" the article belongs to the
 * longer phrase, and the gold alias does not occur there.
 */
function articleOfLongerName(text: string, at: number, end: number): boolean {
  return /^(?:the|a|an) /i.test(text.slice(at, end)) && /^ \p{Lu}/u.test(text.slice(end, end + 2));
}

export async function seedsGoldLinking(): Promise<{ aliases: LinkScore; mustNotLink: { ok: number; total: number }; index: KbIndex }> {
  const gold = JSON.parse(readFileSync(new URL('seeds-gold.json', EVAL_DIR), 'utf8')) as SeedsGold;
  const { articles } = await readCorpusPaths([fileURLToPath(new URL('../assets/corpus/', import.meta.url))]);
  const index = createKbIndex(buildKb(articles));
  const aliases: LinkScore = { right: 0, wrong: 0, total: 0 };
  const mustNotLink = { ok: 0, total: 0 };
  for (const article of articles) {
    const doc = article.file.slice(0, 3);
    const ranges = contentRanges(article);
    const { mentions } = annotate(index, article.text, { ranges });
    const inContent = (at: number) => ranges.some((r) => r.start <= at && at < r.end);
    const linkedAt = (start: number, length: number) => mentions.find((m) => m.start < start + length && start < m.end)?.entity?.name ?? null;
    const expected = gold.entities
      .filter((x) => !x.optional && x.docs.includes(doc))
      .flatMap((e) =>
        [...new Set(e.aliases.map(straight))].flatMap((alias) => occurrences(article.text, alias).map((at) => ({ at, end: at + alias.length, e }))),
      )
      .filter((o) => inContent(o.at) && !articleOfLongerName(article.text, o.at, o.end));
    // "US" inside "US State Department" names the department: only outermost occurrences count.
    const outermost = expected.filter((o) => !expected.some((x) => x !== o && x.at <= o.at && o.end <= x.end && x.end - x.at > o.end - o.at));
    for (const { at, end, e } of outermost) {
      const name = linkedAt(at, end - at);
      aliases.total++;
      if (name === e.name) aliases.right++;
      else if (name) aliases.wrong++;
    }
    for (const c of gold.must_not_link.filter((x) => x.doc === doc)) {
      for (const at of occurrences(article.text, c.text)) {
        mustNotLink.total++;
        if (linkedAt(at, c.text.length) === null) mustNotLink.ok++;
      }
    }
  }
  return { aliases, mustNotLink, index };
}

/** The look-alike traps: how many link as they should, and the ones that do not. */
export function trapResults(index: KbIndex): { ok: number; total: number; failed: string[] } {
  const failed: string[] = [];
  for (const c of LINK_CASES) {
    const at = c.text.lastIndexOf(c.mention);
    const m = annotate(index, c.text).mentions.find((x) => x.start === at && x.end === at + c.mention.length);
    if ((m?.entity?.name ?? null) !== c.links) failed.push(`${c.mention} (${c.why})`);
  }
  return { ok: LINK_CASES.length - failed.length, total: LINK_CASES.length, failed };
}
