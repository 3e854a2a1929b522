// The plans card: `planer` lists the stored plans with their state, and a command that cannot know
// which plan is meant (several live plans, none chosen) answers with the same list and a button per
// plan (verb plan.choose, data { planId, purpose, command }): the admin's plan is set, or the
// leadership channel is given to that plan, and the command is run again.
import template from "./plans.json";
import { expandCard, fitToCard, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";
import type { Locale } from "../services/i18n/locale";
import { t } from "./words/t";

export type PlanChoicePurpose = "work" | "channel";

export interface PlansCardData {
  title: string;
  summary: string;
  plans: { id: string; name: string; details: string; state: string; button: string }[];
  footer: string;
  purpose: PlanChoicePurpose | "";
  /** The command to run again once a plan is chosen ("" for none). */
  command: string;
  more: (left: number) => string;
}

export function plansCard(data: PlansCardData): AdaptiveCard {
  return fitToCard(data.plans.length, (shown) => {
    const left = data.plans.length - shown;
    return expandCard(template, {
      ...data,
      plans: data.plans.slice(0, shown),
      footer: left > 0 ? `${data.more(left)} ${data.footer}`.trim() : data.footer,
      verb: VERBS.planChoose,
    });
  });
}

/** A plan as the card shows it: what the view needs of the domain, nothing more. */
export interface PlanRow {
  id: string;
  name: string;
  organisation: string;
  organisationUnit?: string;
  year: number;
  archived: boolean;
  live: boolean;
  /** The admin's own plan (`plan <namn>`). */
  chosen: boolean;
  /** The open periods by label, then the next one to open. */
  open: string[];
  next?: string;
}

export function plansView(
  rows: readonly PlanRow[],
  locale: Locale,
  options: { purpose?: PlanChoicePurpose; command?: string; title?: string; summary?: string },
): PlansCardData {
  const button =
    options.purpose === "channel"
      ? t(locale, "plans.button.channel")
      : options.purpose === "work"
        ? t(locale, "plans.button.work")
        : "";
  return {
    title: options.title ?? t(locale, "plans.title"),
    summary: options.summary ?? "",
    plans: rows.map((row) => ({
      id: row.id,
      name: `${row.chosen ? "✔ " : ""}${row.name}`,
      details: [row.organisation, row.organisationUnit, String(row.year), `id ${row.id}`]
        .filter(Boolean)
        .join(" · "),
      state: stateText(row, locale),
      button: row.archived ? "" : button,
    })),
    footer: t(locale, "plans.footer"),
    purpose: options.purpose ?? "",
    command: options.command ?? "",
    more: (left) => t(locale, "plans.more", { count: left }),
  };
}

function stateText(row: PlanRow, locale: Locale): string {
  if (row.archived) return t(locale, "plans.state.archived");
  if (!row.live) return t(locale, "plans.state.notLive");
  if (row.open.length > 0) return t(locale, "plans.state.open", { periods: row.open.join(", ") });
  return t(locale, "plans.state.followed", { next: row.next ?? "none" });
}
