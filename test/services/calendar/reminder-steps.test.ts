import { DateTime } from "luxon";
import {
  resolvePeriods,
  type PeriodDefinition,
  type PeriodOverrides,
} from "../../../services/calendar";

const inStockholm = (instant: string) =>
  DateTime.fromISO(instant).setZone("Europe/Stockholm").toFormat("yyyy-MM-dd HH:mm");

function stepsOf(definition: PeriodDefinition, overrides: PeriodOverrides = {}, year = 2025) {
  const [period] = resolvePeriods({ year, definitions: [definition], overrides });
  return (period?.reminderSteps ?? []).map((step) => ({ ...step, at: inStockholm(step.at) }));
}

describe("reminder steps", () => {
  test("when nothing is set, then T1 reminds on opening, 3 working days before, on the day and 2 after with a copy to the admin", () => {
    expect(stepsOf({ id: "T1", kind: "tertial" })).toEqual([
      { key: "opening", audience: "everyone", copyToAdmin: false, at: "2025-05-02 09:00" },
      {
        key: "before-3",
        audience: "missing",
        copyToAdmin: false,
        workingDaysFromDeadline: -3,
        at: "2025-05-13 09:00",
      },
      {
        key: "deadline",
        audience: "missing",
        copyToAdmin: false,
        workingDaysFromDeadline: 0,
        at: "2025-05-16 09:00",
      },
      {
        key: "after-2",
        audience: "missing",
        copyToAdmin: true,
        workingDaysFromDeadline: 2,
        at: "2025-05-20 09:00",
      },
    ]);
  });

  test("when an admin sets 7 3 1 for T1, then those replace the before-steps and the rest stay", () => {
    const steps = stepsOf({ id: "T1", kind: "tertial" }, { T1: { reminderDaysBefore: [7, 3, 1] } });
    expect(steps.map((step) => [step.key, step.at])).toEqual([
      ["opening", "2025-05-02 09:00"],
      ["before-7", "2025-05-07 09:00"],
      ["before-3", "2025-05-13 09:00"],
      ["before-1", "2025-05-15 09:00"],
      ["deadline", "2025-05-16 09:00"],
      ["after-2", "2025-05-20 09:00"],
    ]);
  });

  test("when a before-step would come on or before the opening day, then it is left out", () => {
    const steps = stepsOf(
      { id: "T1", kind: "tertial" },
      { T1: { reminderDaysBefore: [20, 10, 9, 2] } },
    );
    expect(steps.map((step) => step.key)).toEqual([
      "opening",
      "before-9",
      "before-2",
      "deadline",
      "after-2",
    ]);
  });

  test("when there are no before-days, then only opening, deadline day and after remain", () => {
    const steps = stepsOf({ id: "T1", kind: "tertial" }, { T1: { reminderDaysBefore: [] } });
    expect(steps.map((step) => step.key)).toEqual(["opening", "deadline", "after-2"]);
  });

  test("when the deadline is a Sunday, then its reminder goes on the Friday and the after-step two working days after", () => {
    const steps = stepsOf({
      id: "Q3",
      kind: "quarter",
      opens: "2025-10-01",
      deadline: "2025-10-19",
    });
    expect(steps.map((step) => [step.key, step.at])).toEqual([
      ["opening", "2025-10-01 09:00"],
      ["before-3", "2025-10-14 09:00"],
      ["deadline", "2025-10-17 09:00"],
      ["after-2", "2025-10-21 09:00"],
    ]);
  });

  test("when opening and deadline are the same day, then one reminder goes that day and one after", () => {
    const steps = stepsOf({
      id: "Snabb",
      kind: "custom",
      opens: "2025-05-15",
      deadline: "2025-05-15",
    });
    expect(steps.map((step) => [step.key, step.at])).toEqual([
      ["opening", "2025-05-15 09:00"],
      ["after-2", "2025-05-19 09:00"],
    ]);
  });

  test("when the deadline is just after midsommar, then no step lands on the eve or the weekend", () => {
    const steps = stepsOf(
      { id: "Juni", kind: "custom", opens: "2025-06-02", deadline: "2025-06-24" },
      {
        Juni: { reminderDaysBefore: [3, 2, 1] },
      },
    );
    expect(steps.map((step) => [step.key, step.at])).toEqual([
      ["opening", "2025-06-02 09:00"],
      ["before-3", "2025-06-18 09:00"],
      ["before-2", "2025-06-19 09:00"],
      ["before-1", "2025-06-23 09:00"],
      ["deadline", "2025-06-24 09:00"],
      ["after-2", "2025-06-26 09:00"],
    ]);
  });
});
