import { KB_VERSION, type Kb } from './schema';

/** Checks a parsed KB file before use; a KB of another schema version is refused with what to do. */
export function parseKb(json: unknown): Kb {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('Not a Backstory knowledge base: expected a JSON object.');
  }
  const { version, documents, entities, events } = json as Partial<Kb>;
  if (version !== KB_VERSION) {
    throw new Error(
      `This knowledge base has schema version ${String(version)}, but this Backstory reads version ${KB_VERSION}. Rebuild it with \`npx backstory build\`.`,
    );
  }
  if (!Array.isArray(documents) || !Array.isArray(entities) || !Array.isArray(events)) {
    throw new Error('Not a Backstory knowledge base: documents, entities and events must be arrays.');
  }
  return json as Kb;
}
