// What a reminder, a digest, a notice and a progress message say, as data: services/reminders works
// it out, bot/ turns it into cards (the ReminderRenderer port), so services never see card JSON.
import { DateTime } from "luxon";
import type { Locale } from "../i18n/locale";
import type { OutgoingMessage } from "../messaging";
import type { ReminderUnit } from "./recipients";

export type ReminderTone = "opening" | "before" | "deadline" | "after" | "manual";

export type UnreachableReason =
  /** No 1:1 chat from an install, and not in the roster of any team the bot is in. */
  | "noAddress"
  /** Teams answered 403: blocked the bot, removed the app, or not allowed. */
  | "blocked"
  /** The person removed the app (an uninstall event came). */
  | "uninstalled"
  /** Teams answered 404: the chat no longer exists. */
  | "notFound";

/** The period as a reminder shows it, copied into the job when it is expanded. */
export interface PeriodInfo {
  planId: string;
  planName: string;
  periodId: string;
  label: string;
  start: string;
  end: string;
  deadline: string;
  deadlineAt: string;
}

export interface ReminderContent {
  locale: Locale;
  tone: ReminderTone;
  personName: string;
  period: PeriodInfo;
  /** Calendar days from today to the deadline in the plan's time zone: 0 on the day, < 0 after. */
  daysLeft: number;
  units: ReminderUnit[];
  /** Items to report over all the units. */
  itemsDue: number;
  /**
   * The other plans and periods of a merged step (merge-steps.ts), each with the person's units
   * there: one reminder names them all.
   */
  others?: ReminderSection[];
}

/** One plan's period in a reminder, with the person's units in it. */
export interface ReminderSection {
  period: PeriodInfo;
  daysLeft: number;
  units: ReminderUnit[];
  itemsDue: number;
}

export interface MissingUnit {
  name: string;
  /** Names of its reporters; empty when it has none. */
  reporters: string[];
}

export interface DigestContent {
  locale: Locale;
  adminName: string;
  period: PeriodInfo;
  daysLeft: number;
  unitsReporting: number;
  missing: MissingUnit[];
}

export interface UnreachablePerson {
  name: string;
  reason: UnreachableReason;
}

export interface UnreachableNoticeContent {
  locale: Locale;
  adminName: string;
  period: PeriodInfo;
  people: UnreachablePerson[];
}

export interface ProgressContent {
  locale: Locale;
  period: PeriodInfo;
  /** People to remind in this run. */
  total: number;
  sent: number;
  /** Left out because every unit of theirs has submitted (before or during the run). */
  alreadyReported: number;
  /** Reminded earlier the same day by `påminn` for the same period: not reminded again. */
  alreadyReminded: number;
  unreachable: number;
  failed: number;
  done: boolean;
  unreachablePeople: UnreachablePerson[];
}

/** Turns each kind of content into a message; implemented in bot/ with the cards of cards/. */
export interface ReminderRenderer {
  reminder(content: ReminderContent): OutgoingMessage;
  digest(content: DigestContent): OutgoingMessage;
  unreachableNotice(content: UnreachableNoticeContent): OutgoingMessage;
  progress(content: ProgressContent): OutgoingMessage;
}

export function toneOf(stepKey: string): ReminderTone {
  if (stepKey === "opening") return "opening";
  if (stepKey === "deadline") return "deadline";
  if (stepKey.startsWith("before-")) return "before";
  if (stepKey.startsWith("after-")) return "after";
  return "manual";
}

const counted = new Map<string, number>();

/** Whole days from `now`'s date to the deadline date, both in `zone`. */
export function daysUntil(deadline: string, now: Date, zone: string): number {
  // Asked once per message of a fan-out with the same answer: remembered for the minute.
  const key = `${deadline}|${zone}|${Math.floor(now.getTime() / 60_000)}`;
  let days = counted.get(key);
  if (days === undefined) {
    const today = DateTime.fromJSDate(now, { zone }).startOf("day");
    const last = DateTime.fromISO(deadline, { zone }).startOf("day");
    days = Math.round(last.diff(today, "days").days);
    if (counted.size > 100) counted.clear();
    counted.set(key, days);
  }
  return days;
}
