// Draws the Teams app icons into infra/teams/: color.png (192×192, the traffic light on the app's
// blue) and outline.png (32×32, the same traffic light in white on transparent). Each is an SVG
// rendered by the same path as the summary chart (resvg, then sharp; cards/chart/svg-to-png.ts).
// Run: npx tsx scripts/draw-icons.ts (a test checks the committed PNGs still match this drawing).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { svgToPng } from "../cards/chart/svg-to-png";

/** The manifest's accentColor (a test holds the two together). */
const BLUE = "#2a5caa";
const HOUSING = "#17202e";
const RED = "#e84a4f";
const AMBER = "#f6b400";
const GREEN = "#2eb85c";

/** 192×192: a dark traffic light with white rim and three lit lamps, on the app's blue. */
export const COLOUR_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
<rect width="192" height="192" fill="${BLUE}"/>
<rect x="68" y="32" width="56" height="128" rx="26" fill="${HOUSING}" stroke="#ffffff" stroke-width="4"/>
<circle cx="96" cy="62" r="17" fill="${RED}"/>
<circle cx="96" cy="96" r="17" fill="${AMBER}"/>
<circle cx="96" cy="130" r="17" fill="${GREEN}"/>
</svg>`;

/** 32×32: the same traffic light, white on transparent, as Teams wants outline icons. */
export const OUTLINE_ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
<rect x="9" y="2" width="14" height="28" rx="5" fill="none" stroke="#ffffff" stroke-width="2"/>
<circle cx="16" cy="8" r="3" fill="#ffffff"/>
<circle cx="16" cy="16" r="3" fill="#ffffff"/>
<circle cx="16" cy="24" r="3" fill="#ffffff"/>
</svg>`;

// Full RGBA, not a palette: the outline's soft edges are white at every alpha.
export function drawColourIcon(): Promise<Buffer> {
  return svgToPng(COLOUR_ICON_SVG, { palette: false });
}

export function drawOutlineIcon(): Promise<Buffer> {
  return svgToPng(OUTLINE_ICON_SVG, { palette: false });
}

export const ICON_DIRECTORY = path.join(__dirname, "..", "infra", "teams");

async function main(): Promise<void> {
  const color = path.join(ICON_DIRECTORY, "color.png");
  const outline = path.join(ICON_DIRECTORY, "outline.png");
  writeFileSync(color, await drawColourIcon());
  writeFileSync(outline, await drawOutlineIcon());
  process.stdout.write(`Ritade ${color} och ${outline}\n`);
}

if (require.main === module) void main();
