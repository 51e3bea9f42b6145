// Front matter values come from users and imported pages: a title may hold
// `:`, `"`, `#`, a newline or `---`. A double-quoted YAML scalar with escapes
// is valid whatever the value, so every value is written that way.

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** C0/C1 controls and DEL, and what YAML counts as a line break or byte-order mark. */
function mustEscape(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** `value` as a double-quoted YAML scalar. */
export function yamlString(value: string): string {
  let out = '"';
  for (const c of value) {
    const code = c.codePointAt(0)!;
    out += NAMED_ESCAPES[c] ?? (mustEscape(code) ? `\\u${code.toString(16).padStart(4, '0')}` : c);
  }
  return `${out}"`;
}
