// The story index and the entity merging, kept between processes in
// intelligence-stories.ndjson so that a CLI command or a new window does not
// read every article and compare it with its candidates again. Derived data,
// like intelligence-cache.json: rebuildable from the articles at any time.
//
// One JSON value a line, each line led by its checksum: a header naming the
// format and what made the records (feature version, extractor, the aliases
// the entities were merged under), then one record per indexed article in the
// order the articles were added, each with its links to earlier articles (see
// StoryIndex.record), a removal, or a pair scored again. New work is appended;
// the file is written anew when superseded lines outnumber the live ones. A
// line that fails its checksum ends the readable part (a torn append): what
// came before is used, what came after is rebuilt. Every record is used only
// while its article's `updatedAt` is unchanged.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  ENTITY_KINDS,
  STORY_FEATURES_VERSION,
  hashString,
  nameWords,
  type EntityKind,
  type StoredArticle,
} from '@dossier/search';
import { disk } from '../storage/disk.js';
import { syncFolder } from '../storage/atomic-file.js';
import { EXTRACTOR } from './persisted.js';

export const STORY_STATE_FILE = 'intelligence-stories.ndjson';
const FORMAT = 'dossier-story-state';
// 2: a pair's shared names saved as places among its first article's names, posting keys as the terms alone.
const VERSION = 2;

/** A mention as the merger assigned it: [name, kind, entity key]. */
export type ResolvedMention = [string, EntityKind, string];

export type StoryStateLine =
  | { article: StoredArticle; updatedAt: string; language: string; mentions: ResolvedMention[] }
  | { removed: string }
  | { pair: unknown };

interface Header {
  format: string;
  version: number;
  features: string;
  extractor: string;
  /** Checksum of the entity aliases the mentions were merged under. */
  aliases: string;
}

export type StoryStateVerdict =
  { usable: true; lines: StoryStateLine[]; damaged?: string } | { usable: false; reason: string };

/** The header a file must have for this build and these aliases. */
export function storyStateHeader(aliases: unknown): Header {
  return {
    format: FORMAT,
    version: VERSION,
    features: STORY_FEATURES_VERSION,
    extractor: EXTRACTOR,
    aliases: hashString(JSON.stringify(aliases)).toString(16),
  };
}

function encode(value: unknown): string {
  const json = JSON.stringify(value);
  return `${hashString(json).toString(16).padStart(8, '0')} ${json}\n`;
}

function decode(line: string): unknown {
  const json = line.slice(9);
  if (line[8] !== ' ' || line.slice(0, 8) !== hashString(json).toString(16).padStart(8, '0')) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A mention as saved: [name, kind] when the entity's key is the name's own
 * normal form (most mentions name the entity as first seen), else
 * [name, kind, key]. Saves repeating every name in the file.
 */
type SavedMention = [string, EntityKind] | ResolvedMention;
const keyOfName = (name: string): string => nameWords(name).join(' ');

const saveMention = ([name, kind, key]: ResolvedMention): SavedMention =>
  keyOfName(name) === key ? [name, kind] : [name, kind, key];

function readMention(x: unknown): ResolvedMention | undefined {
  if (!Array.isArray(x) || typeof x[0] !== 'string' || !ENTITY_KINDS.includes(x[1] as EntityKind)) return undefined;
  const [name, kind] = x as [string, EntityKind];
  if (x.length === 2) return [name, kind, keyOfName(name)];
  return x.length === 3 && typeof x[2] === 'string' ? [name, kind, x[2]] : undefined;
}

/** A line as written to the file. */
function saveLine(line: StoryStateLine): unknown {
  return 'article' in line ? { ...line, mentions: line.mentions.map(saveMention) } : line;
}

function readLine(value: unknown): StoryStateLine | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.removed === 'string') return { removed: v.removed };
  if ('pair' in v) return { pair: v.pair };
  if (
    typeof v.article === 'object' &&
    v.article !== null &&
    typeof v.updatedAt === 'string' &&
    typeof v.language === 'string' &&
    Array.isArray(v.mentions)
  ) {
    const mentions: ResolvedMention[] = [];
    for (const item of v.mentions) {
      const mention = readMention(item);
      if (!mention) return undefined;
      mentions.push(mention);
    }
    return { article: v.article as StoredArticle, updatedAt: v.updatedAt, language: v.language, mentions };
  }
  return undefined;
}

/** The saved lines when the file was made for `expected`; its records' own shapes are checked as they are restored. */
export async function readStoryState(dir: string, expected: Header): Promise<StoryStateVerdict> {
  const lines: StoryStateLine[] = [];
  let header: unknown;
  let damaged: string | undefined;
  let matches = false;
  try {
    const input = createInterface({
      input: createReadStream(join(dir, STORY_STATE_FILE), 'utf8'),
      crlfDelay: Infinity,
    });
    let n = 0;
    for await (const text of input) {
      n++;
      if (damaged) continue;
      const value = decode(text);
      if (n === 1) {
        header = value;
        matches = JSON.stringify(header) === JSON.stringify(expected);
        if (!matches) break;
        continue;
      }
      const line = readLine(value);
      if (line) lines.push(line);
      else damaged = `line ${n} is damaged`;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { usable: false, reason: 'missing' };
    return { usable: false, reason: `could not be read (${(error as Error).message})` };
  }
  if (header === undefined) return { usable: false, reason: 'damaged: no valid header' };
  const h = header as Partial<Header>;
  if (h.format !== FORMAT) return { usable: false, reason: 'not a Dossier story state' };
  if (h.version !== VERSION) return { usable: false, reason: `format version ${String(h.version)}` };
  if (h.features !== expected.features || h.extractor !== expected.extractor)
    return { usable: false, reason: `made by ${String(h.features)} and ${String(h.extractor)}` };
  if (h.aliases !== expected.aliases) return { usable: false, reason: 'made under other entity aliases' };
  if (!matches) return { usable: false, reason: 'an unexpected header' };
  return damaged ? { usable: true, lines, damaged } : { usable: true, lines };
}

/** Adds lines at the end of a file that has its header; fails when the file is gone (it must then be written anew). */
export async function appendStoryState(dir: string, lines: readonly StoryStateLine[]): Promise<void> {
  if (!lines.length) return;
  const path = join(dir, STORY_STATE_FILE);
  await stat(path);
  await appendFile(path, lines.map((line) => encode(saveLine(line))).join(''));
}

/** Writes the file anew, all or nothing (a temporary file renamed over it), in chunks: it can outgrow one string. */
export async function writeStoryState(dir: string, header: Header, lines: Iterable<StoryStateLine>): Promise<void> {
  const path = join(dir, STORY_STATE_FILE);
  // Named as atomic-file.ts names its temporary files, which archives and checks pass over.
  const temp = join(dir, `.${STORY_STATE_FILE}.${randomBytes(4).toString('hex')}.tmp`);
  const file = await disk.open(temp, 'w');
  try {
    let chunk = encode(header);
    for (const line of lines) {
      chunk += encode(saveLine(line));
      if (chunk.length > 1 << 20) {
        await file.write(chunk);
        chunk = '';
      }
    }
    await file.write(chunk);
    await file.sync();
  } catch (error) {
    await file.close();
    await disk.rm(temp).catch(() => undefined);
    throw error;
  }
  await file.close();
  await disk.rename(temp, path);
  await syncFolder(dir);
}
