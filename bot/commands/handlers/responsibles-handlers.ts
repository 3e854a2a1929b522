// `ansvariga`: who reports for which unit in the active plan, and who the bot cannot reach yet.
import { confirmationCard } from "../../../cards/confirmation-card";
import { fitToCard } from "../../../cards/render";
import { responsiblesCard, type ResponsiblesCardData } from "../../../cards/responsibles-card";
import { DomainError } from "../../../services/errors";
import { reachOf, REACH_TEXT } from "../../../services/people/reachability";
import { reachOfReporters, withoutTheApp } from "../../../services/people/unreachable-reporters";
import { VERBS } from "../../../cards/verbs";
import { assignReporter } from "../../../services/plan/assign-reporter";
import { personArgument } from "../../person-argument";
import { requireActivePlan } from "../active-plan";
import { cardMessage } from "../../replies";
import type { CommandHandler, ResponsiblesDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

export const listResponsibles: CommandHandler<ResponsiblesDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
  const reach = await reachOfReporters(services.addressBook, plan);
  const en = input.locale === "en";
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
          reach: REACH_TEXT[r?.reach ?? "notInstalled"][input.locale],
          reachable: r?.reach === "reachable",
        };
      });
    })
    // Those who need action first.
    .sort((a, b) => Number(a.reachable) - Number(b.reachable));
  const unreachable = [...reach.values()].filter((r) => r.reach !== "reachable").length;
  const installable = withoutTheApp(reach.values()).length > 0 && services.appInstaller;
  const data: ResponsiblesCardData = {
    title: en ? `Reporters: ${plan.name}` : `Ansvariga för rapportering: ${plan.name}`,
    summary: en
      ? `${reach.size} ${reach.size === 1 ? "reporter" : "reporters"} for ${plan.units.length} ${plan.units.length === 1 ? "unit" : "units"}; ${unreachable === 0 ? "I can reach them all." : `${unreachable} cannot be reached yet.`}`
      : `${reach.size} ${reach.size === 1 ? "rapportör" : "rapportörer"} för ${plan.units.length} ${plan.units.length === 1 ? "enhet" : "enheter"}; ${unreachable === 0 ? "jag når alla." : `${unreachable} kan jag inte nå än.`}`,
    labels: en
      ? { unit: "Unit", reporter: "Reporter", reach: "Reach" }
      : { unit: "Enhet", reporter: "Rapportör", reach: "Nås?" },
    rows,
    advice: adviceFor(unreachable, Boolean(installable), en),
    install: installable
      ? {
          title: en ? "Install the app for them" : "Installera appen för dessa",
          verb: VERBS.responsiblesInstallApp,
          data: { planId: plan.id },
        }
      : undefined,
  };
  return [cardMessage(fitRows(data, en))];
};

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

/** `ansvarig <enhet> <person>`: the named person reports for the unit from now on. */
export const assignResponsible: CommandHandler<ResponsiblesDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const named = await personArgument(input.context, input.args);
  const unitText = named.rest.trim();
  if (!unitText) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange enheten och personen. Exempel: ansvarig ${plan.units[0]?.name ?? "Hemtjänst Norr"} anna.berg@kommun.se`,
    );
  }
  const change = await assignReporter(
    { store: services.store, audit: services.audit, now: services.now },
    {
      planId: plan.id,
      unit: unitText,
      reporter: { upn: named.identifier, name: named.person?.name },
      actor: actorId(input.sender),
    },
  );
  const reach = await reachOf(services.addressBook, named.identifier);
  const en = input.locale === "en";
  return [
    cardMessage(
      confirmationCard({
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
        footer:
          reach.reach === "reachable"
            ? ""
            : en
              ? `${named.identifier} cannot be reached by me yet: they need to add Uppföljningsboten in Teams.`
              : `${named.identifier} kan jag inte nå än: personen behöver lägga till Uppföljningsboten i Teams.`,
      }),
    ),
  ];
};
