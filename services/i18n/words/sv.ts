// Swedish, the first language: every word a card, a reply or the domain shows, by key, as ICU
// messages (intl-messageformat), one file per area in sv/. How to add one: docs/cards.md ("Words").
// en.ts must have every key. Typography: ”…” for quotes, a non-breaking space before %, an en dash
// in ranges.
import { joinAreas } from "./join-areas";
import { admin } from "./sv/admin";
import { calendar } from "./sv/calendar";
import { common } from "./sv/common";
import { conversation } from "./sv/conversation";
import { deputies } from "./sv/deputies";
import { install } from "./sv/install";
import { items } from "./sv/items";
import { plans } from "./sv/plans";
import { reminders } from "./sv/reminders";
import { report } from "./sv/report";
import { reportForm } from "./sv/report-form";
import { responsibles } from "./sv/responsibles";
import { rollup } from "./sv/rollup";
import { sending } from "./sv/sending";
import { summary } from "./sv/summary";

export const sv = joinAreas(
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

export type WordKey = keyof typeof sv;
