import { useState } from 'preact/hooks';
import { request } from './request';

/** Name of the downloaded file. */
const EXPORT_FILE = 'backstory-corpus.jsonl';

/** Downloads the user's corpus as JSONL (read back by the JSONL reader, and by `backstory build`). */
export function ExportButton({ count }: { count: number }) {
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    try {
      const { jsonl } = await request('exportUserCorpus', {});
      const url = URL.createObjectURL(new Blob([jsonl], { type: 'application/x-ndjson' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: EXPORT_FILE });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setError(null);
    } catch (e) {
      setError(`Could not export: ${String(e)}`);
    }
  };
  return (
    <p>
      <button type="button" class="export" disabled={count === 0} onClick={download}>
        Export as JSONL ({count} {count === 1 ? 'article' : 'articles'})
      </button>
      {error && <span class="note error"> {error}</span>}
    </p>
  );
}
