// The reminder a reporter gets in their 1:1 chat: for whom, which units and period, the deadline
// and how many days remain, how many items are due, and a "Rapportera nu" button per unit
// (Action.Execute with the report.open verb; an Action.Submit fallback carries the verb for
// clients without Universal Actions). Its `refresh` (verb reminder.refresh) lets Teams swap it for
// the reports' state once they are in; the messenger fills in `userIds` with the recipient.
import template from "./reminder.json";
import { expandCard, fitToCard, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";

export interface ReminderCardData {
  title: string;
  greeting: string;
  intro: string;
  facts: { title: string; value: string }[];
  unitsHeading: string;
  units: {
    id: string;
    name: string;
    /** "12 punkter att rapportera" */
    items: string;
    /** The button's title: "Rapportera nu". */
    button: string;
    /** Another plan's or period's unit (a merged reminder); none: the card's own. */
    planId?: string;
    periodId?: string;
  }[];
  /** Said when the card had to leave units out to fit Teams' size limit. */
  more: (left: number) => string;
  footer: string;
  /** The Action.Execute verb (VERBS.reportOpen) and its data. */
  verb: string;
  planId: string;
  periodId: string;
  /** The refresh action's title (shown where a client offers refreshing by hand). */
  refreshTitle: string;
}

export function reminderCard(data: ReminderCardData): AdaptiveCard {
  // A reminder about several plans has no refresh: the status card it would become knows one plan.
  const merged = data.units.some(
    (unit) =>
      (unit.planId ?? data.planId) !== data.planId ||
      (unit.periodId ?? data.periodId) !== data.periodId,
  );
  const units = data.units.map((unit) => ({
    ...unit,
    planId: unit.planId ?? data.planId,
    periodId: unit.periodId ?? data.periodId,
  }));
  return fitToCard(data.units.length, (shown) => {
    const left = data.units.length - shown;
    const card = expandCard(template, {
      ...data,
      units: units.slice(0, shown),
      more: left > 0 ? data.more(left) : "",
      refreshTitle: data.refreshTitle,
      refreshVerb: VERBS.reminderRefresh,
      unitIds: data.units.map((unit) => unit.id),
    });
    if (merged) delete card.refresh;
    return card;
  });
}
