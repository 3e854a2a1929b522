// Reads the value a person typed for an indicator: a number or yes/no, within what the indicator
// can be, or a Swedish sentence saying what to write instead.
import { isDomainError } from "../errors";
import { isWithin, possibleRange, type Indicator } from "../plan";
import { formatNumber, parseValue } from "../rules";

/** The value as a number or yes/no, or a Swedish sentence saying what to write instead. */
export function readValue(indicator: Indicator, value: string): number | boolean | string {
  let reading: number | boolean;
  try {
    reading = parseValue(value);
  } catch (error) {
    if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
    return indicator.valueType === "yesno"
      ? `”${value}” är inget svar. Välj ja eller nej.`
      : `”${value}” kunde inte läsas som ett tal. Skriv t.ex. 6,5 eller 12 559${indicator.valueType === "percent" ? " eller 87 %" : ""}.`;
  }
  if (indicator.valueType === "yesno" && typeof reading !== "boolean") {
    return "Svara ja eller nej.";
  }
  if (indicator.valueType !== "yesno" && typeof reading === "boolean") {
    return "Skriv ett tal, t.ex. 6,5.";
  }
  if (typeof reading === "number" && !isWithin(possibleRange(indicator), reading)) {
    return outOfRange(indicator, reading);
  }
  return reading;
}

/** Says the possible range, so the person sees at once what went wrong ("-1 går inte: 0–100 %"). */
function outOfRange(indicator: Indicator, value: number): string {
  const { min, max } = possibleRange(indicator);
  const unit =
    indicator.valueType === "percent"
      ? "\u00a0%"
      : indicator.unitOfMeasure
        ? `\u00a0${indicator.unitOfMeasure}`
        : "";
  const shown = (n: number) => `${formatNumber(n)}${unit}`;
  const range =
    min !== undefined && max !== undefined
      ? `mellan ${shown(min)} och ${shown(max)}`
      : min !== undefined
        ? `minst ${shown(min)}`
        : `högst ${shown(max ?? 0)}`;
  return `${formatNumber(value)}${unit} är inte möjligt för ${indicator.name}: värdet ska vara ${range}. Rätta värdet.`;
}
