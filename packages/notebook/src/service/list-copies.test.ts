// The library list is handed out without a second deep copy (dispatch skips the
// clone of an output marked fresh), so each row it returns must be a copy of
// its own: whatever a caller does to the rows never reaches the notebook.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, isFreshOutput } from '@dossier/core';
import { call, TempNotebooks } from '../../test/fixture.js';

const notebooks = new TempNotebooks();
afterEach(() => notebooks.cleanUp());

const seededNotebook = async () => (await notebooks.seeded('list-copies')).notebook;

describe('articles.list hands out rows of its own', () => {
  it('marks the list as fresh, so dispatch delivers it without cloning', async () => {
    const notebook = await seededNotebook();
    const direct = await notebook.service['articles.list']({});
    expect(isFreshOutput(direct)).toBe(true);
  });

  it('keeps the notebook as it was when a caller edits the rows and their sources', async () => {
    const notebook = await seededNotebook();
    // A deep copy of its own: rows that shared objects with the notebook would change with it.
    const before = structuredClone(await call(notebook.service, 'articles.list', {}));
    const result = await dispatch(notebook.service, 'articles.list', {});
    if (!result.ok) throw new Error(result.error.message);
    const rows = result.value as typeof before;
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      row.title = 'changed by the caller';
      row.source.fileName = 'changed.txt';
      row.highlightCount = 99;
    }
    rows.reverse();
    rows.pop();
    expect(await call(notebook.service, 'articles.list', {})).toEqual(before);
    const first = await call(notebook.service, 'articles.get', { id: before[0]!.id });
    expect(first.title).toBe(before[0]!.title);
    expect(first.source.fileName).toBe(before[0]!.source.fileName);
  });
});
