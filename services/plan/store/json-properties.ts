// Large values as JSON in Table Storage: a property holds at most 64 KiB (32 Ki UTF-16 units), an
// entity at most 1 MiB. A value too long for one property is split over `name`, `name_1`, …, with
// `name_parts` saying how many; one that would not fit an entity is refused with a clear message.
import { DomainError } from "../../errors";

/** Characters per property: 30 000 UTF-16 units stay under the 64 KiB limit with room to spare. */
const PART_LENGTH = 30_000;
/** Parts per value: 28 × 60 KB stays under the 1 MiB entity limit with the other properties. */
const MAX_PARTS = 14;

export type JsonProperties = Record<string, string | number>;

export function jsonProperties(name: string, value: unknown, what: string): JsonProperties {
  const text = JSON.stringify(value);
  if (text.length <= PART_LENGTH) return { [name]: text };
  const parts: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + PART_LENGTH, text.length);
    // Never cut a surrogate pair (an emoji) in two.
    if (end < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  if (parts.length > MAX_PARTS) {
    throw new DomainError(
      "PLAN_INVALID",
      `${what} är för stor för att sparas (${Math.round(text.length / 1000)} 000 tecken). Dela upp den eller korta texterna.`,
    );
  }
  const properties: JsonProperties = { [`${name}_parts`]: parts.length };
  parts.forEach((part, i) => {
    properties[i === 0 ? name : `${name}_${i}`] = part;
  });
  return properties;
}

/** The value stored by `jsonProperties`, as parsed JSON (to be checked by the caller's schema). */
export function readJsonProperties(entity: Record<string, unknown>, name: string): unknown {
  const count = entity[`${name}_parts`];
  const parts = typeof count === "number" ? count : 1;
  let text = "";
  for (let i = 0; i < parts; i += 1) {
    const part = entity[i === 0 ? name : `${name}_${i}`];
    if (typeof part !== "string") return undefined;
    text += part;
  }
  return JSON.parse(text);
}
