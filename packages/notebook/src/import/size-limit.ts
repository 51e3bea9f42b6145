// The largest file Dossier imports as one article. Importing costs about half a
// second per MiB (decoding, cleaning, storing, indexing: 3.3–5.3 s at 8 MiB, 23 s
// and over 2 GB of memory at 50 MiB, measured on 2 shared cores), and the
// notebook waits while it runs. 4 MiB is more than "War and Peace" in UTF-8
// (3.2 MB), so any article, report or transcript fits; a bigger file is refused at once.
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/**
 * Saved web pages and PDFs carry markup, fonts and images besides their text,
 * so their files are larger for the same article; they are read in a worker
 * with its own limits on text, depth, memory and time (see extractor.ts).
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** The largest file of this name Dossier imports: e.g. 4 MiB for `notes.txt`, 64 MiB for `report.pdf`. */
export function importLimit(name: string): number {
  return /\.(html?|xhtml|pdf)$/iu.test(name) ? MAX_DOCUMENT_BYTES : MAX_IMPORT_BYTES;
}

/** The one-line refusal for a file above the limit, e.g. `dump.txt: is too large (50 MB; the limit is 4 MB)`. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `${name}: is too large (${Math.round(bytes / 1048576)} MB; the limit is ${importLimit(name) / 1048576} MB for one article)`;
}
