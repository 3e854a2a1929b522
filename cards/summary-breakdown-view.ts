// A unit's breakdown where leadership reads it: "kvinnor 12 · män 8" after the value in the
// summary's drill-down, in the plan's part order.
import type { Locale } from "../services/i18n/locale";
import { formatNumber } from "../services/rules/format-number";
import { partLabel, partIds, type PartId } from "../services/plan/breakdown";
import { t } from "./words/t";

/** The parts as one line, or "" when the unit gave none. */
export function partsLine(
  parts: Partial<Record<PartId, number>> | undefined,
  unit: string | undefined,
  locale: Locale,
): string {
  if (!parts) return "";
  const suffix = unit ? `\u00a0${unit}` : "";
  return partIds
    .flatMap((part) => {
      const value = parts[part];
      return value === undefined
        ? []
        : [`${partLabel(part, locale).toLocaleLowerCase(locale)} ${formatNumber(value)}${suffix}`];
    })
    .join(" · ");
}

/** The value and its parts: "20 st (kvinnor 12 st · män 8 st)". */
export function withParts(
  value: string,
  parts: Partial<Record<PartId, number>> | undefined,
  unit: string | undefined,
  locale: Locale,
): string {
  const line = partsLine(parts, unit, locale);
  return line ? `${value} (${line})` : value;
}

/** The organisation's parts under an indicator: "Delar: kvinnor 40 st · män 35 st (4 av 5 enheter)". */
export function partsTotalLine(
  totals: { parts: Partial<Record<PartId, number>>; units: number }[] | undefined,
  of: number,
  unit: string | undefined,
  locale: Locale,
): string {
  const groups = (totals ?? []).flatMap((total) => {
    const line = partsLine(total.parts, unit, locale);
    if (!line) return [];
    return [t(locale, "parts.total", { line, units: total.units, of })];
  });
  if (groups.length === 0) return "";
  return t(locale, "parts.heading", { groups: groups.join("; ") });
}
