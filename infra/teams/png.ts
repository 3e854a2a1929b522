// PNG bytes with nothing but node:zlib: writing the RGBA images the icon script draws, and reading
// any plain 8-bit PNG back so the packaging can check an icon's size and pixels. Interlaced and
// 16-bit images are refused: the icons are ours, and Teams wants small plain files.
import { crc32, deflateSync, inflateSync } from "node:zlib";

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row, not premultiplied. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > SIGNATURE.length && SIGNATURE.equals(bytes.subarray(0, SIGNATURE.length));
}

/** Encodes an RGBA image as a PNG (colour type 6, 8 bits, filter 0 on every row). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) {
    throw new Error(`PNG: expected ${width * height * 4} bytes of RGBA, got ${pixels.length}`);
  }
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 4 + 1);
    rows[start] = 0;
    rows.set(pixels.subarray(y * width * 4, (y + 1) * width * 4), start + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Decodes a non-interlaced 8-bit PNG (grey, RGB, palette, grey+alpha or RGBA) to RGBA. */
export function decodePng(bytes: Uint8Array): RgbaImage {
  if (!isPng(bytes)) throw new Error("not a PNG file");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = SIGNATURE.length;
  let header: Buffer | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("ascii", offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = body;
    else if (type === "PLTE") palette = body;
    else if (type === "tRNS") transparency = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  if (!header) throw new Error("PNG without IHDR");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = header.subarray(8, 13);
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colourType ?? -1];
  if (bitDepth !== 8 || interlace !== 0 || channels === undefined) {
    throw new Error(
      `PNG format not supported here (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}): use 8-bit RGBA`,
    );
  }
  const raw = unfilter(inflateSync(Buffer.concat(data)), width, height, channels);
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = raw.subarray(i * channels, (i + 1) * channels);
    const rgba = toRgba(colourType ?? 6, p, palette, transparency);
    pixels.set(rgba, i * 4);
  }
  return { width, height, pixels };
}

function toRgba(
  colourType: number,
  p: Uint8Array,
  palette: Buffer | undefined,
  transparency: Buffer | undefined,
): number[] {
  const [a = 0, b = 0, c = 0, d = 255] = p;
  switch (colourType) {
    case 0:
      return [a, a, a, 255];
    case 2:
      return [a, b, c, 255];
    case 3:
      return [
        palette?.[a * 3] ?? 0,
        palette?.[a * 3 + 1] ?? 0,
        palette?.[a * 3 + 2] ?? 0,
        transparency?.[a] ?? 255,
      ];
    case 4:
      return [a, a, a, b];
    default:
      return [a, b, c, d];
  }
}

function unfilter(filtered: Buffer, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)];
    const line = filtered.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (out[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (out[row - stride + x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}
