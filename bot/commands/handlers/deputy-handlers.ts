// `ersättare` (admin): lists the current deputies, or names one for a unit
// (`ersättare <enhet> <person> [till <datum>]`); `frånvarande till <datum> ersättare <person>`
// (a reporter): their deputy reports for all their units, and they are not reminded until then.
import { confirmationCard } from "../../../cards/confirmation-card";
import { DomainError } from "../../../services/errors";
import { day } from "../../../services/i18n/date-text";
import { nameDeputy, reportAbsence } from "../../../services/deputies/name-deputy";
import { actorId, identifiersOf } from "../../../services/people/person";
import { personArgument } from "../../person-argument";
import { requireActivePlan } from "../active-plan";
import { cardMessage, textMessage } from "../../replies";
import type { CommandHandler } from "../command-handler";

const UNTIL = /\s+till\s+(\S.*)$/i;

export const deputies: CommandHandler = async (input, services) => {
  const plan = await requireActivePlan(services);
  const en = input.locale === "en";
  const args = input.args.trim();
  if (args === "") {
    const current = await services.deputies.current(plan.id);
    const names = new Map(plan.units.map((unit) => [unit.id, unit.name]));
    if (current.length === 0) {
      return [
        textMessage(
          en
            ? `No deputies in ${plan.name} now. Name one: deputy <unit> <person> [until <date>].`
            : `Inga ersättare i ${plan.name} just nu. Utse en: ersättare <enhet> <person> [till <datum>].`,
        ),
      ];
    }
    const lines = current.map((deputy) => {
      const until = deputy.until
        ? day(deputy.until, input.locale)
        : en
          ? "until replaced"
          : "tills vidare";
      const forWhom = deputy.forWhom
        ? en
          ? ` for ${deputy.forWhom}`
          : ` för ${deputy.forWhom}`
        : "";
      return `- ${names.get(deputy.unitId) ?? deputy.unitId}: ${deputy.deputyName} (${deputy.deputy})${forWhom}, ${en ? "until" : "till"} ${until}`;
    });
    return [
      textMessage(
        `${en ? `Deputies in ${plan.name}:` : `Ersättare i ${plan.name}:`}\n\n${lines.join("\n")}`,
      ),
    ];
  }
  const untilText = UNTIL.exec(args)?.[1];
  const rest = untilText === undefined ? args : args.replace(UNTIL, "");
  const named = await personArgument(input.context, rest);
  const result = await nameDeputy(services.deputies, plan, {
    unitText: named.rest,
    deputy: { upn: named.identifier, name: named.person?.name },
    untilText,
    actor: actorId(input.sender),
  });
  const shown = (deputy: { deputyName: string; until: string } | undefined) =>
    deputy
      ? `${deputy.deputyName}, ${deputy.until ? `${en ? "until" : "till"} ${day(deputy.until, input.locale)}` : en ? "until replaced" : "tills vidare"}`
      : "–";
  return [
    cardMessage(
      confirmationCard({
        title: en ? `Deputy for ${result.unit.name}` : `Ersättare för ${result.unit.name}`,
        labels: en
          ? { field: "What", before: "Before", after: "After" }
          : { field: "Vad", before: "Före", after: "Efter" },
        changes: [
          {
            field: en ? "Deputy" : "Ersättare",
            before: shown(result.before),
            after: shown(result.deputy),
          },
        ],
        footer: en
          ? `${result.deputy.deputyName} is reminded for ${result.unit.name} and may report for it while the deputy lasts, beside its own reporters. The change is in the audit log.`
          : `${result.deputy.deputyName} påminns för ${result.unit.name} och får rapportera för enheten så länge ersättningen gäller, vid sidan av enhetens rapportörer. Ändringen finns i granskningsloggen.`,
      }),
    ),
  ];
};

const ABSENCE = /^till\s+(.+?)\s+ersättare\s+(\S.*)$/i;
const ABSENCE_EN = /^until\s+(.+?)\s+deputy\s+(\S.*)$/i;

export const absence: CommandHandler = async (input, services) => {
  const plan = await requireActivePlan(services);
  const en = input.locale === "en";
  const match = ABSENCE.exec(input.args.trim()) ?? ABSENCE_EN.exec(input.args.trim());
  if (!match?.[1] || !match[2]) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Skriv när du är tillbaka och vem som rapporterar under tiden, t.ex. frånvarande till 30 juni ersättare anna.berg@kommun.se.",
    );
  }
  const named = await personArgument(input.context, match[2]);
  const me = actorId(input.sender);
  const result = await reportAbsence(services.deputies, plan, {
    person: {
      upn: me,
      name: plan.people.find((p) => p.upn.toLowerCase() === me)?.name ?? input.sender.name ?? me,
      identifiers: identifiersOf(input.sender),
    },
    untilText: match[1],
    deputy: { upn: named.identifier, name: named.person?.name },
  });
  const until = day(result.until, input.locale);
  const units = result.units.map((unit) => unit.name).join(", ");
  return [
    cardMessage(
      confirmationCard({
        title: en ? `Away until ${until}` : `Frånvarande till ${until}`,
        labels: en
          ? { field: "What", before: "Before", after: "After" }
          : { field: "Vad", before: "Före", after: "Efter" },
        changes: [
          {
            field: en ? "Reports for" : "Rapporterar för",
            before: units,
            after: `${result.deputyName}: ${units}`,
          },
          {
            field: en ? "Reminders to you" : "Påminnelser till dig",
            before: en ? "Yes" : "Ja",
            after: en ? `None until ${until}` : `Inga till och med ${until}`,
          },
        ],
        footer: en
          ? `${result.deputyName} is reminded and may report for your units until ${until}. The change is in the audit log.`
          : `${result.deputyName} påminns och får rapportera för dina enheter till och med ${until}. Ändringen finns i granskningsloggen.`,
      }),
    ),
  ];
};
