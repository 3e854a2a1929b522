import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { drawColourIcon, drawOutlineIcon } from "../../scripts/draw-icons";
import { decodePng, encodePng, isPng } from "../../infra/teams/png";

const teams = path.resolve(__dirname, "..", "..", "infra", "teams");
const read = (name: string) => decodePng(readFileSync(path.join(teams, name)));

describe("the Teams icons", () => {
  test("when read, then color.png is a 192×192 PNG and outline.png a 32×32 PNG", () => {
    expect(isPng(readFileSync(path.join(teams, "color.png")))).toBe(true);
    expect(read("color.png")).toMatchObject({ width: 192, height: 192 });
    expect(read("outline.png")).toMatchObject({ width: 32, height: 32 });
  });

  test("when read, then the outline icon is white on a transparent background", () => {
    const { pixels } = read("outline.png");
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) transparent++;
      else {
        opaque++;
        expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(400);
  });

  test("when read, then the colour icon's background is the manifest's accentColor", () => {
    const manifest = JSON.parse(readFileSync(path.join(teams, "manifest.json"), "utf8"));
    const { pixels } = read("color.png");
    const hex = `#${[pixels[0], pixels[1], pixels[2]].map((c) => (c ?? 0).toString(16).padStart(2, "0")).join("")}`;
    expect(hex.toUpperCase()).toBe(manifest.accentColor.toUpperCase());
    expect(pixels[3]).toBe(255);
  });

  test("when drawn again by scripts/draw-icons.ts, then the committed PNGs have the same pixels", () => {
    expect(Buffer.from(read("color.png").pixels).equals(Buffer.from(drawColourIcon().pixels))).toBe(
      true,
    );
    expect(
      Buffer.from(read("outline.png").pixels).equals(Buffer.from(drawOutlineIcon().pixels)),
    ).toBe(true);
  });

  test.each([0, 1, 2, 3, 4])(
    "when a PNG uses filter %i on its rows (as image editors write them), then it decodes",
    (filter) => {
      const width = 4;
      const height = 3;
      const pixels = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 53 + 7) % 256);
      const decoded = decodePng(
        withFilter(encodePng({ width, height, pixels }), pixels, width, height, filter),
      );
      expect(decoded.pixels).toEqual(pixels);
    },
  );

  test("when an image is encoded and decoded, then the pixels come back unchanged", () => {
    const pixels = Uint8Array.from({ length: 5 * 3 * 4 }, (_, i) => (i * 37) % 256);
    expect(decodePng(encodePng({ width: 5, height: 3, pixels }))).toEqual({
      width: 5,
      height: 3,
      pixels,
    });
  });
});

/** Replaces the IDAT of an RGBA PNG with rows filtered by `filter` (PNG spec, section 9). */
function withFilter(
  png: Buffer,
  pixels: Uint8Array,
  width: number,
  height: number,
  filter: number,
): Buffer {
  const stride = width * 4;
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : (pixels[y * stride + x] ?? 0));
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const [a, b, c] = [at(x - 4, y), at(x, y - 1), at(x - 4, y - 1)];
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      rows[y * (stride + 1) + 1 + x] = (at(x, y) - predicted) & 0xff;
    }
  }
  const data = deflateSync(rows);
  const idat = Buffer.alloc(12 + data.length);
  idat.writeUInt32BE(data.length, 0);
  idat.write("IDAT", 4, "ascii");
  data.copy(idat, 8); // the CRC is left zero: the decoder does not check it
  const start = png.indexOf("IDAT") - 4;
  const end = start + 12 + png.readUInt32BE(start);
  return Buffer.concat([png.subarray(0, start), idat, png.subarray(end)]);
}
