// Saved web pages and PDFs: extracted in a worker thread (see extractor.ts),
// then cleaned of clutter like any other article.
import { DossierError, type ArticleMetadataSchema, type Block } from '@dossier/core';
import type { z } from 'zod';
import { detectClutter } from './clutter.js';
import type { ExtractionFormat } from './extracted.js';
import { ExtractionFailure, type Extractor } from './extractor.js';

const FORMATS: Record<string, ExtractionFormat> = { html: 'html', htm: 'html', xhtml: 'html', pdf: 'pdf' };

/** The extraction a file name calls for, or null for text and Markdown. */
export function richFormat(fileName: string): ExtractionFormat | null {
  return FORMATS[/\.([a-z]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? ''] ?? null;
}

export type FoundMetadata = Partial<Omit<z.infer<typeof ArticleMetadataSchema>, 'title'>>;

export interface RichArticleBody {
  title: string;
  titleDerived: boolean;
  blocks: Block[];
  encoding: string;
  metadata: FoundMetadata;
}

export async function buildRichArticleBody(
  extractor: Extractor,
  format: ExtractionFormat,
  bytes: Uint8Array,
  fileName: string,
  context: { boilerplate?: ReadonlySet<string> } = {},
): Promise<RichArticleBody> {
  let extracted;
  try {
    extracted = await extractor.extract(format, fileName, bytes);
  } catch (error) {
    if (error instanceof ExtractionFailure) {
      throw new DossierError('refused_file', `${fileName}: ${error.message}`);
    }
    throw error;
  }
  const { title, ...metadata } = extracted.metadata;
  const blocks: Block[] = extracted.blocks.map((b) => ({ ...b }));
  const titleDerived = !title;
  const lead = blocks[0]?.text ?? fileName;
  return {
    title: (title ?? (lead.length <= 80 ? lead : `${lead.slice(0, 80).replace(/\s+\S*$/u, '')}…`)).slice(0, 1000),
    titleDerived,
    blocks: detectClutter(blocks, { ...context, ...(title ? { headline: title } : {}) }),
    encoding: extracted.encoding,
    metadata: trimmed(metadata),
  };
}

/** Metadata cut to the lengths the article schema accepts, so a long value never fails the import. */
function trimmed(found: FoundMetadata): FoundMetadata {
  const limits: Record<keyof FoundMetadata, number> = {
    outlet: 500,
    url: 4000,
    author: 1000,
    publishedAt: 40,
    language: 20,
  };
  const out: FoundMetadata = {};
  for (const key of Object.keys(limits) as (keyof FoundMetadata)[]) {
    const value = found[key]?.trim();
    if (value && value.length <= limits[key]) out[key] = value;
    else if (value && key !== 'publishedAt' && key !== 'url') out[key] = value.slice(0, limits[key]);
  }
  return out;
}
