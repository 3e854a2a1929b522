// What the bot says first to a person, and when it did not understand: a few words and the two or
// three commands that fit this person now, as buttons. The whole list is one `hjälp` away.
import { quickActionsCard } from "../../cards/quick-actions-card";
import type { AdaptiveCard } from "../../cards/render";
import { t, type WordKey } from "../../cards/words/t";
import type { Locale } from "../../services/i18n/locale";
import type { Person } from "../../services/people/person";
import { reporterFrom } from "../../services/reporting";
import type { Uses } from "../services";

/** What a greeting reads: the plan imported last and the live plans. */
export type GreetingDeps = Uses<"livePlans" | "plans" | "settings">;
import { COMMANDS, type CommandId } from "./catalog";
import type { Suggestion } from "./suggest-command";

/** The commands a greeting offers as buttons, each with its title in the catalog. */
const BUTTON: Partial<Record<CommandId, WordKey>> = {
  report: "greeting.button.report",
  listPeriods: "greeting.button.listPeriods",
  listResponsibles: "greeting.button.listResponsibles",
  help: "greeting.button.help",
};

function button(id: CommandId, locale: Locale) {
  const spec = COMMANDS.find((c) => c.id === id);
  const title = BUTTON[id];
  return { title: title ? t(locale, title) : id, command: spec?.words[locale][0] ?? id };
}

/** What this person can do now: report if they report for a unit, run the plan if they are admin. */
async function nextSteps(
  services: GreetingDeps,
  person: Person,
  isAdmin: boolean,
): Promise<{ ids: CommandId[]; reports: boolean; hasPlan: boolean }> {
  const planId = await services.settings.getActivePlanId();
  const plan = planId ? await services.plans.load(planId) : undefined;
  const reporter = reporterFrom(person, isAdmin);
  // A reporter in any live plan (many plans at once), or in the plan imported last.
  const plans = [
    ...(await services.livePlans.live()).map((state) => state.plan),
    ...(plan ? [plan] : []),
  ];
  const reports = plans.some((p) =>
    p.units.some((unit) =>
      unit.reporters.some((upn) => reporter.identifiers.includes(upn.toLowerCase())),
    ),
  );
  const ids: CommandId[] = [];
  if (reports) ids.push("report");
  if (plan) ids.push("listPeriods");
  if (isAdmin && plan) ids.push("listResponsibles");
  ids.push("help");
  return { ids: ids.slice(0, 3), reports, hasPlan: plan !== undefined };
}

export async function greetingCard(
  services: GreetingDeps,
  person: Person,
  isAdmin: boolean,
  locale: Locale,
): Promise<AdaptiveCard> {
  const { ids, reports, hasPlan } = await nextSteps(services, person, isAdmin);
  const text = t(
    locale,
    reports ? "greeting.reporter" : isAdmin && !hasPlan ? "greeting.firstAdmin" : "greeting.other",
  );
  return quickActionsCard({
    title: t(locale, "common.greeting", { name: person.name }),
    text,
    buttons: ids.map((id) => button(id, locale)),
  });
}

export async function notUnderstoodCard(
  services: GreetingDeps,
  person: Person,
  isAdmin: boolean,
  typed: string,
  suggestion: Suggestion | undefined,
  locale: Locale,
): Promise<{ card: AdaptiveCard; text: string }> {
  // A suggestion the person may not run is no help: they would only be refused.
  const useful =
    suggestion && (suggestion.spec.access !== "administer" || isAdmin) ? suggestion : undefined;
  const text = useful
    ? t(locale, "notUnderstood.didYouMean", { typed, words: useful.words })
    : t(locale, "notUnderstood.help", { typed });
  const { ids } = await nextSteps(services, person, isAdmin);
  const buttons = [
    ...(useful ? [{ title: useful.words, command: useful.words }] : []),
    ...ids.filter((id) => id !== useful?.spec.id).map((id) => button(id, locale)),
  ];
  // The message says what was not understood; the card under it only offers the way on.
  const card = quickActionsCard({
    title: "",
    text: t(locale, useful ? "notUnderstood.orChoose" : "notUnderstood.youCan"),
    buttons,
  });
  return { card, text };
}
