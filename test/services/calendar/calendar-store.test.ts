import { AuditLog } from "../../../services/audit/audit-log";
import { isDomainError } from "../../../services/errors";
import type { Table, TableStore } from "../../../services/storage/tables";
import { CalendarStore, type PlanCalendar } from "../../../services/calendar";
import { testTableStore } from "../../support/storage";

const NOW = () => new Date("2025-04-10T08:00:00Z");

const norsjo: PlanCalendar = {
  planId: "norsjo-omsorg-2025",
  year: 2025,
  definitions: [
    { id: "T1", kind: "tertial", label: "Tertial 1" },
    { id: "T2", kind: "tertial", label: "Tertial 2" },
    { id: "Helår", kind: "year" },
    { id: "Återrapport #1/2", kind: "custom", deadline: "2025-06-13" },
  ],
};

function calendarOn(store: TableStore) {
  const audit = new AuditLog(store, NOW);
  return { calendar: new CalendarStore(store, audit, NOW), audit };
}

/**
 * The real store, except that before the first `times` writes to Periods another admin's change
 * is written first: the ETag read before is then stale, as when two admins press at once.
 */
function withAdminWritingFirst(
  store: TableStore,
  otherAdmin: () => Promise<unknown>,
  times = 1,
): TableStore {
  let left = times;
  const interleave = (table: Table) =>
    new Proxy(table, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== "function") return value;
        if ((property === "create" || property === "update") && left > 0) {
          return async (...args: unknown[]) => {
            left -= 1;
            await otherAdmin();
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  return {
    check: () => store.check(),
    table: (name) => {
      const table = store.table(name);
      return name === "Periods" ? interleave(table) : table;
    },
  };
}

async function refusal(change: Promise<unknown>): Promise<Error> {
  try {
    await change;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("the change was accepted");
}

describe("CalendarStore on Azurite", () => {
  test("when an admin sets the deadline, then it reads back, shows before and after, and is audited", async () => {
    const store = testTableStore();
    const { calendar, audit } = calendarOn(store);

    const { before, after } = await calendar.setDeadline(norsjo, "t1", "20 maj", "anna@example.se");

    expect([before.deadline, after.deadline]).toEqual(["2025-05-16", "2025-05-20"]);
    expect(after.planId).toBe("norsjo-omsorg-2025");
    expect(await calendar.getOverrides("norsjo-omsorg-2025")).toEqual({
      T1: { deadline: "2025-05-20" },
    });
    const [t1] = await calendar.resolve(norsjo);
    expect(t1?.deadline).toBe("2025-05-20");
    expect(await audit.list("norsjo-omsorg-2025")).toEqual([
      {
        scope: "norsjo-omsorg-2025",
        actor: "anna@example.se",
        action: "period.deadline",
        before: { periodId: "T1", deadline: "2025-05-16" },
        after: { periodId: "T1", deadline: "2025-05-20" },
        at: "2025-04-10T08:00:00.000Z",
      },
    ]);
  });

  test("when an admin sets opening, deadline and reminder days, then all three are kept together", async () => {
    const { calendar, audit } = calendarOn(testTableStore());
    await calendar.setOpens(norsjo, "T2", "2025-08-25", "anna@example.se");
    await calendar.setDeadline(norsjo, "T2", "2025-09-19", "anna@example.se");
    const { after } = await calendar.setReminderDays(norsjo, "T2", "7 3 1", "anna@example.se");

    expect(await calendar.getOverrides(norsjo.planId)).toEqual({
      T2: { opens: "2025-08-25", deadline: "2025-09-19", reminderDaysBefore: [7, 3, 1] },
    });
    expect(after.reminderSteps.map((step) => step.key)).toEqual([
      "opening",
      "before-7",
      "before-3",
      "before-1",
      "deadline",
      "after-2",
    ]);
    const actions = (await audit.list(norsjo.planId)).map((entry) => entry.action);
    expect(actions.sort()).toEqual(["period.deadline", "period.opens", "period.reminders"]);
    const reminders = (await audit.list(norsjo.planId)).find(
      (entry) => entry.action === "period.reminders",
    );
    expect([reminders?.before, reminders?.after]).toEqual([
      { periodId: "T2", reminderDaysBefore: [3] },
      { periodId: "T2", reminderDaysBefore: [7, 3, 1] },
    ]);
  });

  test("when a period id needs escaping, then it is stored and read back under the plan's id", async () => {
    const { calendar } = calendarOn(testTableStore());
    await calendar.setReminderDays(norsjo, "återrapport #1/2", "5", "anna@example.se");
    expect(await calendar.getOverrides(norsjo.planId)).toEqual({
      "Återrapport #1/2": { reminderDaysBefore: [5] },
    });
  });

  test.each([
    [
      "a deadline in the past",
      (c: CalendarStore) => c.setDeadline(norsjo, "T1", "2025-04-01", "a"),
    ],
    ["a deadline before opening", (c: CalendarStore) => c.setDeadline(norsjo, "T1", "30/4", "a")],
    [
      "an opening after the deadline",
      (c: CalendarStore) => c.setOpens(norsjo, "T1", "20 maj", "a"),
    ],
    ["an unknown period", (c: CalendarStore) => c.setDeadline(norsjo, "Q1", "2025-05-15", "a")],
    ["an unreadable date", (c: CalendarStore) => c.setDeadline(norsjo, "T1", "snart", "a")],
    ["too many days before", (c: CalendarStore) => c.setReminderDays(norsjo, "T1", "40", "a")],
  ])("when an admin sets %s, then nothing is stored or audited", async (_, change) => {
    const { calendar, audit } = calendarOn(testTableStore());
    const error = await refusal(change(calendar));
    expect(isDomainError(error, "BAD_ARGUMENT")).toBe(true);
    expect(await calendar.getOverrides(norsjo.planId)).toEqual({});
    expect(await audit.list(norsjo.planId)).toEqual([]);
  });

  test("when the same deadline is set twice, then the second changes nothing and is not audited again", async () => {
    const { calendar, audit } = calendarOn(testTableStore());
    await calendar.setDeadline(norsjo, "T1", "2025-05-20", "anna@example.se");
    const second = await calendar.setDeadline(norsjo, "T1", "20/5", "bo@example.se");
    expect(second.before.deadline).toBe(second.after.deadline);
    expect(await audit.list(norsjo.planId)).toHaveLength(1);
  });

  test("when another admin changes the period between read and write, then the change is retried and neither is lost", async () => {
    const store = testTableStore();
    const anna = calendarOn(store).calendar;
    await anna.setDeadline(norsjo, "T1", "2025-05-20", "anna@example.se");
    const bo = calendarOn(
      withAdminWritingFirst(store, () =>
        anna.setOpens(norsjo, "T1", "2025-04-28", "anna@example.se"),
      ),
    ).calendar;

    const { before, after } = await bo.setReminderDays(norsjo, "T1", "7 3 1", "bo@example.se");

    expect(await anna.getOverrides(norsjo.planId)).toEqual({
      T1: { opens: "2025-04-28", deadline: "2025-05-20", reminderDaysBefore: [7, 3, 1] },
    });
    expect(before.opens).toBe("2025-04-28"); // read again after the conflict
    expect(after.reminderSteps[0]?.key).toBe("opening");
    const audit = new AuditLog(store, NOW);
    expect((await audit.list(norsjo.planId)).map((entry) => entry.actor).sort()).toEqual([
      "anna@example.se",
      "anna@example.se",
      "bo@example.se",
    ]);
  });

  test("when two admins create the period's first setting at once, then the later one is retried and both are kept", async () => {
    const store = testTableStore();
    const anna = calendarOn(store).calendar;
    const bo = calendarOn(
      withAdminWritingFirst(store, () =>
        anna.setDeadline(norsjo, "T2", "2025-09-19", "anna@example.se"),
      ),
    ).calendar;

    await bo.setReminderDays(norsjo, "T2", "5 2", "bo@example.se");

    expect(await anna.getOverrides(norsjo.planId)).toEqual({
      T2: { deadline: "2025-09-19", reminderDaysBefore: [5, 2] },
    });
  });

  test("when the retry is checked again and the other admin's change makes it invalid, then it is refused", async () => {
    const store = testTableStore();
    const anna = calendarOn(store).calendar;
    const bo = calendarOn(
      withAdminWritingFirst(store, () =>
        anna.setOpens(norsjo, "T1", "2025-05-12", "anna@example.se"),
      ),
    ).calendar;

    const error = await refusal(bo.setDeadline(norsjo, "T1", "2025-05-09", "bo@example.se"));

    expect(isDomainError(error, "BAD_ARGUMENT")).toBe(true);
    expect(error.message).toContain("före första rapportdag 2025-05-12");
    expect(await anna.getOverrides(norsjo.planId)).toEqual({ T1: { opens: "2025-05-12" } });
  });

  test("when the period changes under every attempt, then the admin is told to try again and nothing of theirs is written", async () => {
    const store = testTableStore();
    const anna = calendarOn(store).calendar;
    let day = 20;
    const bo = calendarOn(
      withAdminWritingFirst(
        store,
        () => anna.setDeadline(norsjo, "T1", `2025-05-${day++}`, "anna@example.se"),
        2,
      ),
    ).calendar;

    const error = await refusal(bo.setReminderDays(norsjo, "T1", "4", "bo@example.se"));

    expect(isDomainError(error, "CONFLICT")).toBe(true);
    expect(error.message).toContain("Någon annan ändrade Tertial 1 samtidigt");
    expect(await anna.getOverrides(norsjo.planId)).toEqual({ T1: { deadline: "2025-05-21" } });
  });

  test("when two admins change the same period at the same moment, then both changes are kept", async () => {
    const store = testTableStore();
    const anna = calendarOn(store).calendar;
    const bo = calendarOn(store).calendar;
    await Promise.all([
      anna.setDeadline(norsjo, "Helår", "2026-02-20", "anna@example.se"),
      bo.setReminderDays(norsjo, "Helår", "10 5", "bo@example.se"),
    ]);
    expect(await anna.getOverrides(norsjo.planId)).toEqual({
      Helår: { deadline: "2026-02-20", reminderDaysBefore: [10, 5] },
    });
  });
});
