// The domain: what a notebook holds. Schemas double as runtime validators for
// everything read from disk or received over a transport, so a type and its
// check can never drift apart.
import { z } from 'zod';

/** A block of an article body. Blocks joined by BLOCK_SEPARATOR form the canonical text. */
export const BlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'quote', 'listItem']),
  text: z.string(),
  /** Set when the block is outlet clutter (donation appeal, share line, teaser list…). */
  clutter: z.object({ reason: z.string() }).optional(),
  /** The 1-based page of the PDF the block was read from, so a brief can cite `p. 4`. */
  page: z.number().int().positive().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const ArticleSourceSchema = z.object({
  /** The imported file's name, e.g. `004_807654db1d0bfc78.txt`. */
  fileName: z.string(),
  /** sha256 of the original bytes, hex. */
  hash: z.string(),
  /** Encoding the bytes were decoded with, e.g. `UTF-8`, `windows-1251`. */
  encoding: z.string(),
  byteLength: z.number().int().nonnegative(),
});
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;

/** What the user may edit about an article. Empty string clears a field. */
export const ArticleMetadataSchema = z.object({
  title: z.string().min(1).max(1000),
  outlet: z.string().max(500).optional(),
  url: z.string().max(4000).optional(),
  author: z.string().max(1000).optional(),
  /** ISO date (`2024-10-15`) or date-time. */
  publishedAt: z.string().max(40).optional(),
  language: z.string().max(20).optional(),
});

export const ArticleSchema = ArticleMetadataSchema.extend({
  id: z.string(),
  /** True when the title was derived from the lead because the text had no headline. */
  titleDerived: z.boolean(),
  importedAt: z.string(),
  updatedAt: z.string(),
  source: ArticleSourceSchema,
  blocks: z.array(BlockSchema),
  /** Article-level note, Markdown. */
  note: z.string().default(''),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An article without its body: what lists and the catalog hold. */
export const ArticleSummarySchema = ArticleSchema.omit({ blocks: true, note: true }).extend({
  highlightCount: z.number().int().nonnegative(),
  hasNote: z.boolean(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** W3C Web Annotation style selectors over an article's canonical text. */
export const TextPositionSelectorSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TextQuoteSelectorSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const AnnotationTargetSchema = z.object({
  position: TextPositionSelectorSchema,
  quote: TextQuoteSelectorSchema,
});
export type AnnotationTarget = z.infer<typeof AnnotationTargetSchema>;

/** A hierarchical tag path: `energy/refineries`. */
export const TagPathSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^/\s#][^#\n]*$/u, 'a tag is a path like energy/refineries')
  .transform((t) =>
    t
      .split('/')
      .map((part) => part.trim())
      .filter(Boolean)
      .join('/'),
  )
  .refine((t) => t.length > 0, 'a tag cannot be empty');

export const AnnotationSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  target: AnnotationTargetSchema,
  tags: z.array(z.string()),
  note: z.string(),
  color: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** True when re-anchoring found no place for the quote: kept, listed, never dropped. */
  orphan: z.boolean().default(false),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const TagInfoSchema = z.object({
  path: z.string(),
  color: z.string().optional(),
  description: z.string().optional(),
});
export type TagInfo = z.infer<typeof TagInfoSchema>;

export const LINK_KINDS = ['related', 'same-story', 'supports', 'contradicts', 'follows-up'] as const;
export const LinkKindSchema = z.enum(LINK_KINDS);
export type LinkKind = z.infer<typeof LinkKindSchema>;

/** One end of a link: an article, or a highlight inside it. */
export const LinkEndSchema = z.object({
  articleId: z.string().min(1),
  annotationId: z.string().min(1).optional(),
});
export type LinkEnd = z.infer<typeof LinkEndSchema>;

export const LinkSchema = z.object({
  id: z.string(),
  from: LinkEndSchema,
  to: LinkEndSchema,
  kind: LinkKindSchema,
  note: z.string(),
  origin: z.enum(['manual', 'suggestion']),
  createdAt: z.string(),
});
export type Link = z.infer<typeof LinkSchema>;

export const BRIEF_GROUPINGS = ['tag', 'article'] as const;
export const BriefSelectionSchema = z.object({
  title: z.string().max(300).optional(),
  tags: z.array(z.string()).default([]),
  articleIds: z.array(z.string()).default([]),
  query: z.string().max(1000).optional(),
  groupBy: z.enum(BRIEF_GROUPINGS).default('tag'),
  /**
   * How quotes are cited: `footnotes` (`[^1]` and a list of sources) or `pandoc`
   * (`[@gettleman2017united]`, keys as in the CSL-JSON/BibTeX export).
   */
  citations: z.enum(['footnotes', 'pandoc']).default('footnotes'),
});
export type BriefSelection = z.infer<typeof BriefSelectionSchema>;

/** One row of the library list: an article's columns as the list shows them (articles.rows). */
export const LibraryRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  publishedAt: z.string().optional(),
  importedAt: z.string(),
  /** The imported file's name, shown under the title, e.g. `004_807654db1d0bfc78.txt`. */
  fileName: z.string(),
  highlightCount: z.number().int().nonnegative(),
});
export type LibraryRow = z.infer<typeof LibraryRowSchema>;
