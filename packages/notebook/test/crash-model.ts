// What a notebook must hold after its writer was killed: every acknowledged
// change, while the one change in flight may or may not have landed.
export type WriterOp =
  | { kind: 'import'; names: string[] }
  | { kind: 'create'; articleId: string; note: string; id?: string }
  | { kind: 'note'; id: string; note: string }
  | { kind: 'remove'; id: string }
  | { kind: 'outlet'; articleId: string; outlet: string };

interface Shown {
  articles: { id: string; outlet?: string; source: { fileName: string } }[];
  annotations: { id: string; note: string }[];
}

export class AcknowledgedModel {
  readonly files = new Set<string>();
  readonly notes = new Map<string, string>();
  readonly outlets = new Map<string, string>();
  readonly removed = new Set<string>();
  inFlight: WriterOp | null = null;
  acknowledged = 0;

  /** Feeds one line of the writer's output. */
  read(line: string): void {
    const space = line.indexOf(' ');
    const word = space === -1 ? line : line.slice(0, space);
    if (word === 'begin') this.inFlight = JSON.parse(line.slice(space + 1)) as WriterOp;
    else if (word === 'ack') {
      this.apply(JSON.parse(line.slice(space + 1)) as WriterOp);
      this.inFlight = null;
      this.acknowledged++;
    }
  }

  private apply(op: WriterOp): void {
    if (op.kind === 'import') for (const name of op.names) this.files.add(name);
    else if (op.kind === 'create') this.notes.set(op.id!, op.note);
    else if (op.kind === 'note') this.notes.set(op.id, op.note);
    else if (op.kind === 'remove') {
      this.notes.delete(op.id);
      this.removed.add(op.id);
    } else this.outlets.set(op.articleId, op.outlet);
  }

  /**
   * After a check: the change that was in flight when the writer died either
   * landed or did not; what the notebook shows decides, and the model follows.
   */
  settle(shown: Shown): void {
    const op = this.inFlight;
    this.inFlight = null;
    if (!op) return;
    const note = (id: string) => shown.annotations.find((a) => a.id === id)?.note;
    if (op.kind === 'import' && shown.articles.some((a) => op.names.includes(a.source.fileName))) this.apply(op);
    else if (op.kind === 'create') {
      const made = shown.annotations.find((a) => a.note === op.note);
      if (made) this.apply({ ...op, id: made.id });
    } else if (op.kind === 'note' && note(op.id) === op.note) this.apply(op);
    else if (op.kind === 'remove' && note(op.id) === undefined) this.apply(op);
    else if (op.kind === 'outlet' && shown.articles.find((a) => a.id === op.articleId)?.outlet === op.outlet) {
      this.apply(op);
    }
  }

  /** Every difference between the model and what the reopened notebook shows. */
  losses(shown: Shown): string[] {
    const out: string[] = [];
    const flight = this.inFlight;
    const files = new Set(shown.articles.map((a) => a.source.fileName));
    for (const name of this.files) if (!files.has(name)) out.push(`imported ${name} is missing`);
    // One import call is one change: its files land together or not at all.
    const landed = flight?.kind === 'import' ? flight.names.filter((n) => files.has(n)) : [];
    if (flight?.kind === 'import' && landed.length && landed.length !== flight.names.length) {
      out.push(`an import of ${flight.names.length} files landed in part: only ${landed.join(', ')}`);
    }
    const notes = new Map(shown.annotations.map((a) => [a.id, a.note]));
    for (const [id, note] of this.notes) {
      const seen = notes.get(id);
      const mayDiffer = flight && 'id' in flight && flight.id === id;
      if (seen === note) continue;
      if (mayDiffer && (flight.kind === 'remove' ? seen === undefined : seen === (flight as { note: string }).note)) {
        continue;
      }
      out.push(`highlight ${id}: note ${JSON.stringify(seen)}, acknowledged ${JSON.stringify(note)}`);
    }
    for (const id of this.removed) if (notes.has(id)) out.push(`removed highlight ${id} is back`);
    const outlets = new Map(shown.articles.map((a) => [a.id, a.outlet]));
    for (const [id, outlet] of this.outlets) {
      const seen = outlets.get(id);
      const inFlight = flight?.kind === 'outlet' && flight.articleId === id && seen === flight.outlet;
      if (seen !== outlet && !inFlight) out.push(`article ${id}: outlet ${seen}, acknowledged ${outlet}`);
    }
    return out;
  }
}
