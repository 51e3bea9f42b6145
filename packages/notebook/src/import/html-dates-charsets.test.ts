// Two things real saved pages got wrong: a date written without a time, read in a
// time zone east of UTC, and a page re-saved as UTF-8 that still declares Latin-9.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeHtml } from './html-extract.js';
import { isoDate } from './html-metadata.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('dates in page metadata', () => {
  it.each(['Europe/Paris', 'Asia/Tokyo', 'America/Los_Angeles', 'UTC'])(
    'keeps "Tuesday, Aug. 17, 2010" on the 17th in %s',
    (tz) => {
      process.env.TZ = tz;
      expect(isoDate('Tuesday, Aug. 17, 2010')).toBe('2010-08-17');
    },
  );

  it('turns a written date-time into UTC and keeps an ISO value as the outlet wrote it', () => {
    process.env.TZ = 'Europe/Paris';
    expect(isoDate('Sat, 09 Oct 2010 07:15:45 EST')).toBe('2010-10-09T12:15:45.000Z');
    expect(isoDate('2012-10-28T02:48:29+0100')).toBe('2012-10-28T02:48:29+0100');
  });
});

describe('the charset a page declares', () => {
  const page = (charset: string, body: string, encode: (s: string) => Uint8Array) =>
    encode(`<html><head><meta charset="${charset}"></head><body><p>${body}</p></body></html>`);
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('is followed for bytes in that encoding', () => {
    const decoded = decodeHtml(page('iso-8859-15', 'a 70 kilómetros de Lyon', latin1));
    expect(decoded.text).toContain('a 70 kilómetros de Lyon');
  });

  it('gives way to UTF-8 when a page re-saved as UTF-8 still declares a single-byte encoding', () => {
    const decoded = decodeHtml(page('iso-8859-15', 'a 70 kilómetros de Lyon', utf8));
    expect(decoded).toMatchObject({ encoding: 'UTF-8' });
    expect(decoded.text).toContain('a 70 kilómetros de Lyon');
  });
});
