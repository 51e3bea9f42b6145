// Bytes → text: BOMs first, then strict UTF-8, then a legacy encoding guessed
// by jschardet (a maintained detector, not a hand-written one). Binaries are refused.
import jschardet from 'jschardet';
import { DossierError } from '@dossier/core';

const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document (PDF import comes later)', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows executable', [0x4d, 0x5a]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

export function decodeArticleBytes(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  const refuse = (why: string) => new DossierError('refused_file', `${fileName}: ${why}`);
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw refuse(`looks like ${kind}, not text`);
  }
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    [text, encoding] = [new TextDecoder('utf-8').decode(bytes.subarray(3)), 'UTF-8'];
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE'];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE'];
  } else {
    if (bytes.subarray(0, 8192).includes(0)) throw refuse('looks like a binary file (it contains NUL bytes), not text');
    try {
      [text, encoding] = [new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'UTF-8'];
    } catch {
      const guess = jschardet.detect(Buffer.from(bytes.subarray(0, 65536)));
      const label = guess.encoding && guess.confidence > 0.2 ? guess.encoding : 'windows-1252';
      try {
        [text, encoding] = [new TextDecoder(label).decode(bytes), label];
      } catch {
        throw refuse(`its encoding could not be recognised (${label})`);
      }
    }
  }
  text = text.replace(/\r\n?/gu, '\n').normalize('NFC');
  if (!text.trim()) throw refuse('is empty');
  let control = 0;
  for (const ch of text) if (isControlCharacter(ch.charCodeAt(0))) control++;
  if (control > text.length * 0.1) throw refuse('is mostly control characters, not text');
  return { text, encoding };
}

/** C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL. */
function isControlCharacter(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}
