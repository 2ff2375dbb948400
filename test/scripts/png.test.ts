/**
 * The icons' lossless re-encoding (scripts/png.ts): the same pixels, never
 * a larger file, and the committed icons already as small as it makes them.
 * The reference image here is filtered by this test's own reading of the PNG
 * specification, every filter type in turn, so the decoder is checked
 * against code it does not share.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeRgba, optimizePng } from '../../scripts/png.ts';

const WIDTH = 16;
const HEIGHT = 40;

/** A PNG of `pixels` (RGBA rows), row y filtered with type y % 5, written straight from the specification. */
function referencePng(pixels: number[][]): Buffer {
  const paeth = (a: number, b: number, c: number) => {
    const p = a + b - c;
    const pa = Math.abs(p - a);
    const pb = Math.abs(p - b);
    const pc = Math.abs(p - c);
    if (pa <= pb && pa <= pc) return a;
    return pb <= pc ? b : c;
  };
  const bytes: number[] = [];
  pixels.forEach((row, y) => {
    const type = y % 5;
    const up = pixels[y - 1] ?? [];
    bytes.push(type);
    row.forEach((value, x) => {
      const left = x >= 4 ? (row[x - 4] ?? 0) : 0;
      const above = up[x] ?? 0;
      const corner = x >= 4 ? (up[x - 4] ?? 0) : 0;
      const guess = [0, left, above, Math.floor((left + above) / 2), paeth(left, above, corner)][type] ?? 0;
      bytes.push((value - guess + 256) % 256);
    });
  });
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(bytes))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pixelsOf = (png: Buffer) => decodeRgba(png).rows.map((row) => [...row]);

describe('optimizePng', () => {
  // Deterministic values in steps of 8, so that Paeth's ties (equal distances) come up where they change the pick.
  const pixels = Array.from({ length: HEIGHT }, (_, y) =>
    Array.from({ length: WIDTH * 4 }, (_, x) => Math.floor(((x * x * 31 + y * y * 17 + x * y * 7) % 251) / 8) * 8),
  );
  const reference = referencePng(pixels);

  it('reads every filter type as the specification defines it', () => {
    expect(pixelsOf(reference)).toEqual(pixels);
  });

  it('keeps every pixel and never grows the file', () => {
    const optimized = optimizePng(reference);
    expect(pixelsOf(optimized)).toEqual(pixels);
    expect(optimized.length).toBeLessThanOrEqual(reference.length);
  });

  it.each([16, 32, 48, 128])('has already made the %ipx icon as small as it can', (size) => {
    const icon = readFileSync(`public/icons/icon-${size}.png`);
    expect(optimizePng(icon).equals(icon)).toBe(true);
    expect(decodeRgba(icon).width).toBe(size);
  });
});
