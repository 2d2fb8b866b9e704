/**
 * @file A file size as a message shows it ("3.1 MB", "300 KB"), and a size
 * over a limit shown so that it never reads as equal to the limit. One
 * formatter for the guarded reader (src/io) and the loader's own check
 * (src/load). Pure.
 */

const MB = 1024 * 1024;

/** How a size shows in a message: "3.1 MB", "300 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${Math.max(0.1, Math.round((bytes / MB) * 10) / 10)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * A size over `limit` as a message shows it, never equal to the limit's: 3,357
 * bytes against 3 KB is "3.3 KB", one byte over 2 MB "2.1 MB" (one decimal,
 * rounded up), where both would round to the same text.
 */
export function formatSizeOver(bytes: number, limit: number): string {
  const shown = formatSize(bytes);
  if (shown !== formatSize(limit)) return shown;
  return limit >= MB ? `${Math.ceil((bytes / MB) * 10) / 10} MB` : `${Math.ceil((bytes / 1024) * 10) / 10} KB`;
}
