import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlString } from './yaml-scalar.js';

describe('yamlString', () => {
  it('reads back as the same string, whatever characters it holds', () => {
    const awkward = fc.constantFrom(
      ':',
      '"',
      "'",
      '#',
      '\n',
      '\r',
      '\t',
      '\\',
      '---',
      '- ',
      '[',
      '{',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '\u0000',
      '\u0085',
      '\u2028',
      '\ufeff',
      'é',
      '💥',
    );
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(awkward).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(value, (s) => {
        expect(parse(`title: ${yamlString(s)}\nnext: 1\n`)).toEqual({ title: s, next: 1 });
      }),
    );
  });
});
