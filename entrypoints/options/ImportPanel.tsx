import { useRef, useState } from 'preact/hooks';
import { type Browser, browser } from 'wxt/browser';
import type { ReadProblem } from '~/lib/corpus/article';
import { corpusExtensions } from '~/lib/corpus/read-corpus';
import { IMPORT_PORT_PREFIX } from '~/lib/messages';
import { type ImportProgress, type ImportReport, progressText, reportSummary, whereOf } from '~/lib/user-corpus/import-report';
import { type ImportSource, runImport } from '~/lib/user-corpus/import-run';
import { cutShort, request } from './request';

/** A picked file as an import source; in a folder import its name keeps the folder path. */
const sourceOf = (file: File): ImportSource => ({ name: file.webkitRelativePath || file.name, blob: file });

/** Lines of a list shown at most: a corpus with thousands of bad lines is counted in full, not listed in full. */
const LISTED = 100;

/** Problems or duplicates, each by file and line, the first LISTED of them. */
function Listed({ title, items }: { title: string; items: readonly ReadProblem[] }) {
  if (!items.length) return null;
  return (
    <>
      <p>{title}</p>
      <ul class="problems">
        {items.slice(0, LISTED).map((p) => (
          <li key={whereOf(p)}>
            <code>{whereOf(p)}</code>: {p.message}
          </li>
        ))}
        {items.length > LISTED && <li>… and {(items.length - LISTED).toLocaleString('en-US')} more</li>}
      </ul>
    </>
  );
}

/** Import .txt, .html and .jsonl files or a folder, with a progress bar and each bad file named. */
export function ImportPanel({ onImported }: { onImported(): void }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  const start = async (files: FileList | null) => {
    if (!files?.length || running.current) return;
    const cancel = new AbortController();
    running.current = cancel;
    const importId = crypto.randomUUID();
    // Held open while the import runs: if this page goes, the background drops what it staged.
    // The background's stop closes it too: then it is opened again (which wakes the background).
    const holdOpen = (): Browser.runtime.Port => {
      const port = browser.runtime.connect({ name: `${IMPORT_PORT_PREFIX}${importId}` });
      port.onDisconnect.addListener(() => {
        if (running.current === cancel) hold = holdOpen();
      });
      return port;
    };
    let hold = holdOpen();
    setReport(null);
    setError(null);
    const sources = [...files].map(sourceOf);
    setProgress({ phase: 'reading', file: '', articles: 0, stored: 0, bytesRead: 0, totalBytes: sources.reduce((sum, s) => sum + s.blob.size, 0) });
    try {
      const result = await runImport(
        sources,
        {
          begin: () => request('beginImport', { importId }),
          stage: (articles) => request('stageImport', { importId, articles }),
          commit: () => request('commitImport', { importId }),
          abandon: () => request('abandonImport', { importId }),
          cutShort,
        },
        setProgress,
        Date.now(),
        cancel.signal,
      );
      setReport(result);
      onImported();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      running.current = null;
      hold.disconnect();
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
          <progress
            {...(progress.phase === 'reading' ? { value: progress.bytesRead, max: progress.totalBytes } : { value: progress.stored, max: progress.articles })}
            aria-label="Import progress"
          />
          <span>{progressText(progress)}</span>
          {/* Once storing has started the import is finished, even if this page goes: nothing to cancel. */}
          {progress.phase === 'reading' && (
            <button type="button" onClick={() => running.current?.abort()}>
              Cancel
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="note error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div class="report" role="status">
          <p>{reportSummary(report)}</p>
          <Listed title="Could not be read:" items={report.problems} />
          <Listed title="Duplicates skipped:" items={report.duplicates} />
        </div>
      )}
    </div>
  );
}
