// Numbers written the Swedish way, for explanations and cards: decimal comma and a non-breaking
// space between thousands, so "12 559,5" never wraps in the middle of a number.

const NBSP = "\u00a0";
const MAX_DECIMALS = 6;

/**
 * Rounds away binary noise (0.1 + 0.2) so that figures computed from decimal input compare and
 * print as the decimals people wrote. Twelve significant digits is far beyond what plans report.
 */
export function settle(n: number): number {
  return Number(n.toPrecision(12));
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const settled = settle(n);
  const [whole = "0", fraction = ""] = Math.abs(settled).toFixed(MAX_DECIMALS).split(".");
  const decimals = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, NBSP);
  const sign = settled < 0 && (whole !== "0" || decimals !== "") ? "-" : "";
  return `${sign}${grouped}${decimals ? `,${decimals}` : ""}`;
}

/** `75 %`, with the non-breaking space Swedish puts before the per cent sign. */
export function formatPercent(n: number): string {
  return `${formatNumber(n)}${NBSP}%`;
}
