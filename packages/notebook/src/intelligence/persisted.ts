// What entity extraction found in each article, kept between processes in
// intelligence-cache.json so that a CLI command or a new window on a big
// notebook does not run the language detector and compromise over every
// article again. It is derived data: rebuildable from the articles at any
// time, versioned, validated on read, and used for an article only while the
// article is unchanged (same `updatedAt`) and the extractor is the same. A
// damaged or outdated file is ignored and rewritten; it never blocks the
// notebook. The user's decisions (dismissals, aliases) live apart, in
// intelligence.json, and are checked as the user data they are.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ENTITY_KINDS, type NameMention } from '@dossier/search';
import { writeFileAtomic } from '../storage/atomic-file.js';

export const INTELLIGENCE_CACHE_FILE = 'intelligence-cache.json';
const FORMAT = 'dossier-intelligence-cache';
const VERSION = 1;
/**
 * Names what produced the cached mentions; change it whenever extraction
 * changes (rules in extract-entities.ts, the compromise or franc version),
 * so that older caches are rebuilt instead of trusted.
 */
export const EXTRACTOR = 'compromise-spans+franc-min/4';

const CachedArticleSchema = z.object({
  updatedAt: z.string(),
  language: z.string(),
  mentions: z.array(z.tuple([z.string(), z.enum(ENTITY_KINDS)])),
});
const CacheSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int(),
  extractor: z.string(),
  articles: z.record(z.string(), CachedArticleSchema),
});

export interface CachedArticle {
  updatedAt: string;
  language: string;
  mentions: NameMention[];
}

/** Why a cache file cannot be used, or undefined when it can. */
export type CacheVerdict = { usable: true; articles: Map<string, CachedArticle> } | { usable: false; reason: string };

export async function readIntelligenceCache(dir: string): Promise<CacheVerdict> {
  let raw: string;
  try {
    raw = await readFile(join(dir, INTELLIGENCE_CACHE_FILE), 'utf8');
  } catch {
    return { usable: false, reason: 'missing' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { usable: false, reason: 'not valid JSON' };
  }
  const parsed = CacheSchema.safeParse(json);
  if (!parsed.success) return { usable: false, reason: 'not a Dossier intelligence cache' };
  if (parsed.data.version !== VERSION) return { usable: false, reason: `format version ${parsed.data.version}` };
  if (parsed.data.extractor !== EXTRACTOR)
    return { usable: false, reason: `made by extractor ${parsed.data.extractor}` };
  const articles = new Map<string, CachedArticle>();
  for (const [id, a] of Object.entries(parsed.data.articles)) {
    articles.set(id, {
      updatedAt: a.updatedAt,
      language: a.language,
      mentions: a.mentions.map(([name, kind]) => ({ name, kind })),
    });
  }
  return { usable: true, articles };
}

export async function writeIntelligenceCache(dir: string, articles: ReadonlyMap<string, CachedArticle>): Promise<void> {
  const out: z.infer<typeof CacheSchema> = { format: FORMAT, version: VERSION, extractor: EXTRACTOR, articles: {} };
  for (const [id, a] of articles) {
    out.articles[id] = {
      updatedAt: a.updatedAt,
      language: a.language,
      mentions: a.mentions.map((m) => [m.name, m.kind]),
    };
  }
  await writeFileAtomic(join(dir, INTELLIGENCE_CACHE_FILE), JSON.stringify(out));
}
