import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64.js';

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

describe('bytesToBase64', () => {
  it('encodes with standard base64 padding', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    expect(bytesToBase64(Uint8Array.of(0xff, 0xfe, 0x00))).toBe('//4A');
  });

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decode(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('encodes files larger than one chunk without overflowing the stack', () => {
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256);
    expect(decode(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('encodes nothing as nothing', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
