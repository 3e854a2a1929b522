// `hjälp`: the help card over the command catalog.
import { helpView } from "../../cards/help-view";
import type { AdaptiveCard } from "../../cards/render";
import type { Locale } from "../../services/i18n/locale";
import { COMMANDS } from "./catalog";

export function buildHelpCard(locale: Locale, isAdmin: boolean): AdaptiveCard {
  return helpView(COMMANDS, locale, isAdmin);
}
