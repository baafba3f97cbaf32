/**
 * The gold files in ../shared/eval, read at run time: licensed for measurement only, so never
 * copied into the project.
 */
import { readFileSync } from 'node:fs';

export interface GoldDoc {
  text: string;
  sports?: boolean;
  mentions: { start: number; end: number; type: string }[];
}

export const EVAL_DIR = new URL('../../shared/eval/', import.meta.url);

export function loadJsonl(file: string): GoldDoc[] {
  return readFileSync(new URL(file, EVAL_DIR), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
}
