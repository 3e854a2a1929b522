// The other plans and periods a merged reminder names (one reminder per person and step, however
// many plans: services/reminders/merge-steps.ts): a fact per plan and period with its deadline,
// and the units there, each with its own "Rapportera nu" for that plan and period.
import { day } from "../services/i18n/date-text";
import type { ReminderContent } from "../services/reminders/reminder-content";
import { t } from "./words/t";

export interface SectionUnit {
  id: string;
  name: string;
  items: string;
  button: string;
  planId: string;
  periodId: string;
}

export interface ReminderSectionsView {
  /** "Plan" first, then one "Också" fact per other plan and period. */
  facts: { title: string; value: string }[];
  /** The units of the other plans and periods, after the leading period's own. */
  units: SectionUnit[];
  /** A line for the message's text: "… och Helår 2024 (sista dag 28 feb.)". */
  textSuffix: string;
}

export function reminderSections(
  content: ReminderContent,
  items: (n: number) => string,
): ReminderSectionsView | undefined {
  const others = content.others ?? [];
  if (others.length === 0) return undefined;
  const { locale } = content;
  const about = (planName: string, label: string, deadline: string) =>
    t(locale, "reminder.aboutPlan", {
      plan: planName,
      label,
      day: day(deadline, locale, "dayMonth"),
    });
  return {
    facts: [
      { title: "Plan", value: content.period.planName },
      ...others.map((section) => ({
        title: t(locale, "reminder.also"),
        value: about(section.period.planName, section.period.label, section.period.deadline),
      })),
    ],
    units: others.flatMap((section) =>
      section.units.map((unit) => ({
        id: unit.id,
        name: unit.name,
        items: `${items(unit.items)} · ${about(section.period.planName, section.period.label, section.period.deadline)}`,
        button: t(locale, "reminder.reportNow"),
        planId: section.period.planId,
        periodId: section.period.periodId,
      })),
    ),
    textSuffix: others
      .map((section) =>
        t(locale, "reminder.andAlso", {
          label: section.period.label,
          plan: section.period.planName,
        }),
      )
      .join(""),
  };
}
