// Damaged files, for every stored format: truncated, zero-length, invalid
// JSON, the wrong schema, and a future version. A damaged file is kept aside
// (copied under a .damaged- name, never written over), the notebook opens from
// the last good snapshot or backup where one exists and says what happened,
// `check` reports it and repair restores what can be restored. A file from a
// newer Dossier is refused by name and left exactly as it is.
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { call, folderFiles, seedFiles, tempDir, visibleState } from '../../test/fixture.js';

const S004 = '004_807654db1d0bfc78.txt';
const dirs: string[] = [];
const opened: Notebook[] = [];

afterEach(async () => {
  for (const n of opened.splice(0)) await n.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A notebook whose last change is only in the journal (as a crash leaves it), with a backup of the snapshot. */
async function damagedCandidate() {
  const dir = await tempDir('corrupt');
  dirs.push(dir);
  let notebook = await openNotebook(dir, { create: true });
  const [r] = await call(notebook.service, 'articles.import', { files: await seedFiles([S004]) });
  const articleId = r!.articleId!;
  await call(notebook.service, 'annotations.create', { articleId, quote: 'energy infrastructure', tags: ['energy'] });
  await notebook.close();
  notebook = await openNotebook(dir);
  await call(notebook.service, 'annotations.create', { articleId, quote: 'A diplomat involved', note: 'journal only' });
  const first = await visibleState(notebook.service);
  const article = await call(notebook.service, 'articles.get', { id: articleId });
  await notebook.close();
  // Closing compacted (with a backup); one more change stays only in the journal, as a crash leaves it.
  notebook = await openNotebook(dir);
  await call(notebook.service, 'annotations.update', { id: first.annotations[0]!.id, note: 'edited after' });
  const final = await visibleState(notebook.service);
  const crashed = await tempDir('corrupt-crashed');
  dirs.push(crashed);
  await cp(dir, crashed, { recursive: true });
  await rm(join(crashed, 'notebook.lock'));
  await notebook.close();
  return { dir: crashed, articleId, article, shown: final };
}

type Damage = 'truncated' | 'zero-length' | 'invalid JSON' | 'wrong schema' | 'future version';
const DAMAGES: Damage[] = ['truncated', 'zero-length', 'invalid JSON', 'wrong schema', 'future version'];

function damaged(original: Buffer, damage: Damage, wrongSchema: string, future: string): Buffer {
  if (damage === 'truncated') return original.subarray(0, Math.floor(original.byteLength / 2));
  if (damage === 'zero-length') return Buffer.alloc(0);
  if (damage === 'invalid JSON') return Buffer.from('{"schemaVersion": 1, oops');
  return Buffer.from(damage === 'wrong schema' ? wrongSchema : future);
}

async function damage(dir: string, file: string, how: Damage, wrongSchema: string, future: string) {
  const bytes = damaged(await readFile(join(dir, file)).catch(() => Buffer.from('{}')), how, wrongSchema, future);
  await writeFile(join(dir, file), bytes);
  return bytes;
}

/** The copies kept aside for `file`, with their bytes. */
async function keptAside(dir: string, file: string): Promise<Buffer[]> {
  const files = await folderFiles(dir);
  return [...files].filter(([path]) => path.startsWith(`${file}.damaged-`)).map(([, bytes]) => bytes);
}

async function expectRefusedUntouched(dir: string, file: RegExp) {
  const before = await folderFiles(dir);
  const error = await openNotebook(dir).then(
    (n) => (opened.push(n), new Error('it opened')),
    (e: Error) => e,
  );
  expect(error.message).toMatch(file);
  expect(error.message).toMatch(/made by a newer Dossier/u);
  expect(await folderFiles(dir)).toEqual(before);
}

describe.each(DAMAGES)('notebook.json: %s', (how) => {
  it(
    how === 'future version'
      ? 'is refused and left untouched'
      : 'is kept aside and the notebook opens from the backup and the journal',
    async () => {
      const { dir, shown } = await damagedCandidate();
      const bytes = await damage(
        dir,
        'notebook.json',
        how,
        '{"schemaVersion":1,"articles":"none"}',
        '{"schemaVersion":99}',
      );
      if (how === 'future version') return expectRefusedUntouched(dir, /notebook\.json/u);
      const notebook = await openNotebook(dir);
      opened.push(notebook);
      expect(await visibleState(notebook.service)).toEqual(shown);
      const info = await call(notebook.service, 'notebook.info', {});
      expect(info.warnings!.join('\n')).toMatch(
        /notebook\.json is damaged .*kept as notebook\.json\.damaged-.*opened from the backup/u,
      );
      expect(await keptAside(dir, 'notebook.json')).toEqual([bytes]);
      const report = await call(notebook.service, 'notebook.check', {});
      expect(report.problems.map((p) => p.message).join('\n')).toMatch(/notebook\.json is damaged/u);
      expect(JSON.parse(await readFile(join(dir, 'notebook.json'), 'utf8')).schemaVersion).toBe(1);
    },
  );
});

describe.each(DAMAGES)('journal.jsonl: %s', (how) => {
  it(
    how === 'future version'
      ? 'is refused and left untouched'
      : 'is kept aside, the snapshot opens, and the user is told',
    async () => {
      const { dir, shown } = await damagedCandidate();
      const header = '{"format":"dossier-journal","version":99,"notebook":"x","base":0}\n';
      const bytes = await damage(dir, 'journal.jsonl', how, '{"format":"something-else"}\n', header);
      if (how === 'future version') return expectRefusedUntouched(dir, /journal\.jsonl/u);
      const notebook = await openNotebook(dir);
      opened.push(notebook);
      const now = await visibleState(notebook.service);
      // What was only in the journal may be gone; everything the snapshot held is there.
      expect(now.articles.map((a) => a.id)).toEqual(shown.articles.map((a) => a.id));
      expect(now.annotations.map((a) => a.id)).toEqual(shown.annotations.map((a) => a.id));
      const warnings = (await call(notebook.service, 'notebook.info', {})).warnings!;
      if (how === 'truncated') {
        // A cut inside the journal reads like a crash mid-append: the torn line is dropped, the rest applied.
        expect(warnings).toEqual([]);
        return;
      }
      expect(warnings.join('\n')).toMatch(/journal\.jsonl is damaged .*kept as journal\.jsonl\.damaged-/u);
      expect(await keptAside(dir, 'journal.jsonl')).toEqual([bytes]);
    },
  );
});

describe.each(DAMAGES)('articles/<id>.json: %s', (how) => {
  it(
    how === 'future version'
      ? 'is refused by name and left untouched, even by repair'
      : 'is reported by check and rebuilt by repair from the original bytes',
    async () => {
      const { dir, articleId, article, shown } = await damagedCandidate();
      const file = `articles/${articleId}.json`;
      const bytes = await damage(dir, file, how, '{"id": 5}', '{"schemaVersion": 99, "id": "x"}');
      const notebook = await openNotebook(dir);
      opened.push(notebook);
      const failure = await call(notebook.service, 'articles.get', { id: articleId }).then(
        () => null,
        (e: Error) => e,
      );
      expect(failure?.message).toMatch(how === 'future version' ? /made by a newer Dossier/u : /damaged/u);
      const report = await call(notebook.service, 'notebook.check', {});
      expect(report.ok).toBe(false);
      expect(report.problems.some((p) => p.file === file && p.severity === 'error')).toBe(true);
      const repair = await call(notebook.service, 'notebook.repair', {});
      if (how === 'future version') {
        expect(await readFile(join(dir, file))).toEqual(bytes);
        expect(repair.ok).toBe(false);
        return;
      }
      expect(repair.repaired.join('\n')).toMatch(/rebuilt from .*\.orig/u);
      expect(repair.ok).toBe(true);
      expect((await call(notebook.service, 'articles.get', { id: articleId })).blocks).toEqual(article.blocks);
      expect(await visibleState(notebook.service)).toEqual(shown);
      expect(await keptAside(join(dir, 'articles'), `${articleId}.json`)).toEqual([bytes]);
    },
  );
});

/** A SQLite file at `path`: another program's tables, or our tables stamped with a newer format. */
function sqliteFile(path: string, kind: 'wrong schema' | 'future version'): void {
  const db = new DatabaseSync(path);
  db.exec(
    kind === 'wrong schema'
      ? 'CREATE TABLE notes (id TEXT); INSERT INTO notes VALUES (1);'
      : "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO state VALUES ('format', 'dossier-fts5-99');",
  );
  db.close();
}

describe.each(DAMAGES)('the search index (index/search.sqlite): %s', (how) => {
  it('is kept aside and rebuilt; search answers as before', async () => {
    const { dir } = await damagedCandidate();
    const file = join(dir, 'index', 'search.sqlite');
    if (how === 'wrong schema' || how === 'future version') {
      await rm(file);
      sqliteFile(file, how);
    } else {
      const original = await readFile(file);
      await writeFile(
        file,
        how === 'invalid JSON' ? Buffer.from('{"schemaVersion": 1, oops') : damaged(original, how, '', ''),
      );
    }
    const bytes = await readFile(file);
    const notebook = await openNotebook(dir);
    opened.push(notebook);
    const hits = await call(notebook.service, 'search.query', { q: 'energy' });
    expect(hits.length).toBeGreaterThan(0);
    expect((await call(notebook.service, 'notebook.info', {})).warnings!.join('\n')).toMatch(
      /index\/search\.sqlite was .*kept as search\.sqlite\.damaged-/u,
    );
    expect(await keptAside(join(dir, 'index'), 'search.sqlite')).toEqual([bytes]);
  });
});

describe.each(DAMAGES)('notebook.lock: %s', (how) => {
  it(
    how === 'future version' ? 'is refused and left untouched' : 'is kept aside and replaced by the next writer',
    async () => {
      const { dir, shown } = await damagedCandidate();
      await writeFile(join(dir, 'notebook.lock'), JSON.stringify({ version: 1, pid: 1, host: 'x', since: 'then' }));
      const bytes = await damage(dir, 'notebook.lock', how, '{"pid":"nobody"}', '{"version":99,"pid":1,"host":"x"}');
      if (how === 'future version') return expectRefusedUntouched(dir, /notebook\.lock/u);
      const notebook = await openNotebook(dir);
      opened.push(notebook);
      expect(await visibleState(notebook.service)).toEqual(shown);
      expect((await call(notebook.service, 'notebook.info', {})).warnings!.join('\n')).toMatch(
        /notebook\.lock was damaged/u,
      );
      expect(await keptAside(dir, 'notebook.lock')).toEqual([bytes]);
    },
  );
});
