// What the extraction worker hands back: plain data only (it crosses a thread
// boundary by structured clone), never markup.

/** Metadata found in the file itself; every field is optional because pages often lack it. */
export interface ExtractedMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** ISO date or date-time, e.g. `2015-07-24T05:36:09+01:00`. */
  publishedAt?: string;
  /** The page's canonical address, when it names one. */
  url?: string;
  /** BCP 47 tag, e.g. `en-GB`. */
  language?: string;
}

export interface ExtractedBlock {
  kind: 'heading' | 'paragraph' | 'quote' | 'listItem';
  text: string;
  /** 1-based page of a PDF the text was read from. */
  page?: number;
}

export interface ExtractedArticle {
  metadata: ExtractedMetadata;
  blocks: ExtractedBlock[];
  /** The encoding the bytes were decoded with (`UTF-8`, `windows-1252`, or `binary` for PDF). */
  encoding: string;
}

export type ExtractionFormat = 'html' | 'pdf';

export interface ExtractionJob {
  id: number;
  format: ExtractionFormat;
  name: string;
  bytes: Uint8Array;
  /** Overrides of the HTML limits (see HTML_LIMITS in html-extract.ts). */
  limits?: { maxChars?: number; maxElements?: number; maxDepth?: number };
}

export type ExtractionReply =
  { id: number; ok: true; article: ExtractedArticle } | { id: number; ok: false; message: string };
