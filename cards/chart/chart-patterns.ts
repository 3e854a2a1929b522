// Each status's colour and pattern on the chart: solid green, yellow with dark stripes, red with a
// light cross-hatch, grey with white lines, and dots on light grey for not reported. The same order and words
// as the card's legend (✔ ▲ ✖ – ○). Vega paints a fill named `url(#…)` as it is; the patterns it
// points to are put into the SVG by `withPatterns`.
export type ChartStatus = "green" | "yellow" | "red" | "notJudged" | "notReported";

export const STATUS_ORDER: readonly ChartStatus[] = [
  "green",
  "yellow",
  "red",
  "notJudged",
  "notReported",
];

export const PATTERN_FILL: Record<ChartStatus, string> = {
  green: "url(#status-green)",
  yellow: "url(#status-yellow)",
  red: "url(#status-red)",
  notJudged: "url(#status-notJudged)",
  notReported: "url(#status-notReported)",
};

const DEFS = `<defs>
<pattern id="status-green" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="#1a7f37"/></pattern>
<pattern id="status-yellow" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="#f0be14"/><path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#7a5a00" stroke-width="2"/></pattern>
<pattern id="status-red" patternUnits="userSpaceOnUse" width="8" height="8"><rect width="8" height="8" fill="#c42021"/><path d="M0,0 l8,8 M8,0 l-8,8" stroke="#ffd6d6" stroke-width="1.5"/></pattern>
<pattern id="status-notJudged" patternUnits="userSpaceOnUse" width="8" height="6"><rect width="8" height="6" fill="#9a9a9a"/><path d="M0,3 h8" stroke="#ffffff" stroke-width="1.5"/></pattern>
<pattern id="status-notReported" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="#e6e6e6"/><circle cx="3" cy="3" r="1.2" fill="#555"/></pattern>
</defs>`;

/** The SVG with the patterns defined, right after its opening tag. */
export function withPatterns(svg: string): string {
  const open = svg.indexOf(">", svg.indexOf("<svg"));
  if (open < 0) throw new Error("Not an SVG document.");
  return `${svg.slice(0, open + 1)}${DEFS}${svg.slice(open + 1)}`;
}
