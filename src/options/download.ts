/**
 * Saves text as a file the browser downloads: a Blob and an `<a download>`
 * clicked, so NoTrain needs no `downloads` permission. The object URL is
 * released once the browser has had time to start the download.
 */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
