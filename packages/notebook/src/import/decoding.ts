// Bytes → text: binaries refused by name; then BOMs (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM (its
// zero bytes give it away); strict UTF-8; UTF-8 with a few stray Windows-1252
// bytes (text pasted together from two sources); else a legacy encoding guessed
// by jschardet (a maintained detector, not a hand-written one). Control
// characters are dropped; a file that is mostly control characters is refused.
// Every step is one pass over the bytes (jschardet sees at most the first 64 KiB).
import jschardet from 'jschardet';
import { DossierError } from '@dossier/core';
import { recogniseBinary } from './binary-signatures.js';
import { decodeUtf8WithStrayBytes } from './stray-bytes.js';

/** jschardet's names that the WHATWG decoders (TextDecoder) know by another name. */
const DECODER_LABELS: Record<string, string> = {
  cp932: 'shift_jis',
  cp949: 'euc-kr',
  cp874: 'windows-874',
  'tis-620': 'windows-874',
  cp866: 'ibm866',
  maccyrillic: 'x-mac-cyrillic',
  'big5-hkscs': 'big5',
  big5hkscs: 'big5',
  'euc-jis-2004': 'euc-jp',
  ascii: 'windows-1252',
};

export function decodeArticleBytes(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  const refuse = (why: string) => new DossierError('refused_file', `${fileName}: ${why}`);
  if (!bytes.length) throw refuse('is empty');
  const binary = recogniseBinary(bytes);
  if (binary) throw refuse(`looks like ${binary}, not text`);
  const decoded = decode(bytes, refuse);
  let text = decoded.text.replace(/\r\n?/gu, '\n');
  let control = 0;
  for (let i = 0; i < text.length; i++) if (isControlCharacter(text.charCodeAt(i))) control++;
  if (control > text.length * 0.1) throw refuse('is mostly control characters, not text');
  if (control) text = text.replace(CONTROL_CHARACTERS, '');
  text = text.normalize('NFC');
  if (!text.trim()) throw refuse('is empty (it holds only white space)');
  return { text, encoding: decoded.encoding };
}

function decode(bytes: Uint8Array, refuse: (why: string) => DossierError): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (startsWithBytes(bytes, [0xff, 0xfe, 0, 0]) || startsWithBytes(bytes, [0, 0, 0xfe, 0xff])) {
    return decodeUtf32(bytes.subarray(4), bytes[0] === 0xff, refuse);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16.toUpperCase() };
  if (bytes.subarray(0, 8192).includes(0)) throw refuse('looks like a binary file (it contains NUL bytes), not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not valid UTF-8 as a whole: mostly UTF-8 with a few stray bytes, or a legacy encoding.
  }
  const mixed = decodeUtf8WithStrayBytes(bytes);
  if (mixed) return { text: mixed.text, encoding: `UTF-8 (${mixed.stray} stray Windows-1252 bytes)` };
  const guess = jschardet.detect(Buffer.from(bytes.subarray(0, 65536)));
  const detected = guess.encoding && guess.confidence > 0.2 ? guess.encoding : 'windows-1252';
  const label = DECODER_LABELS[detected.toLowerCase()] ?? detected;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw refuse(`is in the ${detected} encoding, which Dossier cannot read; save it as UTF-8 and import it again`);
  }
  return { text: decoder.decode(bytes), encoding: detected };
}

const startsWithBytes = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** UTF-32 (after its byte-order mark), which TextDecoder does not read. */
function decodeUtf32(
  body: Uint8Array,
  littleEndian: boolean,
  refuse: (why: string) => DossierError,
): { text: string; encoding: string } {
  const encoding = littleEndian ? 'UTF-32LE' : 'UTF-32BE';
  if (body.length % 4) throw refuse(`is cut short: ${encoding} text must be a whole number of 4-byte units`);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const parts: string[] = [];
  for (let at = 0; at < body.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw refuse(`is not valid ${encoding} text`);
    parts.push(String.fromCodePoint(code));
  }
  return { text: parts.join(''), encoding };
}

/**
 * UTF-16 saved without a byte-order mark: the zero high bytes of its ASCII
 * letters, spaces and punctuation all fall on one side (odd offsets for little-endian),
 * none on the other; binaries have zeros on both. Looks at the first 4 KiB only.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const units = sample.length / 2;
  if (oddZeros >= units * 0.1 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= units * 0.1 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** C0 controls but tab, newline, vertical tab, form feed and carriage return; DEL; the C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/gu;

function isControlCharacter(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}
