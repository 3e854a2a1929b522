// Which fields of an answer each kind of item takes: what two answers are compared on, and what a
// card may send for an item.
import type { ItemKind } from "../plan";

export const ALL_FIELDS = ["value", "state", "comment", "text"] as const;

export type AnswerField = (typeof ALL_FIELDS)[number];

export const FIELDS: Record<ItemKind, readonly AnswerField[]> = {
  indicator: ["value", "comment"],
  activity: ["state", "comment"],
  question: ["text"],
};
