// Files that are not text, named by their first bytes so the refusal can say
// what the file is. A signature that printable text could begin with ("MZ…",
// "SQLite…", "GIF8…") is only matched in full, so an article that happens to
// start with those letters is still read as text.

interface Signature {
  kind: string;
  matches(bytes: Uint8Array): boolean;
}

const startsWith =
  (...magic: number[]) =>
  (bytes: Uint8Array) =>
    magic.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { kind: 'a PNG image', matches: startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { kind: 'a JPEG image', matches: startsWith(0xff, 0xd8, 0xff) },
  {
    kind: 'a GIF image',
    matches: (bytes) => startsWith(...ascii('GIF87a'))(bytes) || startsWith(...ascii('GIF89a'))(bytes),
  },
  { kind: 'a PDF document (give it a .pdf name to import it as one)', matches: startsWith(...ascii('%PDF-')) },
  { kind: 'a ZIP archive or Office document', matches: startsWith(0x50, 0x4b, 0x03, 0x04) },
  { kind: 'a gzip archive', matches: startsWith(0x1f, 0x8b) },
  { kind: 'an ELF executable', matches: startsWith(0x7f, 0x45, 0x4c, 0x46) },
  // "MZ" then a DOS header, which is full of zero bytes.
  {
    kind: 'a Windows executable',
    matches: (bytes) => startsWith(0x4d, 0x5a)(bytes) && bytes.subarray(2, 64).includes(0),
  },
  { kind: 'a WebAssembly module', matches: startsWith(0x00, 0x61, 0x73, 0x6d) },
  { kind: 'an SQLite database', matches: startsWith(...ascii('SQLite format 3\0')) },
];

/** What the bytes are, if they start like a known binary format; else null. */
export function recogniseBinary(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.kind ?? null;
}
