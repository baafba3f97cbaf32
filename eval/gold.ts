/**
 * The gold files in ../shared/eval, read at run time: licensed for measurement only, so never
 * copied into the project.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface GoldDoc {
  text: string;
  sports?: boolean;
  mentions: { start: number; end: number; type: string }[];
}

/** ../shared/eval beside the project, or BACKSTORY_EVAL_DIR (a worktree sits one level deeper than the checkout). */
export const EVAL_DIR = process.env.BACKSTORY_EVAL_DIR ? pathToFileURL(`${process.env.BACKSTORY_EVAL_DIR}/`) : new URL('../../shared/eval/', import.meta.url);

export function loadJsonl(file: string): GoldDoc[] {
  return readFileSync(new URL(file, EVAL_DIR), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc);
}
