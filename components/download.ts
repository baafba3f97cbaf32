import type { ExportFile } from '~/lib/collection/export';

/** Saves `file` through the browser's own download (a link to a local blob): no permission, nothing leaves the machine. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The download has started by then; the blob is only memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
