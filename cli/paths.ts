import { fileURLToPath } from 'node:url';

/** The corpus bundled with Backstory. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../assets/corpus/', import.meta.url));
/** Where `backstory build` writes by default, and the extension build picks it up. */
export const BUNDLED_KB = fileURLToPath(new URL('../public/kb/bundled.json', import.meta.url));
