// A saved web page → metadata and text blocks. The page is parsed by linkedom,
// which builds a DOM and runs nothing (no scripts, no loads, no styles); Mozilla
// Readability picks the article out of it. Runs inside the extraction worker.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-shape.js';
import type { ExtractedArticle, ExtractedBlock } from './extracted.js';
import { blocksFromHtml } from './html-blocks.js';
import { bylineReader, readPageMetadata } from './html-metadata.js';

/** Limits a page must stay within; beyond them it is refused with a reason. */
export interface HtmlLimits {
  maxChars: number;
  maxElements: number;
  maxDepth: number;
}

export const HTML_LIMITS: HtmlLimits = {
  /** Decoded characters. A long saved article with its scripts is 2–3 MB. */
  maxChars: 20_000_000,
  /** Elements in the page. The largest page in Readability's test suite has ~25,000. */
  maxElements: 300_000,
  /** Nesting depth of elements. Real pages stay below 60. */
  maxDepth: 1_000,
};

export class ExtractionRefusal extends Error {}

export function extractHtmlArticle(bytes: Uint8Array, limits: HtmlLimits = HTML_LIMITS): ExtractedArticle {
  const { text: decoded, encoding } = decodeHtml(bytes);
  if (decoded.length > limits.maxChars) {
    throw new ExtractionRefusal(
      `the page is too large (${decoded.length} characters; the limit is ${limits.maxChars})`,
    );
  }
  if (!/<[a-z!]/iu.test(decoded)) throw new ExtractionRefusal('this is not an HTML page (no markup found)');
  // HTML copied to the clipboard is a fragment; the parser wants a whole document.
  const html = /<(html|body)[\s>]/iu.test(decoded)
    ? decoded
    : `<!doctype html><html><head></head><body>${decoded}</body></html>`;
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  checkShape(document, limits);
  const metadata = readPageMetadata(document);
  // Readability reads the same metadata itself; ours is kept and its answers only fill gaps.
  const parsed = new Readability(document as never, { serializer: (node) => node, charThreshold: 200 }).parse();
  const content = (parsed?.content as unknown as DomElement | null | undefined) ?? document.body;
  let blocks = content ? blocksFromHtml(content) : [];
  if (!blocks.length && document.body) blocks = blocksFromHtml(document.body);
  if (!blocks.length) throw new ExtractionRefusal('no article text was found in the page');
  const tidy = (value: string | null | undefined) => value?.replace(/\s+/gu, ' ').trim() || undefined;
  metadata.title ??= tidy(parsed?.title);
  metadata.author ??= bylineReader(document)(parsed?.byline ?? undefined);
  metadata.outlet ??= tidy(parsed?.siteName);
  metadata.language ??= tidy(parsed?.lang);
  return { metadata, blocks: withoutRepeatedTitle(blocks, metadata.title), encoding };
}

/** A headline repeated as the body's first heading would be read twice. */
function withoutRepeatedTitle(blocks: ExtractedBlock[], title: string | undefined): ExtractedBlock[] {
  const first = blocks[0];
  if (first?.kind === 'heading' && title && title.toLowerCase().startsWith(first.text.toLowerCase())) {
    return blocks.slice(1);
  }
  return blocks;
}

/** Counts elements and measures depth without recursion, so a hostile nesting cannot overflow the stack. */
function checkShape(document: DomDocument, limits: HtmlLimits): void {
  const root = document.documentElement;
  if (!root) throw new ExtractionRefusal('the page has no document element');
  const stack: [DomNode, number][] = [[root, 1]];
  let count = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    count += 1;
    if (count > limits.maxElements) {
      throw new ExtractionRefusal(`the page has more than ${limits.maxElements} elements`);
    }
    if (depth > limits.maxDepth) {
      throw new ExtractionRefusal(`the page nests elements deeper than ${limits.maxDepth} levels`);
    }
    for (const child of Array.from((node as DomElement).children ?? [])) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
}

/**
 * Bytes → text: a byte-order mark, else the charset the page declares in its
 * first kilobytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252
 * (what browsers assume for an undeclared Western page).
 */
export function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'UTF-16BE');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1];
  // A page re-saved as UTF-8 often keeps its old single-byte declaration; text in
  // a single-byte encoding is practically never valid multi-byte UTF-8, so the bytes win.
  if (declared && SINGLE_BYTE.test(declared) && isMultiByteUtf8(bytes)) return decodeAs(bytes, 'UTF-8');
  if (declared) {
    try {
      return decodeAs(bytes, declared.toLowerCase() === 'utf-16' ? 'UTF-8' : declared);
    } catch {
      // An unknown label: fall through to detection.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return decodeAs(bytes, 'windows-1252');
  }
}

const SINGLE_BYTE = /^(iso-?8859-?\d+|latin-?\d|windows-125\d|cp125\d|us-ascii|ascii)$/iu;

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(bytes: Uint8Array, label: string): { text: string; encoding: string } {
  const decoder = new TextDecoder(label);
  return {
    text: decoder.decode(bytes),
    encoding: decoder.encoding.startsWith('utf') ? decoder.encoding.toUpperCase() : decoder.encoding,
  };
}
