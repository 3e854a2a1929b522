// Drilling into a leadership summary: a goal area, a unit, a question's answers, the full list of who
// has not reported, and back to the overview (who may: card-action-table.ts). Each action rebuilds the summary from storage, so what
// people see is always current.
import { TurnContext } from "botbuilder";
import { z } from "zod";
import { summaryDetailCard } from "../../cards/summary-card";
import { fitToCard } from "../../cards/render";
import { t } from "../../cards/words/t";
import { DomainError } from "../../services/errors";
import { buildOverviewCard, type OverviewDeps } from "../summary/overview-card";
import { answersData } from "../../cards/summary/answers-view";
import { areaData } from "../../cards/summary/area-view";
import { indicatorData } from "../../cards/summary/indicator-view";
import { missingData } from "../../cards/summary/missing-view";
import { unitData } from "../../cards/summary/unit-view";
import type { Uses } from "../services";
import type { CardActionHandler } from "./card-action-router";
import { actorId } from "../../services/people/person";

const ids = z.object({ planId: z.string().min(1).max(100), periodId: z.string().min(1).max(100) });
const page = z.coerce.number().int().min(0).max(10_000).default(0);

function parse<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new DomainError(
      "BAD_ARGUMENT",
      "Kortet skickade något jag inte förstod. Be om en ny sammanställning.",
    );
  return parsed.data;
}

/** What drilling into a summary reads. */
export type SummaryActionDeps = OverviewDeps;
/** `Påminn dessa`: the plan, the admin's own chat, the reminders' outbox. */
export type RemindMissingDeps = Uses<"addressBook" | "plans" | "reminders">;

export const overview: CardActionHandler<SummaryActionDeps> = async (input, services) => {
  const { planId, periodId } = parse(ids, input.data);
  const { card } = await buildOverviewCard(services, planId, periodId, input.locale);
  return { kind: "card", card };
};

export const area: CardActionHandler<SummaryActionDeps> = async (input, services) => {
  const {
    planId,
    periodId,
    areaId,
    page: p,
  } = parse(ids.extend({ areaId: z.string().min(1).max(100), page }), input.data);
  const { summary } = await services.summaryReader.periodSummary(planId, periodId);
  // As many sections per page as fit in one Teams card.
  const total =
    summary.areas
      .find((a) => a.id === areaId)
      ?.goals.reduce((n, g) => n + g.indicators.length + g.narratives.length + 1, 0) ?? 0;
  const card = fitToCard(Math.max(1, Math.min(total, 12)), (size) => {
    const data = areaData(summary, areaId, input.locale, p, Math.max(1, size));
    if (!data) throw new DomainError("NOT_FOUND", "Målområdet finns inte längre i planen.");
    return summaryDetailCard(data);
  });
  return { kind: "card", card };
};

export const unit: CardActionHandler<SummaryActionDeps> = async (input, services) => {
  const { planId, periodId, unitId } = parse(
    ids.extend({ unitId: z.string().min(1).max(100) }),
    input.data,
  );
  const { summary } = await services.summaryReader.periodSummary(planId, periodId);
  const data = unitData(summary, unitId, input.locale);
  if (!data) throw new DomainError("NOT_FOUND", "Enheten finns inte i den här perioden.");
  return { kind: "card", card: summaryDetailCard(data) };
};

export const answers: CardActionHandler<SummaryActionDeps> = async (input, services) => {
  const { planId, periodId, itemId } = parse(
    ids.extend({ itemId: z.string().min(1).max(100) }),
    input.data,
  );
  const { summary } = await services.summaryReader.periodSummary(planId, periodId);
  const data = answersData(summary, itemId, input.locale);
  if (!data) throw new DomainError("NOT_FOUND", "Frågan finns inte i den här perioden.");
  return { kind: "card", card: summaryDetailCard(data) };
};

export const missing: CardActionHandler<SummaryActionDeps> = async (input, services) => {
  const { planId, periodId, page: p } = parse(ids.extend({ page }), input.data);
  const { summary } = await services.summaryReader.periodSummary(planId, periodId);
  return {
    kind: "card",
    card: fitToCard(40, (size) =>
      summaryDetailCard(missingData(summary, input.locale, p, Math.max(1, size))),
    ),
  };
};

export const indicator: CardActionHandler<SummaryActionDeps> = async (input, services) => {
  const {
    planId,
    periodId,
    itemId,
    page: p,
  } = parse(ids.extend({ itemId: z.string().min(1).max(100), page }), input.data);
  const { summary } = await services.summaryReader.periodSummary(planId, periodId);
  if (!indicatorData(summary, itemId, input.locale, 0, 1))
    throw new DomainError("NOT_FOUND", "Indikatorn finns inte i den här perioden.");
  return {
    kind: "card",
    card: fitToCard(60, (size) =>
      summaryDetailCard(
        indicatorData(summary, itemId, input.locale, p, Math.max(1, size)) ?? {
          title: "",
          heading: "",
          sections: [],
          actions: [],
        },
      ),
    ),
  };
};

/** `Påminn dessa`: an admin reminds everyone who has not reported, through the reminders' outbox. */
export const remindMissing: CardActionHandler<RemindMissingDeps> = async (input, services) => {
  const { planId, periodId } = parse(ids, input.data);
  const plan = await services.plans.load(planId);
  if (!plan) throw new DomainError("NOT_FOUND", "Planen finns inte längre.");
  // The progress message goes to the admin's own chat with the bot, also when they pressed in a channel.
  const own = await services.addressBook.knownSender(input.sender.aadObjectId);
  const progressTo =
    own?.reference ??
    (JSON.parse(
      JSON.stringify(TurnContext.getConversationReference(input.context.activity)),
    ) as Record<string, unknown>);
  const result = await services.reminders.startManual({
    plan,
    period: periodId,
    requestedBy: actorId(input.sender),
    progressTo,
    locale: input.locale,
  });
  if (result.kind === "started") {
    services.reminders.kick();
    return {
      kind: "message",
      text: t(input.locale, "remindMissing.started", {
        count: result.total,
        label: result.period.label,
      }),
    };
  }
  if (result.kind === "running") {
    return {
      kind: "message",
      text: t(input.locale, "remindMissing.running"),
    };
  }
  return {
    kind: "message",
    text: t(input.locale, "remindMissing.nobody"),
  };
};
