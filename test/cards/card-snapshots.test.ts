// A fixed set of cards rendered from fixed data, in Swedish and English, compared with the cards
// committed in __snapshots__/card-snapshots.test.ts.snap. Moving views between folders must leave
// them identical; a deliberate change of wording updates the snapshot in the same commit, and the
// commit says which words changed.
import { reminderRenderer } from "../../cards/reminder-messages";
import { answersData } from "../../cards/summary/answers-view";
import { areaData } from "../../cards/summary/area-view";
import { indicatorData } from "../../cards/summary/indicator-view";
import { missingData } from "../../cards/summary/missing-view";
import { overviewData } from "../../cards/summary/overview-view";
import { unitData } from "../../cards/summary/unit-view";
import { buildHelpCard } from "../../bot/commands/help";
import { reminderStatusCard } from "../../cards/reminder-status-card";
import { reportFormCard } from "../../cards/report-form-view";
import { reportReceipt } from "../../cards/report-receipt-view";
import { reportUnits } from "../../cards/report-units-view";
import { summaryDetailCard, summaryOverviewCard } from "../../cards/summary-card";
import { resolvePeriods } from "../../services/calendar/resolve-periods";
import { DEFAULT_WORKING_HOURS } from "../../services/calendar/working-hours";
import { moment } from "../../services/i18n/date-text";
import type { Locale } from "../../services/i18n/locale";
import type { Plan } from "../../services/plan";
import type { PeriodInfo } from "../../services/reminders";
import { reportForm } from "../../services/reporting/report-form";
import { buildView, type ReportOutcome } from "../../services/reporting/report-view";
import type { Result } from "../../services/reporting/report-model";
import type { PeriodSummary } from "../../services/summary";
import { startBot, testUser, firstCard, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { norsjoT1Summary } from "../services/summary/norsjo-t1.fixture";

const LOCALES: Locale[] = ["sv", "en"];
const ZONE = "Europe/Stockholm";

const period: PeriodInfo = {
  planId: "norsjo-omsorg-2025",
  planName: "Verksamhetsplan 2025 Omsorg",
  periodId: "T1",
  label: "Tertial 1",
  start: "2025-01-01",
  end: "2025-04-30",
  deadline: "2025-05-16",
  deadlineAt: "2025-05-16T21:59:59Z",
};

let plan: Plan;
let summary: PeriodSummary;
beforeAll(async () => {
  ({ plan, summary } = await norsjoT1Summary());
});

describe.each(LOCALES)("the reminders' cards in %s", (locale) => {
  test.each([
    ["opening", 10, 1],
    ["deadline", 0, 2],
    ["after", -3, 2],
  ] as const)(
    "when a %s reminder is rendered, then it is the committed card",
    (tone, daysLeft, units) => {
      const message = reminderRenderer.reminder({
        locale,
        tone,
        personName: "Megan Bowen",
        period,
        daysLeft,
        units: Array.from({ length: units }, (_, i) => ({
          id: `u${i}`,
          name: `Enhet ${i}`,
          items: 3 - i,
        })),
        itemsDue: 5,
      });
      expect(message).toMatchSnapshot();
    },
  );

  test("when the reports are in, then the refreshed reminder is the committed card", () => {
    expect(
      reminderStatusCard({
        locale,
        timeZone: ZONE,
        planId: period.planId,
        periodId: period.periodId,
        periodLabel: period.label,
        deadline: "fredag 16 maj 2025",
        userId: "29:megan",
        units: [
          {
            id: "u0",
            name: "Enhet 0",
            submittedAt: "2025-05-12T08:30:00Z",
            submittedByName: "Megan Bowen",
          },
          { id: "u1", name: "Enhet 1" },
        ],
      }),
    ).toMatchSnapshot();
  });

  test("when a run of reminders is done, then its progress, digest and notice are the committed cards", () => {
    const people = [
      { name: "Isaiah Langer", reason: "noAddress" as const },
      { name: "Lee Gu", reason: "blocked" as const },
    ];
    expect(
      reminderRenderer.progress({
        locale,
        period,
        total: 1200,
        sent: 1180,
        alreadyReported: 12,
        alreadyReminded: 3,
        unreachable: 2,
        failed: 3,
        done: true,
        unreachablePeople: people,
      }),
    ).toMatchSnapshot();
    expect(
      reminderRenderer.digest({
        locale,
        adminName: "Alex Admin",
        period,
        daysLeft: -1,
        unitsReporting: 5,
        missing: [
          { name: "Särskilt boende Älvgården", reporters: ["Isaiah Langer"] },
          { name: "Omsorg", reporters: [] },
        ],
      }),
    ).toMatchSnapshot();
    expect(
      reminderRenderer.unreachableNotice({ locale, adminName: "Alex Admin", period, people }),
    ).toMatchSnapshot();
  });
});

describe.each(LOCALES)("the report cards in %s", (locale) => {
  function view(outcome: ReportOutcome, answered: boolean) {
    const [resolved] = resolvePeriods({
      planId: plan.id,
      year: plan.year,
      definitions: plan.periods.filter((p) => p.id === "T1"),
      workingHours: DEFAULT_WORKING_HOURS,
    });
    if (!resolved) throw new Error("no T1");
    const unit = plan.units.find((u) => u.id === "htj-norsjo");
    if (!unit) throw new Error("no unit");
    const form = reportForm(plan, "T1", unit.id);
    const results = new Map<string, Result>();
    if (answered) {
      for (const f of form) {
        const kind = f.item.kind;
        results.set(f.item.id, {
          planId: plan.id,
          periodId: "T1",
          unitId: unit.id,
          itemId: f.item.id,
          kind,
          value: kind === "indicator" ? "6,5" : "",
          number: kind === "indicator" ? 6.5 : undefined,
          status: kind === "indicator" ? "yellow" : "none",
          explanation: kind === "indicator" ? "6,5 ligger mellan gränserna." : "",
          activityState: kind === "activity" ? "delayed" : undefined,
          comment: kind === "question" ? "" : "Rekrytering pågår.",
          text: kind === "question" ? "Vi har infört fasta team." : "",
          by: "megan@example.se",
          byName: "Megan Bowen",
          at: "2025-05-12T08:30:00Z",
        } as Result);
      }
    }
    return buildView({
      scope: { plan, periods: [resolved], period: resolved, unit, form },
      state: {
        report: answered
          ? {
              unitId: unit.id,
              version: 1,
              submittedAt: "2025-05-12T08:30:00Z",
              submittedBy: "megan@example.se",
              submittedByName: "Megan Bowen",
            }
          : undefined,
        results,
        drafts: new Map(),
      },
      earlier: new Map(),
      answers: new Map(),
      mode: "draft",
      window: "open",
      outcome,
      page: 0,
    });
  }

  test("when a report is opened, then the form is the committed card", () => {
    expect(
      reportFormCard(view({ kind: "opened" }, false), { locale, timeZone: ZONE }),
    ).toMatchSnapshot();
  });

  test("when a report is submitted, then the receipt is the committed card", () => {
    expect(
      reportReceipt(view({ kind: "submitted", changed: 3 }, true), { locale, timeZone: ZONE }),
    ).toMatchSnapshot();
  });

  test("when a person reports for several units, then the unit picker is the committed card", () => {
    const [resolved] = resolvePeriods({
      planId: plan.id,
      year: plan.year,
      definitions: plan.periods.filter((p) => p.id === "T1"),
      workingHours: DEFAULT_WORKING_HOURS,
    });
    const units = plan.units.filter((u) => u.reporters.length > 0).slice(0, 3);
    expect(
      reportUnits(
        plan.id,
        {
          kind: "units",
          period: resolved as NonNullable<typeof resolved>,
          window: "open",
          units: units.map((unit, i) => ({
            unit,
            report:
              i === 0
                ? { unitId: unit.id, version: 1, submittedAt: "2025-05-12T08:30:00Z" }
                : undefined,
          })),
        },
        { locale, timeZone: ZONE },
      ),
    ).toMatchSnapshot();
  });
});

describe.each(LOCALES)("the summary's cards in %s", (locale) => {
  test("when the overview is rendered, then it is the committed card", () => {
    expect(
      summaryOverviewCard(
        overviewData(summary, locale, {
          // As bot/summary/overview-card.ts writes them: moment(…, "date") in the reader's language.
          updatedAt: moment("2025-05-12T08:00:00Z", ZONE, locale, "date"),
          postedAt: moment("2025-05-10T07:00:00Z", ZONE, locale, "date"),
          chartUrl: "data:image/png;base64,AAAA",
        }),
      ),
    ).toMatchSnapshot();
  });

  test("when each goal area is opened, then its drill-down is the committed card", () => {
    for (const area of summary.areas) {
      const data = areaData(summary, area.id, locale, 0, 6);
      expect(data && summaryDetailCard(data)).toMatchSnapshot(area.id);
    }
  });

  test("when an indicator, a unit, the answers and the missing are opened, then they are the committed cards", () => {
    const indicator = summary.areas.flatMap((a) => a.goals.flatMap((g) => g.indicators))[0];
    const i = indicator && indicatorData(summary, indicator.id, locale, 0, 2);
    expect(i && summaryDetailCard(i)).toMatchSnapshot("indicator");
    const u = unitData(summary, "htj-bastutrask", locale);
    expect(u && summaryDetailCard(u)).toMatchSnapshot("unit");
    // Norsjö's plan asks no questions: one is added, answered by one unit.
    const asked: PeriodSummary = structuredClone(summary);
    asked.areas[0]?.goals[0]?.narratives.push({
      itemId: "fraga",
      text: "Beskriv hur ni arbetar med kontinuitet.",
      answers: [
        {
          unitId: "htj-norsjo",
          unitName: "Hemtjänst Norsjö",
          by: "Megan Bowen",
          answer: 'Fasta team och "egen" personal.',
        },
      ],
      missing: 2,
    });
    const a = answersData(asked, "fraga", locale);
    expect(a && summaryDetailCard(a)).toMatchSnapshot("answers");
    expect(summaryDetailCard(missingData(summary, locale, 0, 1))).toMatchSnapshot("missing");
  });
});

describe.each(LOCALES)("the help card in %s", (locale) => {
  test.each([false, true])(
    "when the person is admin (%s), then help is the committed card",
    (isAdmin) => {
      expect(buildHelpCard(locale, isAdmin)).toMatchSnapshot();
    },
  );
});

// The periods card and the calendar's confirmation are made inside their handlers, so they are
// taken from the bot's answer.
describe.each(LOCALES)("the calendar's cards in %s, through the bot", (locale) => {
  const admin = testUser(1, "Agnes Admin", "admin@example.se");
  const tag = locale === "en" ? "en-GB" : "sv-SE";
  // A reply is in the language of the command's words.
  const words =
    locale === "en"
      ? { periods: "periods", reminders: "reminders T2 5 2", opens: "opens T2 2025-09-01" }
      : { periods: "perioder", reminders: "påminnelser T2 5 2", opens: "öppna T2 2025-09-01" };
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "auto" },
      now: () => new Date("2025-05-12T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());
  /** What the bot answered: its card, or its text when it answered in words. */
  const reply = async (text: string) => {
    const activities = await bot.say(admin, text, { locale: tag });
    return firstCard(activities) ?? activities.map((a) => a.text);
  };

  test("when perioder is asked, then the periods card is the committed card", async () => {
    expect(await reply(words.periods)).toMatchSnapshot();
  });

  test("when the reminder days and the opening are changed, then the confirmations are the committed cards", async () => {
    expect(await reply(words.reminders)).toMatchSnapshot();
    expect(await reply(words.opens)).toMatchSnapshot();
  });

  test("when the reporters are listed and one is named, then the cards are the committed ones", async () => {
    expect(await reply(locale === "en" ? "reporters" : "ansvariga")).toMatchSnapshot();
    expect(
      await reply(
        `${locale === "en" ? "reporter" : "ansvarig"} Hemtjänst Norsjö ny.chef@example.se`,
      ),
    ).toMatchSnapshot();
  });

  test("when a deadline is moved or names no period, then the answers are the committed ones", async () => {
    expect(await reply("deadline T2 2025-09-19")).toMatchSnapshot();
    expect(await reply("deadline T3 2026-01-15")).toMatchSnapshot();
  });
});
