/** The test build with another KB in it, for `npm run eval:pages -- --kb FILE` (a world KB, say). */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readWholeKb, writeKb } from '../cli/kb-files';

/** A copy of the test build `build` whose bundled KB is `kbFile`, sharded as a large KB ships; its folder. */
export async function extensionWithKb(build: string, kbFile: string): Promise<string> {
  const dir = `${build}-kb`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  await writeKb(join(dir, 'kb/bundled.json'), await readWholeKb(kbFile), true);
  return dir;
}
