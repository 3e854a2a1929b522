// English, the second language: the same keys as sv.ts, one file per area in en/, each typed by
// its Swedish area (a missing or extra key does not compile; test/services/i18n/words.test.ts
// checks that both take the same arguments).
import { joinAreas } from "./join-areas";
import type { WordKey } from "./sv";
import { admin } from "./en/admin";
import { calendar } from "./en/calendar";
import { common } from "./en/common";
import { conversation } from "./en/conversation";
import { deputies } from "./en/deputies";
import { install } from "./en/install";
import { items } from "./en/items";
import { plans } from "./en/plans";
import { reminders } from "./en/reminders";
import { report } from "./en/report";
import { reportForm } from "./en/report-form";
import { responsibles } from "./en/responsibles";
import { rollup } from "./en/rollup";
import { sending } from "./en/sending";
import { summary } from "./en/summary";

export const en: Record<WordKey, string> = joinAreas(
  common,
  reminders,
  sending,
  summary,
  rollup,
  calendar,
  responsibles,
  install,
  conversation,
  report,
  reportForm,
  admin,
  items,
  deputies,
  plans,
);
