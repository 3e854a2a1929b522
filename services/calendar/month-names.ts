// Month names as people write them: Swedish in full and abbreviated, English as a courtesy.

/** Swedish month names, January first, as written inside a sentence (lower case). */
export const SWEDISH_MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const ENGLISH_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...SWEDISH_MONTHS.map((name, i) => [name, i + 1] as const),
  ...ENGLISH_MONTHS.map((name, i) => [name, i + 1] as const),
  ...Object.entries(ABBREVIATIONS),
]);

/** 1–12 for a month name or abbreviation (any case, a trailing dot allowed), else undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS.get(name.toLocaleLowerCase("sv").replace(/\.$/, ""));
}

/** "Mars" for 3: the month's name at the start of a label. */
export function monthTitle(month: number): string {
  const name = SWEDISH_MONTHS[month - 1] ?? "";
  return name.charAt(0).toLocaleUpperCase("sv") + name.slice(1);
}
