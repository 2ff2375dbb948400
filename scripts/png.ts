/**
 * Lossless re-encoding of the 8-bit RGBA PNGs Chromium writes for the icons
 * (scripts/render-icons.ts): the same pixels, with the row filters that
 * compress best, deflated at level 9. The icons come out about a third
 * smaller than Chromium writes them, and a PNG does not shrink again in the
 * store zip.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Chunk {
  type: string;
  data: Buffer;
}

function chunksOf(png: Buffer): Chunk[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** What filter `type` predicts for byte `x` of a row, from the bytes left, above and above-left. */
function predict(type: number, row: Uint8Array, above: Uint8Array, x: number, bpp: number): number {
  const a = x >= bpp ? (row[x - bpp] ?? 0) : 0;
  const b = above[x] ?? 0;
  const c = x >= bpp ? (above[x - bpp] ?? 0) : 0;
  return [0, a, b, (a + b) >> 1, paeth(a, b, c)][type] ?? 0;
}

interface Image {
  width: number;
  height: number;
  /** Unfiltered rows, `width * 4` bytes each. */
  rows: Uint8Array[];
  header: Buffer;
}

/** The pixels of an 8-bit RGBA, non-interlaced PNG, row by row. */
export function decodeRgba(png: Buffer): Image {
  const chunks = chunksOf(png);
  const header = chunks.find((c) => c.type === 'IHDR')?.data;
  if (!header) throw new Error('PNG without IHDR');
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  if (header[8] !== 8 || header[9] !== 6 || header[12] !== 0) throw new Error('not an 8-bit RGBA, non-interlaced PNG');
  const data = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * 4;
  const rows: Uint8Array[] = [];
  let above: Uint8Array = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const type = data[start] ?? 0;
    const row = new Uint8Array(data.subarray(start + 1, start + 1 + stride));
    for (let x = 0; x < stride; x++) row[x] = ((row[x] ?? 0) + predict(type, row, above, x, 4)) & 255;
    rows.push(row);
    above = row;
  }
  return { width, height, rows, header };
}

/** One row filtered with `type` (its first byte), and that filter's cost by the minimum-sum heuristic. */
function filterRow(type: number, row: Uint8Array, above: Uint8Array): { line: Uint8Array; cost: number } {
  const line = new Uint8Array(row.length + 1);
  line[0] = type;
  let cost = 0;
  for (let x = 0; x < row.length; x++) {
    const value = ((row[x] ?? 0) - predict(type, row, above, x, 4)) & 255;
    line[x + 1] = value;
    cost += value < 128 ? value : 256 - value;
  }
  return { line, cost };
}

/** Every row filtered with `type`, or with the cheapest type for that row. */
function filtered(rows: readonly Uint8Array[], type: number | 'per-row'): Buffer {
  let above: Uint8Array = new Uint8Array(rows[0]?.length ?? 0);
  const lines = rows.map((row) => {
    const candidates = (type === 'per-row' ? [0, 1, 2, 3, 4] : [type]).map((t) => filterRow(t, row, above));
    above = row;
    return candidates.reduce((best, next) => (next.cost < best.cost ? next : best)).line;
  });
  return Buffer.concat(lines);
}

/**
 * The same image re-encoded: each of the five filters for every row, and the
 * specification's per-row minimum-sum choice, deflated at level 9; the
 * smallest result is kept (or the original, when nothing beats it).
 */
export function optimizePng(png: Buffer): Buffer {
  const { rows, header } = decodeRgba(png);
  const encodings = ([0, 1, 2, 3, 4, 'per-row'] as const).map((type) =>
    Buffer.concat([
      SIGNATURE,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(filtered(rows, type), { level: 9 })),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
  return [png, ...encodings].reduce((best, next) => (next.length < best.length ? next : best));
}
