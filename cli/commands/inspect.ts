import { parseArgs } from 'node:util';
import { ENTITY_TYPES } from '../../lib/kb/entity-types';
import type { Kb } from '../../lib/kb/schema';
import { readWholeKb } from '../kb-files';
import { BUNDLED_KB } from '../paths';

/** The KB in the shape DESIGN.md promises (`inspect --json`), which tests and scripts rely on. */
export function inspectJson(kb: Kb) {
  const names = new Map(kb.entities.map((e) => [e.id, e.name]));
  return {
    version: kb.version,
    date: kb.date,
    documents: kb.documents.map((d) => ({
      file: d.file,
      title: d.title,
      titleDerived: d.titleDerived,
      subtitle: d.subtitle,
      source: d.source,
      date: d.date,
      url: d.url,
      authors: d.authors,
      dateline: d.dateline,
    })),
    entities: kb.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles.map((r) => ({ text: r.text, doc: r.doc })),
      docs: e.docs,
    })),
    events: kb.events.map((e) => ({
      id: e.id,
      label: e.label,
      date: e.date,
      participants: e.participants.map((id) => names.get(id) ?? id),
      docs: e.docs,
    })),
  };
}

function printText(kb: Kb): void {
  console.log(`Knowledge base of ${kb.date ?? 'undated'}: ${kb.documents.length} documents, ${kb.entities.length} entities, ${kb.events.length} events\n`);
  for (const d of kb.documents) console.log(`  ${d.file}  ${d.date ?? '—'}  ${d.source ?? '—'}  ${d.title}`);
  for (const type of ENTITY_TYPES) {
    const list = kb.entities.filter((e) => e.type === type);
    console.log(`\n${type} (${list.length})`);
    for (const e of list) {
      const roles = e.roles.length ? ` — ${[...new Set(e.roles.map((r) => r.text))].join('; ')}` : '';
      console.log(`  ${e.name}${roles}  [${e.docs.length} doc${e.docs.length === 1 ? '' : 's'}; aliases: ${e.aliases.join(', ')}]`);
    }
  }
  console.log(`\nevents (${kb.events.length})`);
  for (const e of kb.events) console.log(`  ${e.date ?? '—'}  ${e.label}  [${e.docs.length} doc${e.docs.length === 1 ? '' : 's'}]`);
}

export async function runInspect(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { kb: { type: 'string' }, json: { type: 'boolean' } } });
  const kb = await readWholeKb(values.kb ?? BUNDLED_KB);
  if (values.json) console.log(JSON.stringify(inspectJson(kb), null, 2));
  else printText(kb);
  return 0;
}
