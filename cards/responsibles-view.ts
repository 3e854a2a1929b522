// `ansvariga` as card data: who reports for which unit and whether the bot can reach them, those
// who need action first, with what to do about them; and the answer to `ansvarig <enhet> <person>`.
import type { Locale } from "../services/i18n/locale";
import type { Plan } from "../services/plan/plan-schema";
import type { PersonReach } from "../services/people/reachability";
import { confirmationCard } from "./confirmation-card";
import { fitToCard, type AdaptiveCard } from "./render";
import { responsiblesCard, type ResponsiblesCardData } from "./responsibles-card";
import { VERBS } from "./verbs";
import { changeLabels } from "./change-labels";
import { t } from "./words/t";

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
  const rows = plan.units
    .filter(
      (unit) => unit.reporters.length > 0 || !plan.units.some((child) => child.parent === unit.id),
    )
    .flatMap((unit) => {
      if (unit.reporters.length === 0) {
        return [
          {
            unit: unit.name,
            reporter: t(locale, "responsibles.none"),
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
          reach: t(locale, `reach.${r?.reach ?? "notInstalled"}`),
          reachable: r?.reach === "reachable",
        };
      });
    })
    // Those who need action first.
    .sort((a, b) => Number(a.reachable) - Number(b.reachable));
  const unreachable = [...reach.values()].filter((r) => r.reach !== "reachable").length;
  const data: ResponsiblesCardData = {
    title: t(locale, "responsibles.title", { plan: plan.name }),
    summary: t(locale, "responsibles.summary", {
      reporters: reach.size,
      units: plan.units.length,
      unreachable,
    }),
    labels: {
      unit: t(locale, "responsibles.unit"),
      reporter: t(locale, "responsibles.reporter"),
      reach: t(locale, "responsibles.reach"),
    },
    rows,
    advice:
      unreachable === 0
        ? ""
        : t(locale, installable ? "responsibles.adviceInstall" : "responsibles.advice"),
    install: installable
      ? {
          title: t(locale, "responsibles.install"),
          verb: VERBS.responsiblesInstallApp,
          data: { planId: plan.id },
        }
      : undefined,
  };
  return fitRows(data, locale);
}

/** A large plan's list is cut to fit one card, and the card says how many rows are left out. */
function fitRows(data: ResponsiblesCardData, locale: Locale) {
  return fitToCard(data.rows.length, (shown) => {
    const more = data.rows.length - shown;
    return responsiblesCard({
      ...data,
      rows: data.rows.slice(0, shown),
      more: more > 0 ? t(locale, "responsibles.moreRows", { count: more }) : "",
    });
  });
}

/** `ansvarig <enhet> <person>`: who reported before and after, and whether the bot reaches them. */
export function reporterChangeView(
  change: { unit: { name: string }; before: string[]; after: string[] },
  person: { identifier: string; reachable: boolean },
  locale: Locale,
  /** The plan changed, named on the card (an admin may work on several). */
  planName?: string,
): AdaptiveCard {
  return confirmationCard({
    ...(planName ? { plan: `Plan: ${planName}` } : {}),
    title: t(locale, "responsibles.changeTitle", { unit: change.unit.name }),
    labels: changeLabels(locale),
    changes: [
      {
        field: t(locale, "responsibles.reporter"),
        before: change.before.join(", ") || "–",
        after: change.after.join(", "),
      },
    ],
    footer: person.reachable
      ? ""
      : t(locale, "responsibles.notReachable", { person: person.identifier }),
  });
}
