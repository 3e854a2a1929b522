// `ansvariga` as card data: who reports for which unit and whether the bot can reach them, those
// who need action first, with what to do about them; and the answer to `ansvarig <enhet> <person>`.
import type { Locale } from "../services/i18n/locale";
import type { Plan } from "../services/plan/plan-schema";
import type { PersonReach, Reach } from "../services/people/reachability";
import { confirmationCard } from "./confirmation-card";
import { fitToCard, type AdaptiveCard } from "./render";
import { responsiblesCard, type ResponsiblesCardData } from "./responsibles-card";
import { VERBS } from "./verbs";

const REACH_TEXT: Record<Reach, { sv: string; en: string }> = {
  reachable: { sv: "✔ Nås", en: "✔ Reachable" },
  notInstalled: { sv: "✖ Har inte appen", en: "✖ Has not installed the app" },
  uninstalled: { sv: "✖ Har tagit bort appen", en: "✖ Has removed the app" },
  blocked: { sv: "✖ Blockerad", en: "✖ Blocked" },
};

export interface ResponsiblesView {
  plan: Pick<Plan, "id" | "name" | "people" | "units">;
  /** Each reporter's reach, by lower-case UPN. */
  reach: Map<string, PersonReach>;
  /** Whether the bot can install the app for those without it (Graph is set up and someone lacks it). */
  installable: boolean;
  locale: Locale;
}

export function responsiblesView(view: ResponsiblesView): AdaptiveCard {
  const { plan, reach, installable, locale } = view;
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
  const en = locale === "en";
  const rows = plan.units
    .filter(
      (unit) => unit.reporters.length > 0 || !plan.units.some((child) => child.parent === unit.id),
    )
    .flatMap((unit) => {
      if (unit.reporters.length === 0) {
        return [
          {
            unit: unit.name,
            reporter: en ? "– none –" : "– ingen –",
            reach: "✖",
            reachable: false,
          },
        ];
      }
      return unit.reporters.map((upn) => {
        const r = reach.get(upn.toLowerCase());
        return {
          unit: unit.name,
          reporter: `${names.get(upn.toLowerCase()) ?? r?.name ?? upn} (${upn})`,
          reach: REACH_TEXT[r?.reach ?? "notInstalled"][locale],
          reachable: r?.reach === "reachable",
        };
      });
    })
    // Those who need action first.
    .sort((a, b) => Number(a.reachable) - Number(b.reachable));
  const unreachable = [...reach.values()].filter((r) => r.reach !== "reachable").length;
  const data: ResponsiblesCardData = {
    title: en ? `Reporters: ${plan.name}` : `Ansvariga för rapportering: ${plan.name}`,
    summary: en
      ? `${reach.size} ${reach.size === 1 ? "reporter" : "reporters"} for ${plan.units.length} ${plan.units.length === 1 ? "unit" : "units"}; ${unreachable === 0 ? "I can reach them all." : `${unreachable} cannot be reached yet.`}`
      : `${reach.size} ${reach.size === 1 ? "rapportör" : "rapportörer"} för ${plan.units.length} ${plan.units.length === 1 ? "enhet" : "enheter"}; ${unreachable === 0 ? "jag når alla." : `${unreachable} kan jag inte nå än.`}`,
    labels: en
      ? { unit: "Unit", reporter: "Reporter", reach: "Reach" }
      : { unit: "Enhet", reporter: "Rapportör", reach: "Nås?" },
    rows,
    advice: adviceFor(unreachable, installable, en),
    install: installable
      ? {
          title: en ? "Install the app for them" : "Installera appen för dessa",
          verb: VERBS.responsiblesInstallApp,
          data: { planId: plan.id },
        }
      : undefined,
  };
  return fitRows(data, en);
}

/** What to do about those marked ✖; with Graph set up, the button does it for them. */
function adviceFor(unreachable: number, installable: boolean, en: boolean): string {
  if (unreachable === 0) return "";
  if (installable) {
    return en
      ? "Those marked ✖ cannot be reached yet. Install the app for them adds Uppföljningsboten in Teams for everyone who has not blocked me; or they add it themselves (Apps → search → Add)."
      : "De som har ✖ kan jag inte nå än. Installera appen för dessa lägger till Uppföljningsboten i Teams åt alla som inte har blockerat mig; eller så lägger de till den själva (Appar → sök → Lägg till).";
  }
  return en
    ? "Those marked ✖ must install Uppföljningsboten in Teams (Apps → search → Add), or be in a team where the bot is installed, before reminders can reach them."
    : "De som har ✖ behöver lägga till Uppföljningsboten i Teams (Appar → sök → Lägg till), eller vara med i ett team där boten finns, innan påminnelser når dem.";
}

/** A large plan's list is cut to fit one card, and the card says how many rows are left out. */
function fitRows(data: ResponsiblesCardData, en: boolean) {
  return fitToCard(data.rows.length, (shown) => {
    const more = data.rows.length - shown;
    return responsiblesCard({
      ...data,
      rows: data.rows.slice(0, shown),
      more: more > 0 ? (en ? `… and ${more} more rows.` : `… och ${more} rader till.`) : "",
    });
  });
}

/** `ansvarig <enhet> <person>`: who reported before and after, and whether the bot reaches them. */
export function reporterChangeView(
  change: { unit: { name: string }; before: string[]; after: string[] },
  person: { identifier: string; reachable: boolean },
  locale: Locale,
): AdaptiveCard {
  const en = locale === "en";
  return confirmationCard({
    title: en
      ? `Reporter for ${change.unit.name}`
      : `Ansvarig för rapportering: ${change.unit.name}`,
    labels: en
      ? { field: "What", before: "Before", after: "After" }
      : { field: "Vad", before: "Före", after: "Efter" },
    changes: [
      {
        field: en ? "Reporter" : "Rapportör",
        before: change.before.join(", ") || "–",
        after: change.after.join(", "),
      },
    ],
    footer: person.reachable
      ? ""
      : en
        ? `${person.identifier} cannot be reached by me yet: they need to add Uppföljningsboten in Teams.`
        : `${person.identifier} kan jag inte nå än: personen behöver lägga till Uppföljningsboten i Teams.`,
  });
}
