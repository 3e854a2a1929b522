// The reminders' words and cards: turns what services/reminders works out (ReminderContent,
// DigestContent, …) into the cards of cards/, in Swedish or English.
import { digestCard } from "./digest-card";
import { reminderCard } from "./reminder-card";
import { reminderProgressCard } from "./reminder-progress-card";
import { VERBS } from "./verbs";
import { day } from "../services/i18n/date-text";
import type { Locale } from "../services/i18n/locale";
import type { OutgoingMessage } from "../services/messaging";
import type {
  DigestContent,
  PeriodInfo,
  ProgressContent,
  ReminderContent,
  ReminderRenderer,
  ReminderTone,
  UnreachableNoticeContent,
  UnreachableReason,
} from "../services/reminders";

// A fan-out renders thousands of cards with the same dates and few numbers: formatters are made
// once, and dates are remembered by services/i18n/date-text.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat("sv-SE"),
  en: new Intl.NumberFormat("en-GB"),
};

export function formatCount(n: number, locale: Locale): string {
  return numberFormats[locale].format(n);
}

function span(period: PeriodInfo, locale: Locale): string {
  return `${day(period.start, locale, "dayMonth")} – ${day(period.end, locale, "short")}`;
}

function plural(n: number, one: string, many: string, locale: Locale): string {
  return `${formatCount(n, locale)} ${n === 1 ? one : many}`;
}

function daysLeftText(daysLeft: number, locale: Locale): string {
  const en = locale === "en";
  if (daysLeft === 0) return en ? "today is the last day" : "i dag är sista dagen";
  if (daysLeft > 0) return plural(daysLeft, en ? "day" : "dag", en ? "days" : "dagar", locale);
  const ago = plural(-daysLeft, en ? "day" : "dag", en ? "days" : "dagar", locale);
  return en ? `the deadline passed ${ago} ago` : `sista dagen var för ${ago} sedan`;
}

const TITLES: Record<ReminderTone, Record<Locale, (label: string) => string>> = {
  opening: { sv: (l) => `Dags att rapportera: ${l}`, en: (l) => `Time to report: ${l}` },
  before: { sv: (l) => `Påminnelse: rapportera ${l}`, en: (l) => `Reminder: report ${l}` },
  deadline: { sv: (l) => `Sista dag i dag: ${l}`, en: (l) => `Last day today: ${l}` },
  after: { sv: (l) => `Rapporten för ${l} saknas`, en: (l) => `Your report for ${l} is missing` },
  manual: { sv: (l) => `Påminnelse: rapportera ${l}`, en: (l) => `Reminder: report ${l}` },
};

function intro(content: ReminderContent): string {
  const { period, locale, tone } = content;
  const label = period.label;
  const deadline = day(period.deadline, locale);
  if (locale === "en") {
    switch (tone) {
      case "opening":
        return `Reporting for ${label} is open. The last day is ${deadline}.`;
      case "deadline":
        return `Today is the last day to report for ${label}.`;
      case "after":
        return `The last day to report for ${label} was ${deadline}. Please report as soon as you can.`;
      case "manual":
        return `Your administrator reminds you to report for ${label}. The last day is ${deadline}.`;
      default:
        return `Your report for ${label} is not complete yet. The last day is ${deadline}.`;
    }
  }
  switch (tone) {
    case "opening":
      return `Nu kan du rapportera för ${label}. Sista dag är ${deadline}.`;
    case "deadline":
      return `I dag är sista dagen att rapportera för ${label}.`;
    case "after":
      return `Sista dagen att rapportera för ${label} var ${deadline}. Rapportera så snart du kan.`;
    case "manual":
      return `Din administratör påminner dig om att rapportera för ${label}. Sista dag är ${deadline}.`;
    default:
      return `Rapporten för ${label} är inte klar än. Sista dag är ${deadline}.`;
  }
}

const REASONS: Record<UnreachableReason, Record<Locale, string>> = {
  noAddress: {
    sv: "har inte lagt till Uppföljningsboten och finns inte i något team där boten finns",
    en: "has not added Uppföljningsboten and is in no team the bot is in",
  },
  blocked: {
    sv: "Teams nekade (blockerad, appen borttagen eller saknar behörighet)",
    en: "Teams refused (blocked, app removed or not allowed)",
  },
  uninstalled: { sv: "har tagit bort appen", en: "has removed the app" },
  notFound: { sv: "chatten finns inte längre", en: "the chat no longer exists" },
};

function reminder(content: ReminderContent): OutgoingMessage {
  const { locale, period, units } = content;
  const en = locale === "en";
  const title = TITLES[content.tone][locale](period.label);
  const items = (n: number) =>
    plural(
      n,
      en ? "item to report" : "punkt att rapportera",
      en ? "items to report" : "punkter att rapportera",
      locale,
    );
  const card = reminderCard({
    title,
    greeting: en ? `Hi ${content.personName}!` : `Hej ${content.personName}!`,
    intro: intro(content),
    facts: [
      { title: en ? "Period" : "Period", value: `${period.label} (${span(period, locale)})` },
      { title: en ? "Last day" : "Sista dag", value: day(period.deadline, locale) },
      { title: en ? "Time left" : "Kvar", value: daysLeftText(content.daysLeft, locale) },
      {
        title: en ? "To report" : "Att rapportera",
        value: `${plural(content.itemsDue, en ? "item" : "punkt", en ? "items" : "punkter", locale)}, ${plural(units.length, en ? "unit" : "enhet", en ? "units" : "enheter", locale)}`,
      },
    ],
    unitsHeading:
      units.length === 1 ? (en ? "Your unit" : "Din enhet") : en ? "Your units" : "Dina enheter",
    units: units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      items: items(unit.items),
      button: en ? "Report now" : "Rapportera nu",
    })),
    more: (left) => (en ? `… and ${left} more units.` : `… och ${left} enheter till.`),
    footer: en
      ? `You get this because you report for ${units.length === 1 ? "this unit" : "these units"}. Questions? Ask your administrator.`
      : `Du får påminnelsen för att du rapporterar för ${units.length === 1 ? "enheten" : "enheterna"}. Frågor? Kontakta din administratör.`,
    verb: VERBS.reportOpen,
    planId: period.planId,
    periodId: period.periodId,
    refreshTitle: en ? "Refresh" : "Uppdatera",
  });
  const when = en
    ? `last day ${day(period.deadline, locale, "dayMonth")}`
    : `sista dag ${day(period.deadline, locale, "dayMonth")}`;
  return { card, text: `${title} (${when})` };
}

function progress(content: ProgressContent): OutgoingMessage {
  const { locale } = content;
  const en = locale === "en";
  const n = (value: number) => formatCount(value, locale);
  const title = en ? `Reminders: ${content.period.label}` : `Påminnelser: ${content.period.label}`;
  const status = content.done
    ? en
      ? `Done: sent ${n(content.sent)} of ${n(content.total)}.`
      : `Klart: skickat ${n(content.sent)} av ${n(content.total)}.`
    : en
      ? `Sent ${n(content.sent)} of ${n(content.total)} …`
      : `Skickat ${n(content.sent)} av ${n(content.total)} …`;
  const facts = content.done
    ? [
        { title: en ? "Sent" : "Skickade", value: n(content.sent) },
        {
          title: en ? "Already reported" : "Har redan rapporterat",
          value: n(content.alreadyReported),
        },
        ...(content.alreadyReminded > 0
          ? [
              {
                title: en ? "Already reminded today" : "Redan påminda i dag",
                value: n(content.alreadyReminded),
              },
            ]
          : []),
        { title: en ? "Could not be reached" : "Kunde inte nås", value: n(content.unreachable) },
        { title: en ? "Failed" : "Misslyckades", value: n(content.failed) },
      ]
    : [];
  const card = reminderProgressCard({
    title,
    status,
    facts,
    listHeading: en ? "Could not be reached:" : "Kunde inte nås:",
    people: content.unreachablePeople.map(
      (person) => `${person.name}: ${REASONS[person.reason][locale]}`,
    ),
    more: (left) => (en ? `… and ${left} more.` : `… och ${left} till.`),
    footer:
      content.done && content.unreachable > 0
        ? en
          ? "They need to add Uppföljningsboten in Teams (Apps → search → Add), or be in a team the bot is in. Type reporters for the full list."
          : "De behöver lägga till Uppföljningsboten i Teams (Appar → sök → Lägg till), eller vara med i ett team där boten finns. Skriv ansvariga för hela listan."
        : "",
  });
  return { card, text: status };
}

function digest(content: DigestContent): OutgoingMessage {
  const { locale, period, missing } = content;
  const en = locale === "en";
  const n = (value: number) => formatCount(value, locale);
  const title = en ? `Missing reports: ${period.label}` : `Saknade rapporter: ${period.label}`;
  const summary =
    missing.length === 0
      ? en
        ? `All ${n(content.unitsReporting)} units have reported.`
        : `Alla ${n(content.unitsReporting)} enheter har rapporterat.`
      : en
        ? `${n(missing.length)} of ${n(content.unitsReporting)} units have not reported. The last day was ${day(period.deadline, locale)}.`
        : `${n(missing.length)} av ${n(content.unitsReporting)} enheter har inte rapporterat. Sista dagen var ${day(period.deadline, locale)}.`;
  const card = digestCard({
    title,
    summary,
    rows: missing.map((unit) => ({
      name: unit.name,
      detail:
        unit.reporters.length > 0
          ? `${en ? "Reporter" : "Rapportör"}: ${unit.reporters.join(", ")}`
          : en
            ? "No reporter: name one with reporter <unit> <person>"
            : "Ingen rapportör: ange en med ansvarig <enhet> <person>",
    })),
    more: (left) => (en ? `… and ${left} more units.` : `… och ${left} enheter till.`),
    footer:
      missing.length > 0
        ? en
          ? `They have been reminded. Remind them again with: påminn ${period.periodId}`
          : `De har fått en påminnelse. Påminn igen med: påminn ${period.periodId}`
        : "",
  });
  return { card, text: summary };
}

function unreachableNotice(content: UnreachableNoticeContent): OutgoingMessage {
  const { locale, people, period } = content;
  const en = locale === "en";
  const title = en
    ? `Could not reach ${formatCount(people.length, locale)} ${people.length === 1 ? "person" : "people"}`
    : `Kunde inte nå ${plural(people.length, "person", "personer", locale)}`;
  const card = digestCard({
    title,
    summary: en
      ? `The reminder for ${period.label} did not reach them:`
      : `Påminnelsen för ${period.label} kom inte fram till dem:`,
    rows: people.map((person) => ({ name: person.name, detail: REASONS[person.reason][locale] })),
    more: (left) => (en ? `… and ${left} more.` : `… och ${left} till.`),
    footer: en
      ? "They need to add Uppföljningsboten in Teams again (Apps → search → Add) or unblock it. Type reporters to see everyone."
      : "De behöver lägga till Uppföljningsboten i Teams igen (Appar → sök → Lägg till) eller häva blockeringen. Skriv ansvariga för att se alla.",
  });
  return { card, text: title };
}

export const reminderRenderer: ReminderRenderer = { reminder, progress, digest, unreachableNotice };
