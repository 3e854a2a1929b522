// The Teams app icons: drawn as SVG by scripts/draw-icons.ts and rendered on the same path as the
// summary chart (resvg, then sharp); the committed files must be what the script draws.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readPng, type RenderedPixels } from "../../cards/chart/svg-to-png";
import { drawColourIcon, drawOutlineIcon } from "../../scripts/draw-icons";

const teams = path.resolve(__dirname, "..", "..", "infra", "teams");

async function read(name: string): Promise<RenderedPixels> {
  const image = await readPng(readFileSync(path.join(teams, name)));
  if (!image) throw new Error(`${name} is not a PNG`);
  return image;
}

describe("the Teams icons", () => {
  test("when read, then color.png is a 192×192 PNG and outline.png a 32×32 PNG", async () => {
    expect(await read("color.png")).toMatchObject({ width: 192, height: 192 });
    expect(await read("outline.png")).toMatchObject({ width: 32, height: 32 });
  });

  test("when read, then the outline icon is white on a transparent background", async () => {
    const { pixels } = await read("outline.png");
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

  test("when read, then the colour icon's background is the manifest's accentColor", async () => {
    const manifest = JSON.parse(readFileSync(path.join(teams, "manifest.json"), "utf8"));
    const { pixels } = await read("color.png");
    const hex = `#${[pixels[0], pixels[1], pixels[2]].map((c) => (c ?? 0).toString(16).padStart(2, "0")).join("")}`;
    expect(hex.toUpperCase()).toBe(manifest.accentColor.toUpperCase());
    expect(pixels[3]).toBe(255);
  });

  test("when drawn again by scripts/draw-icons.ts, then the committed PNGs have the same pixels", async () => {
    for (const [name, draw] of [
      ["color.png", drawColourIcon],
      ["outline.png", drawOutlineIcon],
    ] as const) {
      const drawn = await readPng(await draw());
      expect(Buffer.from((await read(name)).pixels).equals(Buffer.from(drawn?.pixels ?? []))).toBe(
        true,
      );
    }
  });

  test("when bytes are not a PNG, then they are not read as one", async () => {
    expect(await readPng(Buffer.from("GIF89a not a png"))).toBeUndefined();
  });
});
