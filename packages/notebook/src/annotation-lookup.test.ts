import { describe, expect, it } from 'vitest';
import type { Annotation } from '@dossier/core';
import { AnnotationLookup } from './annotation-lookup.js';

function highlight(id: string, articleId: string, note = ''): Annotation {
  return {
    id,
    articleId,
    target: { position: { start: 0, end: 4 }, quote: { exact: 'text', prefix: '', suffix: '' } },
    tags: [],
    note,
    color: 'yellow',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    orphan: false,
  };
}

const ids = (list: Annotation[]) => list.map((a) => a.id);

describe('AnnotationLookup', () => {
  it("answers an article's highlights and a highlight by id, following pushes", () => {
    const data = { annotations: [highlight('h1', 'a1'), highlight('h2', 'a2')] };
    const lookup = new AnnotationLookup(() => data.annotations);
    expect(ids(lookup.of('a1'))).toEqual(['h1']);
    data.annotations.push(highlight('h3', 'a1'));
    expect(ids(lookup.of('a1'))).toEqual(['h1', 'h3']);
    expect(lookup.get('h3')?.articleId).toBe('a1');
    expect(lookup.indexOf('h3')).toBe(2);
    expect(lookup.countOf('a2')).toBe(1);
    expect(lookup.of('a9')).toEqual([]);
    expect(lookup.get('h9')).toBeUndefined();
    expect(lookup.indexOf('h9')).toBe(-1);
  });

  it('gives the record now at its place when a highlight is replaced there', () => {
    const data = { annotations: [highlight('h1', 'a1'), highlight('h2', 'a1')] };
    const lookup = new AnnotationLookup(() => data.annotations);
    expect(lookup.of('a1')[1]!.note).toBe('');
    data.annotations[1] = highlight('h2', 'a1', 'edited');
    expect(lookup.of('a1')[1]!.note).toBe('edited');
    expect(lookup.get('h2')!.note).toBe('edited');
  });

  it('follows the notebook when it filters or replaces its array (a removal, a rollback)', () => {
    const data = { annotations: [highlight('h1', 'a1'), highlight('h2', 'a2'), highlight('h3', 'a1')] };
    const lookup = new AnnotationLookup(() => data.annotations);
    expect(ids(lookup.of('a1'))).toEqual(['h1', 'h3']);
    data.annotations = data.annotations.filter((a) => a.id !== 'h1');
    expect(ids(lookup.of('a1'))).toEqual(['h3']);
    expect(lookup.get('h1')).toBeUndefined();
    expect(lookup.indexOf('h3')).toBe(1);
  });

  it('is never stale after an edit it did not foresee: a splice that shifts records', () => {
    const data = { annotations: [highlight('h1', 'a1'), highlight('h2', 'a2'), highlight('h3', 'a2')] };
    const lookup = new AnnotationLookup(() => data.annotations);
    expect(ids(lookup.of('a2'))).toEqual(['h2', 'h3']);
    // Same array, same length, but every position moved.
    data.annotations.splice(0, 1);
    data.annotations.push(highlight('h4', 'a1'));
    expect(ids(lookup.of('a2'))).toEqual(['h2', 'h3']);
    expect(ids(lookup.of('a1'))).toEqual(['h4']);
    expect(lookup.get('h1')).toBeUndefined();
    expect(lookup.indexOf('h4')).toBe(2);
  });
});
