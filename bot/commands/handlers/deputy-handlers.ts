// `ersättare` (admin): lists the current deputies, or names one for a unit
// (`ersättare <enhet> <person> [till <datum>]`); `frånvarande till <datum> ersättare <person>`
// (a reporter): their deputy reports for all their units, and they are not reminded until then.
// `ersättare ta bort <enhet> [<person>]` and `frånvarande slut` end them early.
import { changeLabels } from "../../../cards/change-labels";
import { confirmationCard } from "../../../cards/confirmation-card";
import { t } from "../../../cards/words/t";
import { DomainError } from "../../../services/errors";
import { day } from "../../../services/i18n/date-text";
import { nameDeputy, reportAbsence } from "../../../services/deputies/name-deputy";
import { endAbsence, removeDeputy } from "../../../services/deputies/end-deputy";
import { actorId, identifiersOf } from "../../../services/people/person";
import { personArgument } from "../../person-argument";
import { requireActivePlan } from "../active-plan";
import { cardMessage, textMessage } from "../../replies";
import type { Activity } from "botbuilder";
import type { Plan } from "../../../services/plan";
import type { CommandHandler, CommandInput, DeputyDeps } from "../command-handler";

const UNTIL = /\s+till\s+(\S.*)$/i;
const REMOVE = /^(?:ta\s+bort|remove)(?:\s+(.*))?$/i;

export const deputies: CommandHandler<DeputyDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const { locale } = input;
  // "till 20 maj 2025", or "tills vidare" when the deputy has no last day.
  const until = (date: string | undefined) =>
    t(locale, "deputy.until", { date: date ? day(date, locale) : "none" });
  const args = input.args.trim();
  if (args === "") {
    const current = await services.deputies.current(plan.id);
    const names = new Map(plan.units.map((unit) => [unit.id, unit.name]));
    if (current.length === 0) {
      return [textMessage(t(locale, "deputy.none", { plan: plan.name }))];
    }
    const lines = current.map((deputy) =>
      t(locale, "deputy.line", {
        unit: names.get(deputy.unitId) ?? deputy.unitId,
        name: deputy.deputyName,
        upn: deputy.deputy,
        forWhom: deputy.forWhom || "none",
        until: until(deputy.until),
      }),
    );
    return [textMessage(`${t(locale, "deputy.list", { plan: plan.name })}\n\n${lines.join("\n")}`)];
  }
  const remove = REMOVE.exec(args);
  if (remove) {
    const text = remove[1]?.trim() ?? "";
    const named = text.includes("@") ? await personArgument(input.context, text) : undefined;
    const result = await removeDeputy(services.deputies, plan, {
      unitText: named?.rest ?? text,
      deputy: named?.identifier,
      actor: actorId(input.sender),
    });
    const names = result.removed.map((deputy) => deputy.deputyName).join(", ");
    return [
      cardMessage(
        confirmationCard({
          title: t(locale, "deputy.removedTitle", { unit: result.unit.name }),
          labels: changeLabels(locale),
          changes: [
            {
              field: t(locale, "deputy.field"),
              before: result.removed
                .map((d) =>
                  t(locale, "deputy.shown", { name: d.deputyName, until: until(d.until) }),
                )
                .join("; "),
              after: "–",
            },
          ],
          footer: t(locale, "deputy.removedFooter", { names, unit: result.unit.name }),
        }),
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
      ? t(locale, "deputy.shown", { name: deputy.deputyName, until: until(deputy.until) })
      : "–";
  return [
    cardMessage(
      confirmationCard({
        title: t(locale, "deputy.title", { unit: result.unit.name }),
        labels: changeLabels(locale),
        changes: [
          {
            field: t(locale, "deputy.field"),
            before: shown(result.before),
            after: shown(result.deputy),
          },
        ],
        footer: t(locale, "deputy.footer", {
          name: result.deputy.deputyName,
          unit: result.unit.name,
        }),
      }),
    ),
  ];
};

const ABSENCE = /^till\s+(.+?)\s+ersättare\s+(\S.*)$/i;
const ABSENCE_EN = /^until\s+(.+?)\s+deputy\s+(\S.*)$/i;
const BACK = /^(?:slut|tillbaka|avsluta|end|back)$/i;

export const absence: CommandHandler<DeputyDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const { locale } = input;
  if (BACK.test(input.args.trim())) return absenceEnded(input, plan, services);
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
        title: t(locale, "absence.title", { until }),
        labels: changeLabels(locale),
        changes: [
          {
            field: t(locale, "absence.reportsFor"),
            before: units,
            after: `${result.deputyName}: ${units}`,
          },
          {
            field: t(locale, "absence.reminders"),
            before: t(locale, "common.yes"),
            after: t(locale, "absence.noneUntil", { until }),
          },
        ],
        footer: t(locale, "absence.footer", { name: result.deputyName, until }),
      }),
    ),
  ];
};

async function absenceEnded(
  input: CommandInput,
  plan: Plan,
  services: DeputyDeps,
): Promise<Partial<Activity>[]> {
  const { locale } = input;
  const { absence, removed } = await endAbsence(services.deputies, plan, {
    upn: actorId(input.sender),
    identifiers: identifiersOf(input.sender),
  });
  const until = day(absence.until, locale);
  const names = [...new Set(removed.map((deputy) => deputy.deputyName))].join(", ");
  return [
    cardMessage(
      confirmationCard({
        title: t(locale, "absence.endedTitle"),
        labels: changeLabels(locale),
        changes: [
          {
            field: t(locale, "absence.reminders"),
            before: t(locale, "absence.noneUntil", { until }),
            after: t(locale, "common.yes"),
          },
        ],
        footer: t(locale, "absence.endedFooter", { names: names || "none" }),
      }),
    ),
  ];
}
