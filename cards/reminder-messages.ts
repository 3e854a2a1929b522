// The reminders' words and cards: turns what services/reminders works out (ReminderContent,
// DigestContent, …) into the cards of cards/, in Swedish or English, with the words of cards/words.
import { digestCard } from "./digest-card";
import { reminderCard } from "./reminder-card";
import { reminderSections } from "./reminder-sections";
import { reminderProgressCard } from "./reminder-progress-card";
import { VERBS } from "./verbs";
import { t } from "./words/t";
import { day } from "../services/i18n/date-text";
import type { Locale } from "../services/i18n/locale";
import type { OutgoingMessage } from "../services/messaging/messenger";
import type {
  DigestContent,
  PeriodInfo,
  ProgressContent,
  ReminderContent,
  ReminderRenderer,
  UnreachableNoticeContent,
  UnreachablePerson,
} from "../services/reminders/reminder-content";

// A fan-out renders thousands of cards with the same dates and few numbers: messages are compiled
// once (cards/words/t.ts), and dates are remembered by services/i18n/date-text.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat("sv-SE"),
  en: new Intl.NumberFormat("en-GB"),
};

export function formatCount(n: number, locale: Locale): string {
  return numberFormats[locale].format(n);
}

/** "1 jan. – 30 apr. 2025": the period's days, an en dash between. */
function span(period: PeriodInfo, locale: Locale): string {
  return `${day(period.start, locale, "dayMonth")} – ${day(period.end, locale, "short")}`;
}

function daysLeftText(daysLeft: number, locale: Locale): string {
  if (daysLeft === 0) return t(locale, "reminder.lastDayToday");
  if (daysLeft > 0) return t(locale, "reminder.days", { count: daysLeft });
  return t(locale, "reminder.deadlinePassed", { count: -daysLeft });
}

function reason(person: UnreachablePerson, locale: Locale): string {
  return t(locale, `reach.reason.${person.reason}`);
}

function reminder(content: ReminderContent): OutgoingMessage {
  const { locale, period, units } = content;
  const label = period.label;
  const title = t(locale, `reminder.title.${content.tone}`, { label });
  const items = (count: number) => t(locale, "reminder.itemsToReport", { count });
  const sections = reminderSections(content, items);
  const card = reminderCard({
    title,
    greeting: t(locale, "common.greeting", { name: content.personName }),
    intro: t(locale, `reminder.intro.${content.tone}`, {
      label,
      deadline: day(period.deadline, locale),
    }),
    facts: [
      ...(sections?.facts.slice(0, 1) ?? []),
      { title: t(locale, "reminder.fact.period"), value: `${label} (${span(period, locale)})` },
      { title: t(locale, "reminder.fact.lastDay"), value: day(period.deadline, locale) },
      { title: t(locale, "reminder.fact.timeLeft"), value: daysLeftText(content.daysLeft, locale) },
      {
        title: t(locale, "reminder.fact.toReport"),
        value: t(locale, "reminder.toReport", { items: content.itemsDue, units: units.length }),
      },
      ...(sections?.facts.slice(1) ?? []),
    ],
    unitsHeading: t(locale, "reminder.unitsHeading", { count: units.length }),
    units: units
      .map((unit) => ({
        id: unit.id,
        name: unit.name,
        items: items(unit.items),
        button: t(locale, "reminder.reportNow"),
      }))
      .concat(sections?.units ?? []),
    more: (left) => t(locale, "common.moreUnits", { count: left }),
    footer: t(locale, "reminder.footer", { count: units.length }),
    verb: VERBS.reportOpen,
    planId: period.planId,
    periodId: period.periodId,
    refreshTitle: t(locale, "common.refresh"),
  });
  const text = t(locale, "reminder.text", {
    title,
    day: day(period.deadline, locale, "dayMonth"),
  });
  return { card, text: `${text}${sections?.textSuffix ?? ""}` };
}

function progress(content: ProgressContent): OutgoingMessage {
  const { locale } = content;
  const n = (value: number) => formatCount(value, locale);
  const counts = { sent: content.sent, total: content.total };
  const status = content.done
    ? t(locale, "progress.done", counts)
    : t(locale, "progress.running", counts);
  const facts = content.done
    ? [
        { title: t(locale, "progress.sent"), value: n(content.sent) },
        { title: t(locale, "progress.alreadyReported"), value: n(content.alreadyReported) },
        ...(content.alreadyReminded > 0
          ? [{ title: t(locale, "progress.alreadyReminded"), value: n(content.alreadyReminded) }]
          : []),
        { title: t(locale, "progress.unreachable"), value: n(content.unreachable) },
        { title: t(locale, "progress.failed"), value: n(content.failed) },
      ]
    : [];
  const card = reminderProgressCard({
    title: t(locale, "progress.title", { label: content.period.label }),
    status,
    facts,
    listHeading: t(locale, "progress.listHeading"),
    people: content.unreachablePeople.map((person) => `${person.name}: ${reason(person, locale)}`),
    more: (left) => t(locale, "common.more", { count: left }),
    footer: content.done && content.unreachable > 0 ? t(locale, "progress.footer") : "",
  });
  return { card, text: status };
}

function digest(content: DigestContent): OutgoingMessage {
  const { locale, period, missing } = content;
  const summary =
    missing.length === 0
      ? t(locale, "digest.allReported", { count: content.unitsReporting })
      : t(locale, "digest.missing", {
          missing: missing.length,
          units: content.unitsReporting,
          deadline: day(period.deadline, locale),
        });
  const card = digestCard({
    title: t(locale, "digest.title", { label: period.label }),
    summary,
    rows: missing.map((unit) => ({
      name: unit.name,
      detail:
        unit.reporters.length > 0
          ? t(locale, "digest.reporters", {
              count: unit.reporters.length,
              names: unit.reporters.join(", "),
            })
          : t(locale, "digest.noReporter"),
    })),
    more: (left) => t(locale, "common.moreUnits", { count: left }),
    footer: missing.length > 0 ? t(locale, "digest.footer", { periodId: period.periodId }) : "",
  });
  return { card, text: summary };
}

function unreachableNotice(content: UnreachableNoticeContent): OutgoingMessage {
  const { locale, people, period } = content;
  const title = t(locale, "unreachable.title", { count: people.length });
  const card = digestCard({
    title,
    summary: t(locale, "unreachable.summary", { label: period.label, count: people.length }),
    rows: people.map((person) => ({ name: person.name, detail: reason(person, locale) })),
    more: (left) => t(locale, "common.more", { count: left }),
    footer: t(locale, "unreachable.footer"),
  });
  return { card, text: title };
}

export const reminderRenderer: ReminderRenderer = { reminder, progress, digest, unreachableNotice };
