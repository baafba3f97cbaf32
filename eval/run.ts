/**
 * `npm run eval`: entity detection on CoNLL-2003 dev and test and MSNBC, read from
 * ../shared/eval at run time (licensed for measurement only: never copied into the project).
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { detectEntities } from '../lib/nlp/detect';
import { type Counts, prf, type Span, scoreDocument } from './ner-score';

interface GoldDoc {
  text: string;
  sports?: boolean;
  mentions: { start: number; end: number; type: string }[];
}

const TYPES: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const EVAL_DIR = new URL('../../shared/eval/', import.meta.url);

function load(file: string): GoldDoc[] {
  return readFileSync(new URL(file, EVAL_DIR), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
}

function detect(doc: GoldDoc): Span[] {
  return detectEntities(doc.text).map((d) => ({ start: d.start, end: d.end, type: TYPES[d.type] as string }));
}

function score(docs: GoldDoc[], lenient: boolean, goldTypes = ['PER', 'LOC', 'ORG']): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const doc of docs) {
    const gold = doc.mentions.filter((m) => goldTypes.includes(m.type));
    scoreDocument(gold, detect(doc), lenient, counts);
  }
  return counts;
}

const fmt = (n: number) => n.toFixed(1);
const row = (label: string, c: Map<string, Counts>, key = 'micro') => {
  const { p, r, f } = prf(c.get(key) ?? { tp: 0, fp: 0, fn: 0 });
  return `| ${label} | ${fmt(p)} | ${fmt(r)} | ${fmt(f)} |`;
};

const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const split = process.argv[2] ?? 'all';
console.log(`Backstory detection, commit ${commit}\n`);
console.log('| set | P | R | F1 |\n|---|---:|---:|---:|');
for (const name of split === 'dev' ? ['dev'] : ['dev', 'test']) {
  const docs = load(`conll2003-${name}.jsonl`);
  for (const lenient of [false, true]) {
    const all = score(docs, lenient);
    const tag = `CoNLL ${name} ${lenient ? 'lenient' : 'exact'}`;
    console.log(row(`${tag} micro`, all));
    for (const t of ['PER', 'LOC', 'ORG']) console.log(row(`${tag} ${t}`, all, t));
    console.log(
      row(
        `${tag} micro, sports: false`,
        score(
          docs.filter((d) => !d.sports),
          lenient,
        ),
      ),
    );
  }
}
if (split !== 'dev') {
  // MSNBC is not exhaustive: only recall means something. UNK (no Wikidata type) counts as any type.
  const msnbc = load('msnbc.jsonl');
  for (const lenient of [false, true]) {
    let found = 0;
    let total = 0;
    for (const doc of msnbc) {
      const spans = detect(doc);
      for (const m of doc.mentions.filter((x) => ['PER', 'LOC', 'ORG', 'UNK'].includes(x.type))) {
        total++;
        const hit = spans.some(
          (s) => (m.type === 'UNK' || s.type === m.type) && (lenient ? s.start < m.end && m.start < s.end : s.start === m.start && s.end === m.end),
        );
        if (hit) found++;
      }
    }
    console.log(`| MSNBC recall ${lenient ? 'lenient' : 'exact'} | | ${fmt((100 * found) / total)} | |`);
  }
}
