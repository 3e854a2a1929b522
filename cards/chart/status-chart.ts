// The picture on the leadership summary: for each goal area (rows, numbered as on the card) and each
// period of the year (columns), a bar split by status. Each status has its own pattern as well as its
// colour (solid, stripes, cross-hatch, dots), so the chart reads in greyscale and for colour-blind
// readers; the card next to it says the same in words.
import { Canvas, type Rgb } from "./png";
import { drawText, textWidth } from "./font";

export interface ChartCounts {
  green: number;
  yellow: number;
  red: number;
  notJudged: number;
  notReported: number;
}

export interface StatusChartData {
  /** Column headings, e.g. "T1", "T2", "Helår". */
  periods: string[];
  /** Per goal area (in card order), its counts in each period; undefined where nothing was due. */
  areas: (ChartCounts | undefined)[][];
  legend: { green: string; yellow: string; red: string; notJudged: string; notReported: string };
}

const INK: Rgb = [40, 40, 40];
const PAINT: Record<keyof ChartCounts, (x: number, y: number) => Rgb> = {
  green: () => [26, 127, 55],
  yellow: (x, y) => ((x + y) % 6 < 2 ? [150, 110, 0] : [240, 190, 20]),
  red: (x, y) => ((x + y) % 6 < 2 || (x - y + 6000) % 6 < 2 ? [255, 220, 220] : [196, 32, 33]),
  notJudged: () => [150, 150, 150],
  notReported: (x, y) => (x % 4 === 0 && y % 4 === 0 ? [90, 90, 90] : [225, 225, 225]),
};
const ORDER: (keyof ChartCounts)[] = ["green", "yellow", "red", "notJudged", "notReported"];

export function statusChartPng(data: StatusChartData): Buffer {
  const width = 640;
  const margin = 12;
  const labelWidth = 36;
  const headerHeight = 26;
  const rowHeight = 30;
  const barHeight = 20;
  const legendHeight = 34;
  const height = margin * 2 + headerHeight + data.areas.length * rowHeight + legendHeight;
  const canvas = new Canvas(width, height);
  const columns = Math.max(1, data.periods.length);
  const columnWidth = Math.floor((width - margin * 2 - labelWidth) / columns);

  data.periods.forEach((label, column) => {
    const x = margin + labelWidth + column * columnWidth;
    const text = label.slice(0, Math.floor((columnWidth - 8) / 12));
    drawText(canvas, text, x + Math.max(0, (columnWidth - textWidth(text)) / 2), margin + 4, INK);
  });

  data.areas.forEach((row, index) => {
    const y = margin + headerHeight + index * rowHeight;
    drawText(canvas, String(index + 1), margin, y + 3, INK);
    row.forEach((counts, column) => {
      const x = margin + labelWidth + column * columnWidth + 4;
      drawBar(canvas, x, y, columnWidth - 8, barHeight, counts);
    });
  });

  const legendY = height - margin - 16;
  let x = margin;
  for (const status of ORDER) {
    canvas.rect(x, legendY, 16, 14, (px, py) => PAINT[status](px, py));
    outline(canvas, x, legendY, 16, 14);
    x += 22;
    x += drawText(canvas, data.legend[status], x, legendY, INK) + 14;
  }
  return canvas.toPng();
}

function drawBar(
  canvas: Canvas,
  x: number,
  y: number,
  w: number,
  h: number,
  counts: ChartCounts | undefined,
): void {
  const total = counts ? ORDER.reduce((sum, s) => sum + counts[s], 0) : 0;
  if (!counts || total === 0) {
    drawText(canvas, "–", x + w / 2 - 6, y + 3, INK);
    return;
  }
  let left = x;
  ORDER.forEach((status) => {
    const share = counts[status] / total;
    if (share === 0) return;
    const segment = Math.max(2, Math.round(share * w));
    const right = Math.min(x + w, left + segment);
    canvas.rect(left, y, right - left, h, (px, py) => PAINT[status](px, py));
    left = right;
  });
  outline(canvas, x, y, w, h);
}

function outline(canvas: Canvas, x: number, y: number, w: number, h: number): void {
  canvas.rect(x, y, w, 1, () => INK);
  canvas.rect(x, y + h - 1, w, 1, () => INK);
  canvas.rect(x, y, 1, h, () => INK);
  canvas.rect(x + w - 1, y, 1, h, () => INK);
}
