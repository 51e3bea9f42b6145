// The API contract: one table of method → input schema → output schema.
// Every transport (CLI, Electron IPC, the browser test bridge) calls
// `dispatch()` with a method name and raw input; nothing else crosses.
import { z } from 'zod';
import {
  AnnotationSchema,
  ArticleMetadataSchema,
  ArticleSchema,
  ArticleSummarySchema,
  BriefSelectionSchema,
  LinkEndSchema,
  LinkKindSchema,
  LibraryRowSchema,
  LinkSchema,
  TagPathSchema,
} from './model.js';
import {
  EntityDetailSchema,
  EntitySummarySchema,
  RelatedItemSchema,
  StoryPageSchema,
  StoryPairSchema,
  StorySchema,
} from './intelligence-schemas.js';

const Id = z.string().min(1).max(200);
const Empty = z.object({}).strict().default({});

/** A file handed to import: its name and its bytes, base64-encoded. */
export const ImportFileSchema = z.object({
  name: z.string().min(1).max(1000),
  dataBase64: z.string(),
});
export type ImportFile = z.infer<typeof ImportFileSchema>;

export const ImportResultSchema = z.object({
  name: z.string(),
  status: z.enum(['imported', 'updated', 'duplicate', 'refused']),
  articleId: z.string().optional(),
  title: z.string().optional(),
  message: z.string().optional(),
  /** Highlights that lost their place when an update changed the text. */
  orphaned: z.number().int().optional(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const SearchHitSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  publishedAt: z.string().optional(),
  /** The imported file's name. */
  source: z.string(),
  score: z.number(),
  /** A short excerpt around the best match; `marks` are [start, end) offsets into it. */
  snippet: z.string(),
  marks: z.array(z.tuple([z.number(), z.number()])),
  /** Offsets of matches in the article's canonical text (for scrolling to them). */
  matches: z.array(z.tuple([z.number(), z.number()])),
  /** Terms of the article that matched (variants included), e.g. `zleneksy`. */
  terms: z.array(z.string()),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchInputSchema = z.object({
  q: z.string().max(1000),
  tags: z.array(z.string()).default([]),
  outlet: z.string().optional(),
  /** Inclusive ISO date bounds on publishedAt. */
  from: z.string().optional(),
  to: z.string().optional(),
  limit: z.number().int().min(1).max(1000).default(50),
});

export const TagCountSchema = z.object({
  path: z.string(),
  count: z.number().int(),
  color: z.string().optional(),
  description: z.string().optional(),
});

/** A link as shown at one of its ends, with the other end's title. */
export const LinkViewSchema = LinkSchema.extend({
  fromTitle: z.string(),
  toTitle: z.string(),
  fromQuote: z.string().optional(),
  toQuote: z.string().optional(),
});
export type LinkView = z.infer<typeof LinkViewSchema>;

export const CheckProblemSchema = z.object({
  file: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const NotebookInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  articleCount: z.number().int(),
  annotationCount: z.number().int(),
  orphanCount: z.number().int(),
  readOnly: z.boolean(),
  /** What was found damaged on disk when the notebook opened, and what was done about it. */
  warnings: z.array(z.string()).optional(),
});

const AnnotationCreateSchema = z
  .object({
    articleId: Id,
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    quote: z.string().min(1).max(100_000).optional(),
    tags: z.array(TagPathSchema).max(100).default([]),
    note: z.string().max(1_000_000).default(''),
    color: z.string().max(40).optional(),
  })
  .refine((v) => v.quote !== undefined || (v.start !== undefined && v.end !== undefined), {
    message: 'give either a quote or a start and end offset',
  })
  .refine((v) => v.start === undefined || v.end === undefined || v.end > v.start, {
    message: 'end must be after start',
  });

export const EXPORT_FORMATS = ['w3c', 'obsidian', 'csl', 'bibtex'] as const;

/** What an export covers. Empty lists mean "everything"; lists combine with AND. */
export const ExportSelectionSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  articleIds: z.array(Id).max(100_000).default([]),
  annotationIds: z.array(Id).max(1_000_000).default([]),
  tags: z.array(z.string().max(200)).max(100).default([]),
  /** Obsidian only: article id → the file an earlier export wrote it to, so re-exports update files in place. */
  existing: z.record(z.string(), z.string().max(500)).default({}),
  /** Obsidian only: file names already in the folder that are not Dossier's, never to be written over. */
  reserved: z.array(z.string().max(500)).max(100_000).default([]),
});

export const ExportedFileSchema = z.object({
  /** Relative path inside the export (a file name, for the single-file formats). */
  path: z.string(),
  content: z.string(),
});

export const AnnotationImportResultSchema = z.object({
  /** The annotation's id in the file. */
  id: z.string(),
  status: z.enum(['imported', 'duplicate', 'refused']),
  articleId: z.string().optional(),
  message: z.string().optional(),
});
export type AnnotationImportResult = z.infer<typeof AnnotationImportResultSchema>;

/** Pasted text (or HTML) with its metadata, made into an article. */
export const CaptureSchema = ArticleMetadataSchema.extend({
  text: z.string().max(20_000_000).optional(),
  html: z.string().max(20_000_000).optional(),
}).refine((v) => Boolean(v.text?.trim() || v.html?.trim()), { message: 'give the text (or HTML) to capture' });

/**
 * The method table. Keys are method names; each has an input and an output schema.
 * Inputs are validated before the service sees them; outputs are what the service returns.
 */
/** Which rows of the library a page holds: its filter, its order, and the slice of that order. */
export const LibraryPageInputSchema = z.object({
  tag: z.string().optional(),
  outlet: z.string().optional(),
  sort: z.enum(['title', 'outlet', 'publishedAt', 'importedAt', 'highlights']).optional(),
  desc: z.boolean().optional(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(1000),
});

export const contract = {
  'notebook.info': { input: Empty, output: NotebookInfoSchema },
  'notebook.check': {
    input: Empty,
    output: z.object({ ok: z.boolean(), problems: z.array(CheckProblemSchema) }),
  },

  'notebook.repair': {
    input: Empty,
    output: z.object({ ok: z.boolean(), problems: z.array(CheckProblemSchema), repaired: z.array(z.string()) }),
  },
  'notebook.archive': {
    /** An absolute path chosen by the user (the main process's save dialog, the CLI's --out). */
    input: z.object({ path: z.string().min(1).max(4096) }),
    output: z.object({ path: z.string(), files: z.number().int(), bytes: z.number().int() }),
  },

  'articles.list': {
    input: z
      .object({
        tag: z.string().optional(),
        outlet: z.string().optional(),
        sort: z.enum(['title', 'outlet', 'publishedAt', 'importedAt', 'highlights']).optional(),
      })
      .default({}),
    output: z.array(ArticleSummarySchema),
  },
  'articles.get': { input: z.object({ id: Id }), output: ArticleSchema },
  'articles.import': {
    input: z.object({ files: z.array(ImportFileSchema).min(1).max(10_000) }),
    output: z.array(ImportResultSchema),
  },
  'articles.update': {
    input: ArticleMetadataSchema.partial().extend({ id: Id, note: z.string().max(1_000_000).optional() }),
    output: ArticleSchema,
  },
  'articles.remove': { input: z.object({ id: Id }), output: z.object({ removed: z.boolean() }) },

  'annotations.list': {
    input: z
      .object({ articleId: Id.optional(), tag: z.string().optional(), orphans: z.boolean().optional() })
      .default({}),
    output: z.array(AnnotationSchema),
  },
  'annotations.create': { input: AnnotationCreateSchema, output: AnnotationSchema },
  'annotations.update': {
    input: z.object({
      id: Id,
      tags: z.array(TagPathSchema).max(100).optional(),
      note: z.string().max(1_000_000).optional(),
      color: z.string().max(40).optional(),
    }),
    output: AnnotationSchema,
  },
  'annotations.remove': { input: z.object({ id: Id }), output: z.object({ removed: z.boolean() }) },

  'tags.list': { input: Empty, output: z.array(TagCountSchema) },
  'tags.rename': {
    input: z.object({ from: TagPathSchema, to: TagPathSchema }),
    output: z.object({ updated: z.number().int() }),
  },
  'tags.merge': {
    input: z.object({ from: TagPathSchema, into: TagPathSchema }),
    output: z.object({ updated: z.number().int() }),
  },

  'links.create': {
    input: z.object({
      from: LinkEndSchema,
      to: LinkEndSchema,
      kind: LinkKindSchema,
      note: z.string().max(100_000).default(''),
    }),
    output: LinkSchema,
  },
  'links.list': {
    input: z.object({ articleId: Id }),
    output: z.object({ outgoing: z.array(LinkViewSchema), incoming: z.array(LinkViewSchema) }),
  },
  'links.remove': { input: z.object({ id: Id }), output: z.object({ removed: z.boolean() }) },

  'search.query': { input: SearchInputSchema, output: z.array(SearchHitSchema) },

  'brief.render': {
    input: BriefSelectionSchema,
    output: z.object({ markdown: z.string(), quoteCount: z.number().int(), articleCount: z.number().int() }),
  },

  // Each story with a bounded set of its pairs; the rest on demand, a story's page or one pair at a time.
  'stories.list': { input: Empty, output: z.array(StorySchema) },
  'stories.get': {
    input: z.object({
      /** Any member of the story: an article is in one story at most. */
      articleId: Id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: StoryPageSchema,
  },
  'stories.pair': {
    input: z.object({ a: Id, b: Id }).refine((p) => p.a !== p.b, { message: 'a pair is two different articles' }),
    output: StoryPairSchema,
  },
  'stories.accept': {
    input: z.object({ articleIds: z.array(Id).min(2).max(1000) }),
    output: z.object({ created: z.number().int() }),
  },
  'stories.dismiss': {
    input: z.object({ articleIds: z.array(Id).min(2).max(1000) }),
    output: z.object({ dismissed: z.number().int() }),
  },
  'related.list': {
    input: z.object({ articleId: Id, annotationId: Id.optional(), limit: z.number().int().min(1).max(50).default(5) }),
    output: z.array(RelatedItemSchema),
  },
  'entities.list': {
    input: z.object({ q: z.string().max(200).optional(), articleId: Id.optional() }).default({}),
    output: z.array(EntitySummarySchema),
  },
  'entities.get': { input: z.object({ key: z.string().min(1).max(500) }), output: EntityDetailSchema },
  'entities.setAliases': {
    input: z.object({
      key: z.string().min(1).max(500),
      name: z.string().trim().min(1).max(300).optional(),
      aliases: z.array(z.string().trim().min(1).max(300)).max(200),
    }),
    output: EntitySummarySchema,
  },
  'articles.capture': { input: CaptureSchema, output: ImportResultSchema },
  'export.render': {
    input: ExportSelectionSchema,
    output: z.object({
      files: z.array(ExportedFileSchema),
      articleCount: z.number().int(),
      annotationCount: z.number().int(),
    }),
  },
  'annotations.importW3c': {
    input: z.object({ json: z.string().min(1).max(200_000_000) }),
    output: z.array(AnnotationImportResultSchema),
  },
  // The library a page at a time: a notebook of 100k articles is ~40 MB as one list.
  'articles.page': {
    input: LibraryPageInputSchema,
    output: z.object({
      total: z.number().int().nonnegative(),
      offset: z.number().int().nonnegative(),
      items: z.array(ArticleSummarySchema),
    }),
  },
  // Each outlet with its article count, most articles first: the sidebar's and search's outlet filters.
  'articles.outlets': {
    input: Empty,
    output: z.array(z.object({ outlet: z.string(), count: z.number().int().positive() })),
  },
  // The library's rows as its list draws them, a page at a time: the same rows as articles.page with only the
  // columns shown, about a third of the bytes to send and to decode while the list scrolls.
  'articles.rows': {
    input: LibraryPageInputSchema,
    output: z.object({
      total: z.number().int().nonnegative(),
      offset: z.number().int().nonnegative(),
      rows: z.array(LibraryRowSchema),
    }),
  },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type MethodInput<M extends Method> = z.output<Contract[M]['input']>;
/** What a caller may send: defaults may be left out. */
export type MethodParams<M extends Method> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;

/** What implements the contract: one async function per method. */
export type DossierService = {
  [M in Method]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What changed, pushed to every view after a successful change. */
export const ChangeEventSchema = z.object({
  type: z.literal('notebook.changed'),
  what: z.array(z.enum(['articles', 'annotations', 'tags', 'links', 'notebook'])),
  articleIds: z.array(z.string()).default([]),
});
export type ChangeEvent = z.infer<typeof ChangeEventSchema>;
