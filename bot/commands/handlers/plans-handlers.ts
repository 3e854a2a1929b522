// Many plans at once: `planer` lists the plans and their state, `plan <namn>` sets the plan an admin
// works on, `arkivera plan <namn>` stops a plan's schedule and keeps its data, `admin förvaltning
// <förvaltning, …> <person>` limits an admin to some förvaltningar' plans. The plan-choice card's
// buttons (verb plan.choose) land in choosePlanAction.
import { changeLabels } from "../../../cards/change-labels";
import { confirmationCard } from "../../../cards/confirmation-card";
import { t, type WordKey } from "../../../cards/words/t";
import {
  plansCard,
  plansView,
  type PlanChoicePurpose,
  type PlanRow,
} from "../../../cards/plans-card";
import { decide, type Actor } from "../../../services/access";
import { reportWindow } from "../../../services/reporting/report-window";
import { DomainError } from "../../../services/errors";
import type { Locale } from "../../../services/i18n/locale";
import { findPlanByText, type PlanState } from "../../../services/live-plans";
import { actorId } from "../../../services/people/person";
import { personArgument } from "../../person-argument";
import { cardMessage, textMessage } from "../../replies";
import type { Uses } from "../../services";
import type { CommandHandler, CommandInput, PlansDeps } from "../command-handler";

/** The plans as the plans card shows them, for this admin. */
export async function planRows(
  services: Uses<"now" | "settings" | "workingHours">,
  states: readonly PlanState[],
  admin: string,
): Promise<PlanRow[]> {
  const chosen = await services.settings.plans.workingPlanOf(admin);
  const now = services.now();
  const zone = services.workingHours.timeZone;
  return states.map(({ plan, periods, archived, live }) => {
    const open = periods.filter((p) => reportWindow(p, now, zone) === "open");
    const next = periods
      .filter((p) => reportWindow(p, now, zone) === "notOpen")
      .sort((a, b) => a.opens.localeCompare(b.opens))[0];
    return {
      id: plan.id,
      name: plan.name,
      organisation: plan.organisation,
      organisationUnit: plan.organisationUnit,
      year: plan.year,
      archived,
      live,
      chosen: plan.id === chosen,
      open: open.map((p) => p.label),
      next: next?.label,
    };
  });
}

/** Every stored plan the admin administers (all of them for an admin with no limit). */
async function administered(services: Uses<"livePlans">, actor: Actor): Promise<PlanState[]> {
  return (await services.livePlans.states()).filter(
    (state) => decide(actor, "administer", { plan: state.plan }).allowed,
  );
}

/** The one plan a command names; refuses, with the choices, when it names none or several. */
export async function namedPlan(
  services: Uses<"livePlans">,
  actor: Actor,
  text: string,
  example: string,
): Promise<PlanState> {
  const all = await services.livePlans.states();
  const found = findPlanByText(all, text);
  const names = all.map((s) => `${s.plan.name} (${s.plan.id})`).join(", ");
  if (found.length === 0) {
    throw new DomainError(
      "NOT_FOUND",
      `Jag hittar ingen plan ”${text}”. Planerna: ${names || "inga än"}. Exempel: ${example}`,
    );
  }
  if (found.length > 1) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `”${text}” passar flera planer: ${found.map((s) => `${s.plan.name} (${s.plan.id})`).join(", ")}. Skriv planens id.`,
    );
  }
  const [state] = found as [PlanState];
  const decision = decide(actor, "administer", { plan: state.plan });
  if (!decision.allowed) throw new DomainError("FORBIDDEN", decision.message);
  return state;
}

/** The card that asks which plan: the router's answer to an ambiguous admin command. */
export async function planChoiceCard(
  services: Uses<"now" | "settings" | "workingHours">,
  states: readonly PlanState[],
  input: { admin: string; locale: Locale; purpose: PlanChoicePurpose; command: string },
) {
  const { locale } = input;
  const rows = await planRows(services, states, input.admin);
  return plansCard(
    plansView(rows, locale, {
      purpose: input.purpose,
      command: input.command,
      title: t(locale, "plans.whichPlan"),
      summary:
        input.purpose === "channel"
          ? t(locale, "plans.whichForChannel")
          : t(locale, "plans.whichToWorkOn", { command: input.command || "none" }),
    }),
  );
}

export const listPlansCommand: CommandHandler<PlansDeps> = async (input, services) => {
  const states = await administered(services, input.actor);
  if (states.length === 0) {
    return [textMessage(t(input.locale, "plans.noneLoaded"))];
  }
  const rows = await planRows(services, states, actorId(input.sender));
  return [cardMessage(plansCard(plansView(rows, input.locale, { purpose: "work" })))];
};

export const choosePlanCommand: CommandHandler<PlansDeps> = async (input, services) => {
  const text = input.args.trim();
  if (!text) return listPlansCommand(input, services);
  const state = await namedPlan(services, input.actor, text, "plan norsjo-omsorg-2025");
  return [cardMessage(await workingPlanSet(services, actorId(input.sender), state, input.locale))];
};

export async function workingPlanSet(
  services: Uses<"livePlans" | "settings">,
  admin: string,
  state: PlanState,
  locale: Locale,
) {
  const { before } = await services.settings.plans.setWorkingPlan(admin, state.plan.id);
  const beforeName = before
    ? ((await services.livePlans.states()).find((s) => s.plan.id === before)?.plan.name ?? before)
    : "–";
  return confirmationCard({
    title: t(locale, "plans.chosen"),
    plan: `Plan: ${state.plan.name}`,
    summary: t(locale, "plans.chosenSummary"),
    labels: changeLabels(locale),
    changes: [{ field: t(locale, "plans.planField"), before: beforeName, after: state.plan.name }],
    footer: state.archived ? t(locale, "plans.archivedNote") : "",
  });
}

/** `arkivera plan <namn>`: the plan gets no more reminders or posts; its data is kept. */
export const archivePlanCommand: CommandHandler<Uses<"livePlans" | "settings">> = (
  input,
  services,
) =>
  changePlanState(input, services, {
    command: "arkivera plan",
    apply: async (planId, actor) => !(await services.settings.plans.archive(planId, actor)).already,
    unchanged: "plans.alreadyArchived",
    title: "plans.archived",
    summary: "plans.archivedSummary",
    before: "plans.followed",
    after: "plans.archivedState",
    footer: "plans.archivedFooter",
  });

/** `återställ plan <namn>`: an archived plan is followed again (its coming steps, not past ones). */
export const restorePlanCommand: CommandHandler<Uses<"livePlans" | "settings">> = (
  input,
  services,
) =>
  changePlanState(input, services, {
    command: "återställ plan",
    apply: async (planId, actor) => (await services.settings.plans.restore(planId, actor)).was,
    unchanged: "plans.notArchived",
    title: "plans.restored",
    summary: "plans.restoredSummary",
    before: "plans.archivedState",
    after: "plans.followed",
    footer: "plans.restoredFooter",
  });

/** Archives or restores the plan the command names, answered with a before/after card. */
async function changePlanState(
  input: CommandInput,
  services: Uses<"livePlans">,
  change: {
    command: string;
    /** Makes the change; false when the plan was in that state already. */
    apply: (planId: string, actor: string) => Promise<boolean>;
    unchanged: WordKey;
    title: WordKey;
    summary: WordKey;
    before: WordKey;
    after: WordKey;
    footer: WordKey;
  },
) {
  const text = input.args.trim();
  const example = `${change.command} norrkoping-von-2024`;
  if (!text) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange vilken plan. Exempel: ${example} (skriv planer för att se dem).`,
    );
  }
  const state = await namedPlan(services, input.actor, text, example);
  const { locale } = input;
  if (!(await change.apply(state.plan.id, actorId(input.sender)))) {
    return [textMessage(t(locale, change.unchanged, { plan: state.plan.name }))];
  }
  return [
    cardMessage(
      confirmationCard({
        title: t(locale, change.title),
        plan: `Plan: ${state.plan.name}`,
        summary: t(locale, change.summary),
        labels: changeLabels(locale),
        changes: [
          {
            field: t(locale, "plans.stateField"),
            before: t(locale, change.before),
            after: t(locale, change.after),
          },
        ],
        footer: t(locale, change.footer, { id: state.plan.id }),
      }),
    ),
  ];
}

/** `admin förvaltning <förvaltning>[, <förvaltning> …] <person>` (`alla` lifts the limit). */
export const adminScopeCommand: CommandHandler<Uses<"settings">> = async (input, services) => {
  if (input.actor.adminScope) {
    throw new DomainError(
      "FORBIDDEN",
      `Du administrerar bara planer för ${input.actor.adminScope.join(", ")}, så du kan inte ändra andra administratörers förvaltningar. Inget ändrades.`,
    );
  }
  const { identifier, rest } = await personArgument(input.context, input.args);
  const units = rest
    .split(/[,;]/)
    .map((unit) => unit.trim())
    .filter(Boolean);
  if (units.length === 0) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Ange förvaltningen före personen. Exempel: admin förvaltning Omsorgsförvaltningen eva.lind@kommun.se (alla tar bort begränsningen).",
    );
  }
  const all = units.length === 1 && /^(alla|all)$/i.test(units[0] ?? "");
  const { before } = await services.settings.plans.setScope(
    identifier,
    all ? [] : units,
    actorId(input.sender),
  );
  const { locale } = input;
  const everyPlan = t(locale, "plans.everyPlan");
  return [
    cardMessage(
      confirmationCard({
        title: t(locale, "plans.scopeSet"),
        labels: changeLabels(locale),
        changes: [
          {
            field: identifier,
            before: before?.join(", ") ?? everyPlan,
            after: all ? everyPlan : units.join(", "),
          },
        ],
        footer: t(locale, "plans.scopeFooter"),
      }),
    ),
  ];
};
