/**
 * Writing a KB pack (lib/kb/pack.ts) from a finished KB, with its credit: the corpus's name, its
 * articles' date range, and its licence line from a flag or the corpus's README.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Compress, gzip, type PackCodec, type PackCredit, packMeta, writePack } from '../lib/kb/pack';
import type { Kb } from '../lib/kb/schema';
import { shardFiles, toShards } from '../lib/kb/shards';

/** The credit flags shared by `pack` and `build --pack`. */
export const PACK_OPTIONS = { name: { type: 'string' }, licence: { type: 'string' }, codec: { type: 'string' } } as const;

/** "Packed FILE: N bytes, licence "L"." */
export const packSummary = (out: string, bytes: number, licence: string | null) =>
  `Packed ${out}: ${bytes.toLocaleString('en')} bytes${licence ? `, licence "${licence}"` : ', no licence line (give one with --licence)'}.`;

/**
 * The licence a corpus's README gives: a "Licence: …" (or "License: …") line, or in a table with a
 * licence column, the cell of the row that names the corpus file. Null when it gives none.
 */
export function licenceFromReadme(readme: string, corpusFile: string): string | null {
  const line = readme.match(/^\s*(?:\*\*)?licen[cs]e(?:\*\*)?\s*:\s*(.+?)\s*$/im);
  if (line?.[1]) return line[1];
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const rows = readme.split('\n').filter((l) => l.trim().startsWith('|'));
  const header = rows.find((r) => cells(r).some((c) => /^licen[cs]e$/i.test(c)));
  if (!header) return null;
  const column = cells(header).findIndex((c) => /^licen[cs]e$/i.test(c));
  const row = rows.find((r) => r !== header && cells(r).some((c) => c.replace(/`/g, '') === corpusFile));
  return row ? (cells(row)[column] ?? null) || null : null;
}

/** The README beside (or inside) a corpus file or folder, and the name the corpus goes by there. */
async function readmeOf(input: string): Promise<string | null> {
  const folder = existsSync(input) && statSync(input).isDirectory() ? input : dirname(input);
  for (const name of ['README.md', 'README.txt', 'README']) {
    const path = join(folder, name);
    if (existsSync(path)) return readFile(path, 'utf8');
  }
  return null;
}

/** The licence of the corpus at `inputs` (the first that a README licenses), or null. */
export async function corpusLicence(inputs: readonly string[]): Promise<string | null> {
  for (const input of inputs) {
    const readme = await readmeOf(input);
    const licence = readme && licenceFromReadme(readme, basename(input));
    if (licence) return licence;
  }
  return null;
}

/** The first and last dates of the KB's articles. */
export function dateRange(kb: Kb): { from: string | null; to: string | null } {
  const dates = kb.documents.flatMap((d) => d.date ?? []).sort();
  return { from: dates[0] ?? null, to: dates.at(-1) ?? null };
}

/** The default name of a corpus: its file or folder's name, without extension. */
export const corpusName = (input: string) => basename(input.replace(/\/+$/, '')).replace(/\.[^.]+$/, '');

/**
 * Zstandard by the `zstd` tool (Debian's and every distribution's package `zstd`; node 20 has none):
 * level 18 with a 128 MB window, so the whole body is one window. Deterministic for one zstd version.
 * Level 19 makes the world pack 3% smaller (9.4 MB, not 9.7) but its blocks take fzstd 8 times as
 * long to decode (7 s of CPU here, not 0.9), most of a reader's wait for the pack to load.
 */
const zstd: Compress = (body) =>
  new Promise((resolve, reject) => {
    const child = spawn('zstd', ['-18', '--long=27', '-T1', '-q', '-c'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => errors.push(b));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('the `zstd` tool is not installed: install it (apt-get install zstd), or pass --codec gzip for a larger pack')
          : error,
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(new Uint8Array(Buffer.concat(out)));
      else reject(new Error(`zstd failed (${code}): ${Buffer.concat(errors).toString()}`));
    });
    child.stdin.end(body);
  });

const COMPRESSORS: Record<PackCodec, Compress> = { zstd, gzip };

/** The codec a --codec flag names. */
export function packCodec(flag: string | undefined): PackCodec {
  if (flag === undefined) return 'zstd';
  if (flag === 'zstd' || flag === 'gzip') return flag;
  throw new Error(`--codec must be zstd or gzip, not "${flag}"`);
}

/** Writes `kb` as a pack to `out`; returns its size in bytes. */
export async function writePackFile(out: string, kb: Kb, credit: Omit<PackCredit, 'from' | 'to'>, codec: PackCodec = 'zstd'): Promise<number> {
  const cut = toShards(kb);
  const meta = packMeta(cut.index, { ...credit, ...dateRange(kb) });
  const content = { meta, index: JSON.stringify(cut.index), shards: shardFiles(cut).map(([, s]) => JSON.stringify(s)) };
  const bytes = await writePack(content, codec, COMPRESSORS[codec]);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, bytes);
  return bytes.length;
}
