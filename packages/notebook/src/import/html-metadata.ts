// Article metadata from a saved page's head: JSON-LD (schema.org NewsArticle and
// kin) first, because outlets fill it for search engines and it is the most
// precise; then Open Graph and article:* properties; then plain <meta> names;
// then the document itself (<title>, <html lang>, <time>).
import type { DomDocument, DomElement } from './dom-shape.js';
import type { ExtractedMetadata } from './extracted.js';

const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|webpage/iu;

type JsonObject = Record<string, unknown>;

export function readPageMetadata(document: DomDocument): ExtractedMetadata {
  const meta = metaTable(document);
  const ld = jsonLdArticle(document);
  const first = (...values: (string | undefined)[]) => values.map(clean).find((v) => v !== undefined);

  const url = first(
    attr(document.querySelector('link[rel="canonical"]'), 'href'),
    meta.get('og:url'),
    text(ld?.url),
    text(ld?.mainEntityOfPage),
  );
  const person = bylineReader(document);
  const siteDomain = [meta.get('author'), meta.get('dc.creator')].map(clean).find((v) => v && isHostName(v));
  const result: ExtractedMetadata = {
    title: headline(
      first(text(ld?.headline), meta.get('og:title'), meta.get('twitter:title'), documentTitle(document)),
      document,
    ),
    outlet: outletName(
      first(
        meta.get('og:site_name'),
        names(ld?.publisher),
        meta.get('application-name'),
        meta.get('publisher'),
        url ? hostName(url) : undefined,
        siteDomain,
      ),
    ),
    author: first(
      ...[
        names(ld?.author),
        meta.get('author'),
        nonUrl(meta.get('article:author')),
        meta.get('byl'),
        meta.get('byline'),
        meta.get('sailthru.author'),
        meta.get('parsely-author'),
        meta.get('dc.creator'),
      ].map(person),
    ),
    publishedAt: first(
      ...[
        text(ld?.datePublished),
        meta.get('article:published_time'),
        meta.get('og:published_time'),
        meta.get('datepublished'),
        meta.get('date'),
        meta.get('pubdate'),
        meta.get('publishdate'),
        meta.get('publish_date'),
        meta.get('dc.date.issued'),
        meta.get('dc.date'),
        meta.get('sailthru.date'),
        meta.get('parsely-pub-date'),
        meta.get('dcterms.created'),
        attr(document.querySelector('time[datetime]'), 'datetime'),
      ].map(isoDate),
    ),
    url: url && /^https?:\/\//iu.test(url) ? url : undefined,
    language: first(
      attr(document.documentElement, 'lang'),
      meta.get('content-language'),
      meta.get('og:locale')?.replace('_', '-'),
      text(ld?.inLanguage),
    ),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as ExtractedMetadata;
}

/**
 * A byline as a person's name: "By"/"Par" dropped, and refused where it is the
 * outlet's own name or domain (some outlets fill the author field so).
 */
export function bylineReader(document: DomDocument): (value: string | undefined) => string | undefined {
  const meta = metaTable(document);
  const publisher = clean(
    names(jsonLdArticle(document)?.publisher) ?? meta.get('dc.publisher') ?? meta.get('publisher'),
  );
  return (value) => {
    const name = clean(value)?.replace(/^(by|par|por|von):?\s+/iu, '');
    return name && !isHostName(name) && name !== publisher ? name : undefined;
  };
}

/** `<meta name|property|itemprop|http-equiv=… content=…>`, keys lower-cased; the first occurrence wins. */
function metaTable(document: DomDocument): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (!content?.trim()) continue;
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      // `property` may list several space-separated names.
      for (const name of (el.getAttribute(key) ?? '').toLowerCase().split(/\s+/u)) {
        if (name && !table.has(name)) table.set(name, content);
      }
    }
  }
  return table;
}

/** The first JSON-LD object that describes an article (looking inside @graph and arrays). */
function jsonLdArticle(document: DomDocument): JsonObject | undefined {
  const candidates: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      // Some outlets wrap the JSON in CDATA comments.
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*(\/\/)?\s*<!\[CDATA\[|\]\]>\s*$/gu, ''));
    } catch {
      continue;
    }
    collectObjects(parsed, candidates, 0);
  }
  return (
    candidates.find((c) => typeNames(c).some((t) => ARTICLE_TYPES.test(t)) && c.headline) ??
    candidates.find((c) => c.headline || c.datePublished)
  );
}

function collectObjects(value: unknown, into: JsonObject[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into, depth + 1);
    return;
  }
  const object = value as JsonObject;
  into.push(object);
  if (object['@graph']) collectObjects(object['@graph'], into, depth + 1);
}

function typeNames(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** A JSON-LD value as text: a string, or an object's `@id`/`url`. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as JsonObject)['@id'] ?? (value as JsonObject).url);
  return undefined;
}

/** The `name` of a person or organisation, or of each in a list, joined. */
function names(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const found = list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonObject).name : undefined))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => n.trim());
  return found.length ? [...new Set(found)].join(', ') : undefined;
}

const SEPARATOR_AFTER = /^\s+[-|–—:»·]\s+/u;
const SEPARATOR_BEFORE = /\s+[-|–—:»·]\s+$/u;

/**
 * Titles often carry the outlet or section around the headline ("Headline - CNN.com",
 * "TechCrunch | Headline"); where the page's own <h1> is the title less such a part,
 * the <h1> is the headline.
 */
function headline(title: string | undefined, document: DomDocument): string | undefined {
  if (!title) return title;
  for (const el of Array.from(document.querySelectorAll('h1'))) {
    const h1 = clean(el.textContent ?? undefined);
    if (!h1 || h1.length < 8 || h1 === title) continue;
    if (title.startsWith(h1) && SEPARATOR_AFTER.test(title.slice(h1.length))) return h1;
    if (title.endsWith(h1) && SEPARATOR_BEFORE.test(title.slice(0, -h1.length))) return h1;
  }
  return title;
}

/** An outlet named by its host name is shown without `www.`. */
function outletName(name: string | undefined): string | undefined {
  return name && isHostName(name) ? name.replace(/^www\d*\./iu, '') : name;
}

function isHostName(value: string): boolean {
  return /^(www\d*\.)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/iu.test(value);
}

function documentTitle(document: DomDocument): string | undefined {
  return document.querySelector('title')?.textContent ?? undefined;
}

function attr(el: DomElement | null | undefined, name: string): string | undefined {
  return el?.getAttribute(name) ?? undefined;
}

function clean(value: string | undefined): string | undefined {
  const collapsed = value?.replace(/\s+/gu, ' ').trim();
  return collapsed ? collapsed.slice(0, 1000) : undefined;
}

function nonUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//iu.test(value.trim()) ? value : undefined;
}

function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\d*\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A date as ISO 8601. An ISO value is kept as written (its offset is part of
 * what the outlet said); anything else the JavaScript date parser reads is
 * turned into a UTC date-time, or into a plain date where no time was written.
 */
export function isoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/u.test(trimmed)) {
    return trimmed.replace(' ', 'T');
  }
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  // "Tuesday, Aug. 17, 2010" is parsed as local midnight; in UTC that can be the day before.
  if (!/\d:\d/u.test(trimmed)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return date.toISOString();
}
