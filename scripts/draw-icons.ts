// Draws the Teams app icons into infra/teams/: color.png (192×192, the traffic light on the app's
// blue) and outline.png (32×32, the same traffic light in white on transparent). Pure JavaScript:
// shapes are signed distance functions, sampled 8×8 times per pixel for smooth edges.
// Run: npx tsx scripts/draw-icons.ts (a test checks the committed PNGs still match this drawing).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { encodePng, type RgbaImage } from "../infra/teams/png";

/** Negative inside the shape, positive outside, in pixels. */
type Shape = (x: number, y: number) => number;
type Rgba = readonly [number, number, number, number];

interface Layer {
  shape: Shape;
  colour: Rgba;
}

/** The manifest's accentColor (a test holds the two together). */
const BLUE: Rgba = [0x2a, 0x5c, 0xaa, 255];
const HOUSING: Rgba = [0x17, 0x20, 0x2e, 255];
const RIM: Rgba = [0xff, 0xff, 0xff, 255];
const RED: Rgba = [0xe8, 0x4a, 0x4f, 255];
const AMBER: Rgba = [0xf6, 0xb4, 0x00, 255];
const GREEN: Rgba = [0x2e, 0xb8, 0x5c, 255];
const WHITE: Rgba = [255, 255, 255, 255];

const everywhere: Shape = () => -1;

function circle(cx: number, cy: number, r: number): Shape {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

function roundedRect(
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
): Shape {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hw = (right - left) / 2 - radius;
  const hh = (bottom - top) / 2 - radius;
  return (x, y) => {
    const dx = Math.abs(x - cx) - hw;
    const dy = Math.abs(y - cy) - hh;
    const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
    return outside + Math.min(Math.max(dx, dy), 0) - radius;
  };
}

/** The band `width` pixels wide just inside the shape's edge. */
function outline(shape: Shape, width: number): Shape {
  return (x, y) => {
    const d = shape(x, y);
    return Math.max(d, -d - width);
  };
}

function render(width: number, height: number, layers: readonly Layer[]): RgbaImage {
  const pixels = new Uint8Array(width * height * 4);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      // A pixel no edge passes through is the same at every sample point (the distances are
      // exact, so no shape changes sign within 0.75 px of the centre): one sample does.
      const nearEdge = layers.some((l) => Math.abs(l.shape(px + 0.5, py + 0.5)) <= 0.75);
      const samples = nearEdge ? 8 : 1;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          // Source-over, premultiplied, for this sample; the pixel is the mean of its samples.
          let sr = 0;
          let sg = 0;
          let sb = 0;
          let sa = 0;
          for (const layer of layers) {
            if (layer.shape(x, y) > 0) continue;
            const la = layer.colour[3] / 255;
            sr = layer.colour[0] * la + sr * (1 - la);
            sg = layer.colour[1] * la + sg * (1 - la);
            sb = layer.colour[2] * la + sb * (1 - la);
            sa = la + sa * (1 - la);
          }
          r += sr;
          g += sg;
          b += sb;
          a += sa;
        }
      }
      const n = samples * samples;
      const i = (py * width + px) * 4;
      const alpha = a / n;
      pixels[i] = alpha > 0 ? Math.round(r / n / alpha) : 0;
      pixels[i + 1] = alpha > 0 ? Math.round(g / n / alpha) : 0;
      pixels[i + 2] = alpha > 0 ? Math.round(b / n / alpha) : 0;
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return { width, height, pixels };
}

/** 192×192: a dark traffic light with white rim and three lit lamps, on the app's blue. */
export function drawColourIcon(): RgbaImage {
  const housing = roundedRect(66, 30, 126, 162, 28);
  return render(192, 192, [
    { shape: everywhere, colour: BLUE },
    { shape: housing, colour: HOUSING },
    { shape: outline(housing, 4), colour: RIM },
    { shape: circle(96, 62, 17), colour: RED },
    { shape: circle(96, 96, 17), colour: AMBER },
    { shape: circle(96, 130, 17), colour: GREEN },
  ]);
}

/** 32×32: the same traffic light, white on transparent, as Teams wants outline icons. */
export function drawOutlineIcon(): RgbaImage {
  // Whole-pixel edges where they can be: crisp at 32 pixels.
  const housing = roundedRect(8, 1, 24, 31, 6);
  return render(32, 32, [
    { shape: outline(housing, 2), colour: WHITE },
    { shape: circle(16, 8, 3), colour: WHITE },
    { shape: circle(16, 16, 3), colour: WHITE },
    { shape: circle(16, 24, 3), colour: WHITE },
  ]);
}

export const ICON_DIRECTORY = path.join(__dirname, "..", "infra", "teams");

if (require.main === module) {
  const color = path.join(ICON_DIRECTORY, "color.png");
  const outlinePath = path.join(ICON_DIRECTORY, "outline.png");
  writeFileSync(color, encodePng(drawColourIcon()));
  writeFileSync(outlinePath, encodePng(drawOutlineIcon()));
  process.stdout.write(`Ritade ${color} och ${outlinePath}\n`);
}
