// Text with [start, end) ranges drawn as <mark>: search snippets.
export function Snippet({ text, marks }: { text: string; marks: readonly (readonly [number, number])[] }) {
  const parts: (string | { text: string })[] = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ text: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <span className="snippet">{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.text}</mark>))}</span>
  );
}
