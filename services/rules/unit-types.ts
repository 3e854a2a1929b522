// The unit types a rule may set thresholds for, with the names plans and people use for them.
// Kept to a known list so that a stray word before a number is never taken for a unit type.

interface UnitType {
  name: string;
  aliases: string[];
}

const UNIT_TYPES: UnitType[] = [
  { name: "HTJ", aliases: ["htj", "hemtjänst", "hemtjänsten"] },
  { name: "SÄBO", aliases: ["säbo", "sabo", "särskilt boende", "särskilda boenden"] },
  { name: "LSS", aliases: ["lss"] },
  { name: "IFO", aliases: ["ifo", "individ- och familjeomsorg", "individ och familjeomsorg"] },
  { name: "HSV", aliases: ["hsv", "hemsjukvård", "hemsjukvården"] },
];

const BY_ALIAS = new Map(
  UNIT_TYPES.flatMap((type) => type.aliases.map((alias) => [alias, type.name] as const)),
);

export const KNOWN_UNIT_TYPES: readonly string[] = UNIT_TYPES.map((type) => type.name);

/** Longest first, so `särskilt boende` wins over any shorter name it starts with. */
export const UNIT_TYPE_PATTERN = [...BY_ALIAS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

/** `Htj`, `hemtjänst` → `HTJ`; undefined when the name is not a known unit type. */
export function canonicalUnitType(name: string): string | undefined {
  return BY_ALIAS.get(name.trim().replace(/\s+/g, " ").toLowerCase());
}
