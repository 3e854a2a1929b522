// The Swedish words the plan workbook uses in cells for the model's values, each a two-way table,
// so reading, writing and the template's drop-down lists share them.
import { KNOWN_UNIT_TYPES } from "../../rules";
import type { ActivityState, Indicator, PeriodKind } from "../plan-schema";

/** A two-way table between the model's values and the words in the workbook. */
export class Vocabulary<T extends string> {
  constructor(private readonly pairs: readonly (readonly [T, string])[]) {}

  get list(): string[] {
    return this.pairs.map(([, word]) => word);
  }

  word(value: T): string {
    return this.pairs.find(([v]) => v === value)?.[1] ?? value;
  }

  /** The value for a word as written in a cell, in any case; the model's own name is accepted too. */
  value(word: string): T | undefined {
    const wanted = word.trim().toLocaleLowerCase("sv");
    return this.pairs.find(
      ([value, text]) => text.toLocaleLowerCase("sv") === wanted || value.toLowerCase() === wanted,
    )?.[0];
  }
}

export const periodKindWords = new Vocabulary<PeriodKind>([
  ["month", "månad"],
  ["quarter", "kvartal"],
  ["tertial", "tertial"],
  ["interim", "delår"],
  ["year", "helår"],
  ["custom", "egen"],
]);

export const directionWords = new Vocabulary<NonNullable<Indicator["direction"]>>([
  ["higher", "högre"],
  ["lower", "lägre"],
]);

export const valueTypeWords = new Vocabulary<Indicator["valueType"]>([
  ["number", "tal"],
  ["percent", "procent"],
  ["yesno", "ja/nej"],
  ["count", "antal"],
]);

export const aggregationWords = new Vocabulary<NonNullable<Indicator["aggregation"]>>([
  ["mean", "medelvärde"],
  ["sum", "summa"],
  ["weighted", "viktat"],
  ["perUnit", "per enhet"],
  ["shareMeetingTarget", "andel som når målet"],
]);

export const targetForWords = new Vocabulary<NonNullable<Indicator["targetFor"]>>([
  ["unit", "varje enhet"],
  ["organisation", "hela organisationen"],
]);

export const stateWords = new Vocabulary<ActivityState>([
  ["notStarted", "Ej påbörjad"],
  ["inProgress", "Pågår"],
  ["done", "Klar"],
  ["delayed", "Försenad"],
  ["cancelled", "Avbruten"],
]);

export type Role = "reporter" | "owner" | "admin";

export const roleWords = new Vocabulary<Role>([
  ["reporter", "Rapportör"],
  ["owner", "Ansvarig för genomförande"],
  ["admin", "Administratör"],
]);

export const yesNoWords = new Vocabulary<"yes" | "no">([
  ["yes", "ja"],
  ["no", "nej"],
]);

/** The unit types the status rules know; others may be typed in. */
export const unitTypeList = KNOWN_UNIT_TYPES;
