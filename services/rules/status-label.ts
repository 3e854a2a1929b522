// How a status is named and marked wherever people see it. The symbols differ in shape, not only
// in colour, so that colour is never the only signal (WCAG 1.4.1).
import type { Status } from "./status-rule";

export const STATUS_LABEL: Record<Status, { sv: string; en: string; symbol: string }> = {
  green: { sv: "Grön", en: "Green", symbol: "✔" },
  yellow: { sv: "Gul", en: "Yellow", symbol: "▲" },
  red: { sv: "Röd", en: "Red", symbol: "✖" },
  none: { sv: "Ej bedömd", en: "Not judged", symbol: "–" },
};
