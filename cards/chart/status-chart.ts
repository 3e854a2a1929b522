// Draws the summary chart: the Vega-Lite spec compiled to Vega, rendered headless to SVG (no canvas
// needed), patterns added, then PNG through resvg at one and a half times the width the card shows
// it, so it stays sharp on high-density screens. Vega and Vega-Lite are loaded on the first chart,
// not when the bot starts (together they take seconds to load on a busy machine).
import { withPatterns } from "./chart-patterns";
import { CHART_PIXELS, statusChartSpec, type StatusChartData } from "./status-chart-spec";
import { svgToPng } from "./svg-to-png";

export type { ChartArea, ChartCounts, StatusChartData } from "./status-chart-spec";

export async function statusChartSvg(data: StatusChartData): Promise<string> {
  const [{ compile }, { parse, View }] = await Promise.all([import("vega-lite"), import("vega")]);
  const { spec } = compile(statusChartSpec(data));
  const view = new View(parse(spec), { renderer: "none" });
  try {
    return withPatterns(await view.toSVG());
  } finally {
    view.finalize();
  }
}

export async function statusChartPng(data: StatusChartData): Promise<Buffer> {
  return svgToPng(await statusChartSvg(data), { width: CHART_PIXELS, crisp: true });
}
