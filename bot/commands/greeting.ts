// What the bot says first to a person, and when it did not understand: a few words and the two or
// three commands that fit this person now, as buttons. The whole list is one `hjälp` away.
import { quickActionsCard } from "../../cards/quick-actions-card";
import type { AdaptiveCard } from "../../cards/render";
import type { Locale } from "../../services/i18n/locale";
import type { Person } from "../../services/people/person";
import { livePlans } from "../../services/live-plans";
import { loadPlan } from "../../services/plan";
import { reporterFrom } from "../../services/reporting";
import type { BotServices } from "../services";
import { COMMANDS, type CommandId } from "./catalog";
import type { Suggestion } from "./suggest-command";

const BUTTON: Partial<Record<CommandId, Record<Locale, string>>> = {
  report: { sv: "Rapportera", en: "Report" },
  listPeriods: { sv: "Perioder", en: "Periods" },
  listResponsibles: { sv: "Ansvariga", en: "Reporters" },
  help: { sv: "Allt jag kan", en: "Everything I can do" },
};

function button(id: CommandId, locale: Locale) {
  const spec = COMMANDS.find((c) => c.id === id);
  return { title: BUTTON[id]?.[locale] ?? id, command: spec?.words[locale][0] ?? id };
}

/** What this person can do now: report if they report for a unit, run the plan if they are admin. */
async function nextSteps(
  services: BotServices,
  person: Person,
  isAdmin: boolean,
): Promise<{ ids: CommandId[]; reports: boolean; hasPlan: boolean }> {
  const planId = await services.settings.getActivePlanId();
  const plan = planId ? await loadPlan(services.store, planId) : undefined;
  const reporter = reporterFrom(person, isAdmin);
  // A reporter in any live plan (many plans at once), or in the plan imported last.
  const plans = [
    ...(await livePlans(services)).map((state) => state.plan),
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
  services: BotServices,
  person: Person,
  isAdmin: boolean,
  locale: Locale,
): Promise<AdaptiveCard> {
  const { ids, reports, hasPlan } = await nextSteps(services, person, isAdmin);
  const en = locale === "en";
  const text = reports
    ? en
      ? "I will remind you here when it is time to report, and you report on a card right in the chat."
      : "Jag påminner dig här när det är dags att rapportera, och du rapporterar på ett kort direkt i chatten."
    : isAdmin && !hasPlan
      ? en
        ? "Start by sending me the plan: write import plan and attach the .xlsx or .yaml file."
        : "Börja med att skicka planen till mig: skriv importera plan och bifoga .xlsx- eller .yaml-filen."
      : en
        ? "I help you follow up the operational plan: reminders, reports and summaries for leadership."
        : "Jag hjälper er att följa upp verksamhetsplanen: påminnelser, rapporter och sammanställningar för ledningen.";
  return quickActionsCard({
    title: en ? `Hi ${person.name}!` : `Hej ${person.name}!`,
    text,
    buttons: ids.map((id) => button(id, locale)),
  });
}

export async function notUnderstoodCard(
  services: BotServices,
  person: Person,
  isAdmin: boolean,
  typed: string,
  suggestion: Suggestion | undefined,
  locale: Locale,
): Promise<{ card: AdaptiveCard; text: string }> {
  const en = locale === "en";
  // A suggestion the person may not run is no help: they would only be refused.
  const useful =
    suggestion && (suggestion.spec.access !== "administer" || isAdmin) ? suggestion : undefined;
  const text = useful
    ? en
      ? `I did not understand “${typed}”. Did you mean **${useful.words}**?`
      : `Jag förstod inte ”${typed}”. Menade du **${useful.words}**?`
    : en
      ? `I did not understand “${typed}”. Type **help** to see what I can do.`
      : `Jag förstod inte ”${typed}”. Skriv **hjälp** för att se vad jag kan göra.`;
  const { ids } = await nextSteps(services, person, isAdmin);
  const buttons = [
    ...(useful ? [{ title: useful.words, command: useful.words }] : []),
    ...ids.filter((id) => id !== useful?.spec.id).map((id) => button(id, locale)),
  ];
  // The message says what was not understood; the card under it only offers the way on.
  const card = quickActionsCard({
    title: "",
    text: useful ? (en ? "Or choose:" : "Eller välj:") : en ? "You can:" : "Du kan:",
    buttons,
  });
  return { card, text };
}
