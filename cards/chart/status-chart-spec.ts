// The summary chart as a Vega-Lite spec: one row per goal area, named, with this period's counts
// as a bar split by status and, beside it, the share of green over the year's last periods. Each
// status has a pattern as well as a colour (fills named `url(#…)`, defined in chart-patterns.ts),
// so the chart reads in greyscale and for colour-blind readers.
import type { TopLevelSpec } from "vega-lite";
import type { NonNormalizedSpec } from "vega-lite/build/src/spec";
import { PATTERN_FILL, STATUS_ORDER, type ChartStatus } from "./chart-patterns";
import { CHART_FONT } from "./svg-to-png";

export type ChartCounts = Record<ChartStatus, number>;

export interface ChartArea {
  name: string;
  /** This period's counts; undefined when nothing in the area was due. */
  current?: ChartCounts;
  /** Said in place of the bar when the area has no indicators to count (activities only). */
  note?: string;
  /** Share of green (0–100) of the judged counts in each of the last periods, oldest first. */
  trend: { period: string; share?: number }[];
}

export interface StatusChartData {
  areas: ChartArea[];
  /** The bar's heading, e.g. "Tertial 1 2025", and the trend's, e.g. "Andel gröna". */
  currentTitle: string;
  trendTitle: string;
  legend: Record<ChartStatus, string>;
  /** Said where a bar would be when nothing was due, e.g. "inget att rapportera". */
  nothingDue: string;
}

/**
 * The drawing's width: narrower than the ~420 CSS pixels Teams' message column gives the image, so
 * that stretched to the column its 13 px text reads as about 14 px, as the card's own text does.
 */
export const CHART_WIDTH = 380;
/** The PNG's width in pixels: 1.5 times the column, sharp on high-density screens. */
export const CHART_PIXELS = 660;
const TREND_WIDTH = 120;
const BAR_WIDTH = CHART_WIDTH - TREND_WIDTH - 30;
const ROW_HEIGHT = 26;

export function statusChartSpec(data: StatusChartData): TopLevelSpec {
  const legendRow = legendSpec(data);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    background: "white",
    padding: 8,
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      title: {
        anchor: "start",
        fontSize: 15,
        fontWeight: 600 as const,
        color: "#1f1f1f",
        offset: 4,
      },
      axis: {
        labelFontSize: 11,
        titleFontSize: 11,
        labelColor: "#333",
        domain: false,
        ticks: false,
      },
      concat: { spacing: 12 },
    },
    vconcat: [
      headerSpec(data),
      ...data.areas.map((area, index) => ({
        title: { text: area.name, limit: CHART_WIDTH },
        hconcat: [barSpec(area, data), trendSpec(area, index === 0)],
        bounds: "flush" as const,
        resolve: { scale: { color: "independent" as const } },
      })),
      legendRow,
    ],
  };
}

function headerSpec(data: StatusChartData): NonNormalizedSpec {
  return {
    data: { values: [{ left: data.currentTitle, right: data.trendTitle }] },
    width: CHART_WIDTH - 10,
    height: 14,
    layer: [
      {
        mark: { type: "text" as const, align: "left" as const, fontSize: 13, color: "#555" },
        encoding: { text: { field: "left" }, x: { value: 0 }, y: { value: 7 } },
      },
      {
        mark: { type: "text" as const, align: "left" as const, fontSize: 13, color: "#555" },
        encoding: { text: { field: "right" }, x: { value: BAR_WIDTH + 12 }, y: { value: 7 } },
      },
    ],
  };
}

function barSpec(area: ChartArea, data: StatusChartData): NonNormalizedSpec {
  const counts = area.current;
  const total = counts ? STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0) : 0;
  if (!counts || total === 0) {
    return {
      data: { values: [{ note: lines(area.note ?? data.nothingDue, 34, 2) }] },
      width: BAR_WIDTH,
      height: ROW_HEIGHT,
      mark: {
        type: "text" as const,
        align: "left" as const,
        fontSize: 12,
        lineHeight: 14,
        color: "#555",
      },
      encoding: { text: { field: "note" }, x: { value: 0 }, y: { value: ROW_HEIGHT / 2 } },
    };
  }
  let start = 0;
  const values = STATUS_ORDER.filter((s) => counts[s] > 0).map((status) => {
    const x0 = start;
    const x1 = start + counts[status];
    // The count is written on the segment where it fits (about 22 px).
    const wide = ((x1 - x0) / total) * BAR_WIDTH >= 24;
    const segment = { status, count: counts[status], x0, x1, mid: (x0 + x1) / 2, wide };
    start += counts[status];
    return segment;
  });
  const x = { scale: { domain: [0, total] }, axis: null };
  return {
    data: { values },
    width: BAR_WIDTH,
    height: ROW_HEIGHT,
    layer: [
      {
        mark: { type: "rect" as const, stroke: "#1f1f1f", strokeWidth: 0.75 },
        encoding: {
          x: { field: "x0", type: "quantitative" as const, ...x },
          x2: { field: "x1" },
          fill: {
            field: "status",
            type: "nominal" as const,
            scale: { domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => PATTERN_FILL[s]) },
            legend: null,
          },
        },
      },
      {
        // The count on a white halo, where the segment is wide enough to hold it.
        transform: [{ filter: "datum.wide" }],
        mark: {
          type: "text" as const,
          fontSize: 13,
          fontWeight: 600 as const,
          stroke: "white",
          strokeWidth: 3,
          strokeJoin: "round" as const,
        },
        encoding: {
          x: { field: "mid", type: "quantitative" as const, ...x },
          text: { field: "count" },
        },
      },
      {
        transform: [{ filter: "datum.wide" }],
        mark: { type: "text" as const, fontSize: 13, fontWeight: 600 as const, color: "#1f1f1f" },
        encoding: {
          x: { field: "mid", type: "quantitative" as const, ...x },
          text: { field: "count" },
        },
      },
    ],
  };
}

/**
 * The text in at most `max` lines of about `letters` letters, cut with "…" beyond: Vega cannot
 * measure Inter without a canvas, so lines are made here, by words.
 */
function lines(text: string, letters: number, max: number): string[] {
  const result: string[] = [];
  for (const word of text.split(" ")) {
    const last = result[result.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= letters)
      result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  if (result.length <= max) return result;
  const kept = result.slice(0, max);
  kept[max - 1] = `${kept[max - 1] ?? ""} …`;
  return kept;
}

/** The periods are named above the first row's cells only: the rows below line up with them. */
function trendSpec(area: ChartArea, namePeriods: boolean): NonNormalizedSpec {
  const values = area.trend.map((t) => ({
    period: t.period,
    share: t.share ?? null,
    label: t.share === undefined ? "–" : `${Math.round(t.share)}\u00a0%`,
  }));
  const x = {
    field: "period",
    type: "ordinal" as const,
    sort: null,
    scale: { paddingInner: 0.08 },
    axis: namePeriods
      ? { orient: "top" as const, title: null, labelFontSize: 11, labelPadding: 2, labelAngle: 0 }
      : null,
  };
  return {
    data: { values },
    width: TREND_WIDTH,
    height: ROW_HEIGHT,
    layer: [
      {
        mark: { type: "rect" as const, fill: "white", stroke: "#999", strokeWidth: 1 },
        encoding: { x },
      },
      {
        transform: [{ filter: "datum.share !== null" }],
        mark: { type: "rect" as const, stroke: "#999", strokeWidth: 1 },
        encoding: {
          x,
          color: {
            field: "share",
            type: "quantitative" as const,
            scale: { domain: [0, 100], range: ["#f3f3f3", "#9fd3ac"] },
            legend: null,
          },
        },
      },
      {
        mark: { type: "text" as const, fontSize: 12, color: "#1f1f1f" },
        encoding: { x, text: { field: "label" } },
      },
    ],
  };
}

function legendSpec(data: StatusChartData): NonNormalizedSpec {
  // Each entry as wide as its word (about 6.5 px a letter at 12 px), spread over the width.
  const widths = STATUS_ORDER.map((status) => 24 + data.legend[status].length * 6.5);
  const gap = Math.max(8, (CHART_WIDTH - 10 - widths.reduce((a, b) => a + b, 0)) / 4);
  let x = 8;
  const values = STATUS_ORDER.map((status, index) => {
    const entry = { status, label: data.legend[status], x };
    x += (widths[index] ?? 0) + gap;
    return entry;
  });
  return {
    data: { values },
    width: CHART_WIDTH - 10,
    height: 18,
    layer: [
      {
        mark: {
          type: "rect" as const,
          stroke: "#1f1f1f",
          strokeWidth: 0.75,
          width: 16,
          height: 12,
        },
        encoding: {
          x: { field: "x", type: "quantitative" as const, scale: null, axis: null },
          y: { value: 8 },
          fill: {
            field: "status",
            type: "nominal" as const,
            scale: { domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => PATTERN_FILL[s]) },
            legend: null,
          },
        },
      },
      {
        mark: { type: "text" as const, align: "left" as const, fontSize: 12, dx: 12 },
        encoding: {
          x: { field: "x", type: "quantitative" as const, scale: null, axis: null },
          y: { value: 8 },
          text: { field: "label" },
        },
      },
    ],
  };
}
