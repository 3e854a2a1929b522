// The plans card in both languages, from the catalog: states, buttons and the "… och 1 plan till."
// line with its noun agreeing with the count.
import { plansView, type PlanRow } from "../../cards/plans-card";

const row = (over: Partial<PlanRow>): PlanRow => ({
  id: "norsjo-omsorg-2025",
  name: "Verksamhetsplan 2025 Omsorg",
  organisation: "Norsjö kommun",
  year: 2025,
  archived: false,
  live: true,
  chosen: false,
  open: [],
  ...over,
});

describe("the plans card's words", () => {
  test.each([
    ["sv", 1, "… och 1 plan till."],
    ["sv", 3, "… och 3 planer till."],
    ["en", 1, "… and 1 more plan."],
    ["en", 3, "… and 3 more plans."],
  ] as const)("when %s leaves %i plans out, then the line reads %s", (locale, left, expected) => {
    expect(plansView([row({})], locale, {}).more(left)).toBe(expected);
  });

  test.each<[Partial<PlanRow>, "sv" | "en", string]>([
    [{ archived: true }, "sv", "■ Arkiverad: inga påminnelser"],
    [{ live: false }, "en", "○ No open or coming period"],
    [{ open: ["Tertial 1"] }, "sv", "▶ Öppen: Tertial 1"],
    [{ next: "Tertial 2" }, "sv", "◷ Följs; nästa: Tertial 2"],
    [{}, "en", "◷ Followed; next: the period after the deadline"],
  ])("when a plan is %o, then its state in %s reads %s", (over, locale, expected) => {
    expect(plansView([row(over)], locale, { purpose: "work" }).plans[0]?.state).toBe(expected);
  });
});
