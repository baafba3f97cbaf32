/**
 * Storage errors in words a reader can act on. `lost` says what a full disk cost (by default: the
 * articles being added).
 */
export function storageError(error: unknown, lost = 'nothing was added. Remove articles or free disk space, then try again.'): Error {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new Error(`The browser has no more room for your knowledge base: ${lost}`);
  return error instanceof Error ? error : new Error(String(error));
}
