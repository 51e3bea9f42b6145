import { DossierError } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryClause } from './query.js';

/** A clause as plain term lists, for readable expectations. */
const terms = (clauses: QueryClause[]) => clauses.map((c) => c.map((alternative) => alternative.map((t) => t.term)));

describe('parseQuery', () => {
  it('ANDs words, normalised, without stop words', () => {
    const parsed = parseQuery('The Zelenský interview');
    expect(terms(parsed.clauses)).toEqual([[['zelensky']], [['interview']]]);
  });

  it('has no clauses for an empty query or one of stop words only', () => {
    expect(parseQuery('').clauses).toEqual([]);
    expect(parseQuery('   ').clauses).toEqual([]);
    expect(parseQuery('to be or not to be').clauses).toEqual([]);
  });

  it('lets OR join the words on either side into alternatives of one clause', () => {
    const parsed = parseQuery('Qatar talks OR negotiations OR dialogue energy');
    expect(terms(parsed.clauses)).toEqual([[['qatar']], [['talks'], ['negotiations'], ['dialogue']], [['energy']]]);
  });

  it('treats a lower-case or as a stop word and a dangling OR as nothing', () => {
    expect(terms(parseQuery('talks or negotiations').clauses)).toEqual([[['talks']], [['negotiations']]]);
    expect(terms(parseQuery('OR talks OR').clauses)).toEqual([[['talks']]]);
  });

  it('excludes words and phrases written with a leading minus', () => {
    const parsed = parseQuery('energy -Trump -"air defense"');
    expect(terms(parsed.clauses)).toEqual([[['energy']]]);
    expect(terms(parsed.excluded)).toEqual([[['trump']], [['air', 'defense']]]);
  });

  it('keeps a quoted phrase as one alternative of exact terms and reports its words in order', () => {
    const parsed = parseQuery('"the energy sites" Qatar');
    expect(terms(parsed.clauses)).toEqual([[['energy', 'sites']], [['qatar']]]);
    expect(parsed.clauses[0]![0]!.every((t) => t.exact && !t.prefix)).toBe(true);
    expect(parsed.phrases).toEqual([['the', 'energy', 'sites']]);
  });

  it('accepts typographic quotes and an unclosed quote', () => {
    expect(parseQuery('“energy sites”').phrases).toEqual([['energy', 'sites']]);
    expect(parseQuery('"energy sites').phrases).toEqual([['energy', 'sites']]);
  });

  it('matches words of 3+ letters and the last word as prefixes', () => {
    const [ab, kyiv, un] = parseQuery('ab Kyiv un').clauses.map((c) => c[0]![0]!);
    expect([ab!.prefix, kyiv!.prefix, un!.prefix]).toEqual([false, true, true]);
  });

  it('reads filters into options and leaves them out of the words', () => {
    const parsed = parseQuery(
      'refineries tag:energy tag:war/drones outlet:"Kyiv Post" after:2024-01-01 before:2025-01-01',
    );
    expect(terms(parsed.clauses)).toEqual([[['refineries']]]);
    expect(parsed.options).toEqual({
      tags: ['energy', 'war/drones'],
      outlet: 'Kyiv Post',
      from: '2024-01-01',
      to: '2025-01-01',
    });
  });

  it('reads an unknown key: or an empty filter as words', () => {
    expect(terms(parseQuery('note:Qatar').clauses)).toEqual([[['note', 'qatar']]]);
    expect(terms(parseQuery('tag: energy').clauses)).toEqual([[['tag']], [['energy']]]);
  });

  it('rejects a date filter that is not an ISO date with a one-line invalid_input error', () => {
    expect(() => parseQuery('after:yesterday')).toThrow(DossierError);
    expect(() => parseQuery('before:2025-13-45')).toThrow(/before: expects a date like 2024-01-01/);
    expect(parseQuery('after:2024-10-16T08:00:00Z').options.from).toBe('2024-10-16T08:00:00Z');
  });
});
