// The one way this app turns a drawing into PNG bytes: SVG rendered by resvg, then written by sharp
// as a palette PNG (a chart of flat colours and text needs few colours, and the card's size limit
// counts every byte). Used by the summary chart and the Teams app icons. Text is set in Inter, shipped
// as TTF files in an npm package, so a fresh machine needs nothing but `npm ci`, and no system font
// is ever used: the picture is the same everywhere.
import path from "node:path";

// Both are native modules loaded on the first picture, not when the bot starts.
const loadResvg = () => import("@resvg/resvg-js");
const loadSharp = async () => (await import("sharp")).default;

export const CHART_FONT = "Inter";

const fontDir = path.dirname(require.resolve("@expo-google-fonts/inter/package.json"));
const FONT_FILES = [
  path.join(fontDir, "400Regular", "Inter_400Regular.ttf"),
  path.join(fontDir, "600SemiBold", "Inter_600SemiBold.ttf"),
];

export interface PngOptions {
  /** Output width in pixels; the height follows the drawing's aspect ratio. */
  width?: number;
  /** Colours in the palette; false writes full RGBA (icons with soft transparent edges). */
  palette?: number | false;
  /** Crisp edges: pattern tiles meet without seams (the chart); else smooth (the icons). */
  crisp?: boolean;
}

export interface RenderedPixels {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row, not premultiplied. */
  pixels: Uint8Array;
}

/** resvg's own PNG: full RGBA with straight (not premultiplied) alpha. */
async function renderSvg(svg: string, options: PngOptions): Promise<Buffer> {
  const { Resvg } = await loadResvg();
  const resvg = new Resvg(svg, {
    fitTo: options.width ? { mode: "width", value: options.width } : { mode: "original" },
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
    shapeRendering: options.crisp ? 1 : 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Buffer> {
  const palette = options.palette ?? 128;
  const sharp = await loadSharp();
  return sharp(await renderSvg(svg, options))
    .png(
      palette === false
        ? { compressionLevel: 9 }
        : { palette: true, colours: palette, dither: 0, effort: 7, compressionLevel: 9 },
    )
    .toBuffer();
}

/** RGBA pixels as PNG bytes: a palette of `palette` colours, or full RGBA when false. */
export async function pixelsToPng(
  image: RenderedPixels,
  palette: number | false = false,
): Promise<Buffer> {
  const { width, height, pixels } = image;
  const sharp = await loadSharp();
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .png(
      palette === false
        ? { compressionLevel: 9 }
        : { palette: true, colours: palette, dither: 0, effort: 7, compressionLevel: 9 },
    )
    .toBuffer();
}

/** A PNG's size and RGBA pixels, or undefined when the bytes are no PNG (the icon checks). */
export async function readPng(bytes: Uint8Array): Promise<RenderedPixels | undefined> {
  const sharp = await loadSharp();
  try {
    const image = sharp(bytes);
    if ((await image.metadata()).format !== "png") return undefined;
    const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
  } catch {
    return undefined; // sharp could not read it: not an image at all
  }
}
