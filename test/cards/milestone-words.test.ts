// A missed milestone reads as the report card names it ("Delmål Q2", "Delmål under året"), in
// both languages, with the words from the catalog.
import { missedMilestoneLines } from "../../cards/summary-milestones-view";
import type { MissedMilestone } from "../../services/summary/period-summary";

const missed = (period: string | undefined, state?: MissedMilestone["state"]): MissedMilestone => ({
  itemId: "a1",
  name: "Kompetensförsörjning",
  unitId: "u1",
  unitName: "Tiohundra AB",
  text: "Utvärdera",
  ...(period ? { period } : {}),
  ...(state ? { state } : {}),
});

describe("missed milestones in the summary", () => {
  test.each([
    [
      "sv",
      "Q2",
      "delayed",
      "⚑ Delmål Q2 ej nått: Utvärdera – Kompetensförsörjning, Tiohundra AB (försenad)",
    ],
    [
      "en",
      "Q2",
      "delayed",
      "⚑ Milestone Q2 missed: Utvärdera – Kompetensförsörjning, Tiohundra AB (delayed)",
    ],
    [
      "sv",
      undefined,
      undefined,
      "⚑ Delmål under året ej nått: Utvärdera – Kompetensförsörjning, Tiohundra AB (ingen status angiven)",
    ],
    [
      "en",
      undefined,
      "inProgress",
      "⚑ Milestone during the year missed: Utvärdera – Kompetensförsörjning, Tiohundra AB (in progress)",
    ],
  ] as const)(
    "when a milestone of %s due %s is missed with state %s, then its line names it as the card does",
    (locale, period, state, expected) => {
      expect(missedMilestoneLines([missed(period, state)], locale)).toEqual([expected]);
    },
  );
});
