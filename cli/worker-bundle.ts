/**
 * The build's worker threads each load one bundled module instead of the ~650 TypeScript modules
 * tsx resolves and loads one by one for each thread: 0.3 s instead of 1.5 s a thread here, on
 * the build's critical path. The bundle is made when the build starts (esbuild, about half a
 * second on its own threads while the articles are counted) and named by its content in the
 * temporary folder, so a run never loads another version's code and runs of one version share it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The module at `entry` bundled with everything it imports into one ES module file; its file URL. */
export async function bundledModule(entry: URL): Promise<string> {
  const source = fileURLToPath(entry);
  const { outputFiles } = await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    write: false,
    logLevel: 'silent',
  });
  const code = (outputFiles[0] as { contents: Uint8Array }).contents;
  // The bundle lives in the temporary folder: a path made from import.meta.url would point there.
  if (/\bimport\.meta\b/.test(Buffer.from(code).toString('utf8'))) {
    throw new Error(`${source} or a module it imports reads import.meta, which its bundle in ${tmpdir()} cannot resolve`);
  }
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `backstory-${basename(source).replace(/\.\w+$/, '')}-${hash}.mjs`);
  if (!existsSync(file)) {
    // Written aside and renamed: another build starting at the same time never loads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return pathToFileURL(file).href;
}
