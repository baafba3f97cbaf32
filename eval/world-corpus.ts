/** Where the world corpus is (../shared/data, for measurement only); BACKSTORY_DATA_DIR overrides the folder. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA_DIR = process.env.BACKSTORY_DATA_DIR ?? fileURLToPath(new URL('../../shared/data/', import.meta.url));
export const WORLD_CORPUS = join(DATA_DIR, 'world-2002-2026.jsonl');
