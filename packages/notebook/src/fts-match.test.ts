import { describe, expect, it } from 'vitest';
import { toMatchExpression } from './fts-match.js';

describe('toMatchExpression', () => {
  const typing = {
    combineWith: 'AND' as const,
    queries: [{ queries: ['kremlin'] }, { queries: ['howev'], prefix: true }],
  };

  it('writes a prefix as a prefix query when no single term is known to complete it', () => {
    expect(toMatchExpression(typing).wanted).toBe('(("kremlin") AND ("howev"*))');
  });

  it('writes a prefix that only one indexed term starts with as that term, still read back as a prefix', () => {
    const match = toMatchExpression(typing, (prefix) => (prefix === 'howev' ? 'however' : undefined));
    expect(match.wanted).toBe('(("kremlin") AND ("however"))');
    expect(match.leaves).toEqual([
      { term: 'kremlin', prefix: false, variant: false },
      { term: 'howev', prefix: true, variant: false },
    ]);
  });

  it('never asks about a word that is not a prefix', () => {
    const asked: string[] = [];
    toMatchExpression(typing, (prefix) => {
      asked.push(prefix);
      return undefined;
    });
    expect(asked).toEqual(['howev']);
  });
});
