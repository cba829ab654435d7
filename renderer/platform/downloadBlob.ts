/** Saves bytes through the browser's download, the web host's stand-in for a save dialog. */
export function downloadBlob(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next tick; keep the URL a little longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
