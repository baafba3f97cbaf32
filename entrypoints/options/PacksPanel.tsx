import { useEffect, useState } from 'preact/hooks';
import { formatDate, packCreditText } from '~/components/format';
import { packIdOf, readPack } from '~/lib/kb/pack';
import { createPackStore, type StoredPack } from '../background/pack-store';
import { request } from './request';

const store = createPackStore();

/** Where a load is: reading the file, unpacking it (bytes of the compressed body), storing it. */
interface Progress {
  phase: 'Reading' | 'Unpacking' | 'Storing';
  file: string;
  done: number;
  total: number;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The file's bytes, read in chunks so progress shows. */
async function readFile(file: File, onBytes: (done: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(file.size);
  let done = 0;
  const reader = file.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    // A file that grew while read is not the file picked: the checks below refuse the extra.
    if (done + chunk.value.length > bytes.length) throw new Error(`${file.name} changed while it was read: pick it again.`);
    bytes.set(chunk.value, done);
    done += chunk.value.length;
    onBytes(done);
  }
  return bytes.subarray(0, done);
}

function PackRow({ pack, onRemove }: { pack: StoredPack; onRemove(): void }) {
  const { meta } = pack;
  return (
    <li class="pack">
      <strong>{meta.name}</strong>
      <span>
        {meta.from && meta.to ? `${formatDate(meta.from)} – ${formatDate(meta.to)}` : 'no dates'} · {meta.licence ?? 'no licence given'}
      </span>
      <span class="note">
        {count(meta.articles, 'article')}, {count(meta.entities, 'entity', 'entities')}, {count(meta.events, 'event')} · {megabytes(pack.bytes)}
      </span>
      <button type="button" onClick={onRemove} aria-label={`Remove ${meta.name}`}>
        Remove
      </button>
    </li>
  );
}

/** "Load a knowledge base pack": a pack file checked, stored and layered over the bundled KB; each loaded pack listed, removable. */
export function PacksPanel({ onChanged }: { onChanged(): void }) {
  const [packs, setPacks] = useState<StoredPack[] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const refresh = () => store.list().then(setPacks, (e: unknown) => setError(String(e)));
  useEffect(() => void refresh(), []);
  // The list is read from storage again; the background reads the packs again when told.
  const changed = async () => {
    await Promise.all([refresh(), request('packsChanged', {})]);
    onChanged();
  };

  const load = async (file: File | undefined) => {
    if (!file || progress) return;
    setError(null);
    setLoaded(null);
    try {
      setProgress({ phase: 'Reading', file: file.name, done: 0, total: file.size });
      const bytes = await readFile(file, (done) => setProgress({ phase: 'Reading', file: file.name, done, total: file.size }));
      const content = await readPack(bytes, (done, total) => setProgress({ phase: 'Unpacking', file: file.name, done, total }));
      setProgress({ phase: 'Storing', file: file.name, done: 0, total: 0 });
      const pack = await store.add(packIdOf(bytes), content, bytes.length);
      setLoaded(`Loaded ${pack.meta.name}: ${packCreditText(pack.meta)}.`);
      await changed();
    } catch (e) {
      setError(`${file.name}: ${e instanceof Error ? e.message : String(e)} Nothing already loaded was changed.`);
    } finally {
      setProgress(null);
    }
  };

  const remove = async (pack: StoredPack) => {
    setLoaded(null);
    await store.remove(pack.id).catch((e: unknown) => setError(String(e)));
    await changed();
  };

  return (
    // Busy until the stored packs are read (until then "No pack loaded." is not known), and while a
    // load runs: its status shows before the list is read again and the background told, and the
    // file input takes no other pack until then.
    <div class="packs" aria-busy={packs === null || progress !== null}>
      <p>
        A pack is a knowledge base built elsewhere from a larger archive (<code>backstory build --pack</code>). Its cards join the bundled ones; nothing is read
        or sent anywhere.
      </p>
      <label class="pick">
        Load a knowledge base pack
        <input
          type="file"
          disabled={progress !== null}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Emptied, so the same file picked again (after removing it) is loaded again.
            e.currentTarget.value = '';
            void load(file);
          }}
        />
      </label>
      {progress && (
        <div class="progress">
          <progress {...(progress.total > 0 && { value: progress.done, max: progress.total })} aria-label="Pack progress" />
          <span>
            {progress.phase} {progress.file}
            {progress.total > 0 && `: ${megabytes(progress.done)} of ${megabytes(progress.total)}`}
          </span>
        </div>
      )}
      {error && (
        <p class="note error" role="alert">
          {error}
        </p>
      )}
      {loaded && <p role="status">{loaded}</p>}
      {packs && !packs.length && <p class="note">No pack loaded.</p>}
      {packs && packs.length > 0 && (
        <ul class="pack-list">
          {packs.map((p) => (
            <PackRow key={p.id} pack={p} onRemove={() => void remove(p)} />
          ))}
        </ul>
      )}
    </div>
  );
}
