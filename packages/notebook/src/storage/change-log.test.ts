// The change log: a change's puts and removes are recorded as it makes them,
// without comparing the notebook's collections, and a failed change is put
// back exactly; the check mode catches a record replaced without being recorded.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@dossier/core';
import { ChangeLog } from './change-log.js';
import { emptyNotebook, type NotebookData } from './notebook-file.js';

function highlight(id: string, note = ''): Annotation {
  return {
    id,
    articleId: 'a1',
    target: { position: { start: 0, end: 1 }, quote: { exact: 'q', prefix: '', suffix: '' } },
    tags: [],
    note,
    color: 'yellow',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    orphan: false,
  };
}

function notebookWith(count: number): NotebookData {
  const data = emptyNotebook('test');
  for (let i = 0; i < count; i++) data.annotations.push(highlight(`h${i}`));
  return data;
}

describe('the change log', () => {
  it('records a pushed record as a put, whatever the collection holds', () => {
    const data = notebookWith(5);
    const log = new ChangeLog();
    log.begin(data);
    const added = highlight('new');
    data.annotations.push(added);
    expect(log.ops(data)).toEqual([{ t: 'annotation', v: added }]);
  });

  it('records a record replaced through replaceAt, once, with its newest version', () => {
    const data = notebookWith(5);
    const log = new ChangeLog();
    log.begin(data);
    log.replaceAt(data, 'annotations', 2, highlight('h2', 'first'));
    const last = highlight('h2', 'second');
    log.replaceAt(data, 'annotations', 2, last);
    expect(log.ops(data)).toEqual([{ t: 'annotation', v: last }]);
  });

  it('finds removals by comparing a new array with the old', () => {
    const data = notebookWith(4);
    const log = new ChangeLog();
    log.begin(data);
    data.annotations = data.annotations.filter((a) => a.id !== 'h1');
    expect(log.ops(data)).toEqual([{ t: 'annotation-', id: 'h1' }]);
  });

  it('records tags and the name when they change, and nothing for a change that changed nothing', () => {
    const data = notebookWith(2);
    const log = new ChangeLog();
    log.begin(data);
    log.replaceAt(data, 'annotations', 0, data.annotations[0]!);
    expect(log.ops(data)).toEqual([]);
    data.name = 'renamed';
    data.tags = [{ path: 'war', color: 'red' }];
    expect(log.ops(data)).toEqual([
      { t: 'tags', v: data.tags },
      { t: 'name', v: 'renamed' },
    ]);
  });

  it('puts back pushes, replacements, new arrays, tags and the name of a failed change', () => {
    const data = notebookWith(3);
    data.tags = [{ path: 'a', color: 'red' }];
    const before = structuredClone(data);
    const originals = data.annotations.slice();
    const log = new ChangeLog();
    log.begin(data);
    data.annotations.push(highlight('new'));
    log.replaceAt(data, 'annotations', 0, highlight('h0', 'edited'));
    data.annotations = data.annotations.filter((a) => a.id !== 'h1');
    log.replaceAt(data, 'annotations', 0, highlight('h0', 'edited on the new array'));
    data.tags[0] = { path: 'b', color: 'blue' };
    data.name = 'renamed';
    log.restore(data);
    expect(data).toEqual(before);
    // The very records, not copies: the saved state is the records as they were.
    data.annotations.forEach((a, i) => expect(a).toBe(originals[i]));
  });

  it('in check mode, refuses a change that replaced a record without recording it', () => {
    const data = notebookWith(3);
    const log = new ChangeLog(true);
    log.begin(data);
    data.annotations[1] = highlight('h1', 'edited behind its back');
    expect(() => log.ops(data)).toThrow(/without recording it/u);
  });

  it('in check mode, accepts every recorded kind of change', () => {
    const data = notebookWith(3);
    const log = new ChangeLog(true);
    log.begin(data);
    data.annotations.push(highlight('new'));
    log.replaceAt(data, 'annotations', 1, highlight('h1', 'edited'));
    data.links.push({ id: 'l1' } as NotebookData['links'][number]);
    expect(log.ops(data).map((op) => op.t)).toEqual(['annotation', 'annotation', 'link']);
  });
});
