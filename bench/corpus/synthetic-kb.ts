/**
 * A KB of any number of entities shaped like a built one (aliases, a role, coverage sentences,
 * related entities), for load and lookup benchmarks at sizes the bundled corpus cannot reach.
 */
import { KB_VERSION, type Kb, type KbEntity } from '../../lib/kb/schema';
import { generateArticles } from './generate';

export function syntheticKb(entityCount: number): Kb {
  const documents = [...generateArticles(Math.ceil(entityCount / 10), 'synthetic-kb')].map((a, i) => ({
    file: `generated-${i}.jsonl`,
    title: a.title,
    titleDerived: false,
    subtitle: null,
    source: a.source,
    date: a.date,
    url: a.url,
    authors: [],
    dateline: null,
    fingerprint: [i, i * 31, i * 131],
  }));
  const sentence = (i: number) => documents[i % documents.length]?.title ?? '';
  const entities: KbEntity[] = [];
  for (let i = 0; i < entityCount; i++) {
    const name = `Entity${i.toString(36)} Name${(i * 7919).toString(36)}`;
    const docs = [0, 1, 2].map((k) => `generated-${(i + k * 97) % documents.length}.jsonl`);
    entities.push({
      id: `e${i}`,
      name,
      type: i % 3 === 0 ? 'person' : i % 3 === 1 ? 'place' : 'organization',
      aliases: [name, `Name${(i * 7919).toString(36)}`],
      roles: [{ text: 'spokesperson of the generated ministry', doc: docs[0] as string, sentence: sentence(i) }],
      docs,
      coverage: docs.map((doc, k) => ({ doc, sentences: [sentence(i + k)] })),
      related: [1, 2, 3].map((k) => ({ id: `e${(i + k) % entityCount}`, count: k })),
    });
  }
  return { version: KB_VERSION, date: '2024-01-01', documents, entities, events: [] };
}
