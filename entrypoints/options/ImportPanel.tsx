import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { corpusExtensions } from '~/lib/corpus/read-corpus';
import { IMPORT_PORT_PREFIX } from '~/lib/messages';
import { type ImportReport, type ImportSource, runImport } from '~/lib/user-corpus/import-run';
import { request } from './request';

type Progress = { done: number; total: number; file: string };

/** A picked file as an import source; in a folder import its name keeps the folder path. */
const sourceOf = (file: File): ImportSource => ({
  name: file.webkitRelativePath || file.name,
  size: file.size,
  bytes: async () => new Uint8Array(await file.arrayBuffer()),
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Import .txt, .html and .jsonl files or a folder, with a progress bar and each bad file named. */
export function ImportPanel({ onImported }: { onImported(): void }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  const start = async (files: FileList | null) => {
    if (!files?.length || running.current) return;
    const cancel = new AbortController();
    running.current = cancel;
    const importId = crypto.randomUUID();
    // Held open while the import runs: if this page goes, the background drops what it staged.
    const hold = browser.runtime.connect({ name: `${IMPORT_PORT_PREFIX}${importId}` });
    setReport(null);
    setError(null);
    setProgress({ done: 0, total: files.length, file: '' });
    try {
      const result = await runImport(
        [...files].map(sourceOf),
        {
          stage: (articles) => request('stageImport', { importId, articles }),
          commit: () => request('commitImport', { importId }),
          abandon: () => request('abandonImport', { importId }),
        },
        (done, total, file) => setProgress({ done, total, file }),
        Date.now(),
        cancel.signal,
      );
      setReport(result);
      onImported();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      hold.disconnect();
      running.current = null;
      setProgress(null);
    }
  };

  const accept = corpusExtensions.map((e) => `.${e}`).join(',');
  return (
    <div class="import">
      <p>
        Add articles from files: plain text, saved web pages (HTML) or JSONL (one article a line). A file that cannot be read is named below and skipped;
        nothing already stored is lost.
      </p>
      <label class="pick">
        Choose files
        <input type="file" multiple accept={accept} disabled={progress !== null} onChange={(e) => void start(e.currentTarget.files)} />
      </label>
      <label class="pick">
        Choose a folder
        <input type="file" multiple {...{ webkitdirectory: true }} disabled={progress !== null} onChange={(e) => void start(e.currentTarget.files)} />
      </label>
      {progress && (
        <div class="progress">
          <progress value={progress.done} max={progress.total} aria-label="Import progress" />
          <span>
            {progress.done} of {plural(progress.total, 'file')} read{progress.file && ` (${progress.file})`}
          </span>
          <button type="button" onClick={() => running.current?.abort()}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p class="note error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div class="report" role="status">
          <p>
            {report.added || report.replaced
              ? `Added ${plural(report.added, 'article')}${report.replaced ? ` (${report.replaced} already stored, now updated)` : ''} from ${plural(report.files, 'file')}.`
              : `No articles added from ${plural(report.files, 'file')}.`}
          </p>
          {report.problems.length > 0 && (
            <>
              <p>Skipped:</p>
              <ul class="problems">
                {report.problems.map((p) => (
                  <li key={`${p.file}:${p.line ?? 0}`}>
                    <code>
                      {p.file}
                      {p.line !== undefined && `, line ${p.line}`}
                    </code>
                    : {p.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
