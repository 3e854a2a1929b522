// Numbers written the Swedish way, for explanations and cards: decimal comma, a non-breaking
// space between thousands, so "12 559,5" never wraps in the middle of a number, and the minus sign
// "−" (U+2212) before a negative number, as intl's sv-SE writes it. Every number people type is
// read by parseValue, which takes "−" as well as "-", so a value shown in an input reads back.

const NBSP = "\u00a0";
const MINUS = "\u2212";
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
  const sign = settled < 0 && (whole !== "0" || decimals !== "") ? MINUS : "";
  return `${sign}${grouped}${decimals ? `,${decimals}` : ""}`;
}

/** `75 %`, with the non-breaking space Swedish puts before the per cent sign. */
export function formatPercent(n: number): string {
  return `${formatNumber(n)}${NBSP}%`;
}
