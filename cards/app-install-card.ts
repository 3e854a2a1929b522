// "Installera appen för dessa": what happened for each person, in words and ✔/✖, and what to do
// where it did not work. The view (outcomes and names → card data) lives here with its words.
import type { Locale } from "../services/i18n/locale";
import type { InstallOutcome, PersonInstall } from "../services/graph";
import template from "./app-install.json";
import { expandCard, type AdaptiveCard } from "./render";
import { t } from "./words/t";

export interface AppInstallCardData {
  title: string;
  summary: string;
  rows: { person: string; result: string; step: string; ok: boolean }[];
  more?: string;
}

export function appInstallCard(data: AppInstallCardData): AdaptiveCard {
  return expandCard(template, { more: "", ...data });
}

const OK: ReadonlySet<InstallOutcome> = new Set(["installed", "alreadyInstalled"]);

/** The card data: those it did not work for first, each with the step that fixes it. */
export function appInstallView(
  results: readonly PersonInstall[],
  names: ReadonlyMap<string, string>,
  locale: Locale,
): AppInstallCardData {
  const installed = results.filter((r) => r.outcome === "installed").length;
  const already = results.filter((r) => r.outcome === "alreadyInstalled").length;
  const notDone = results.length - installed - already;
  const rows = [...results]
    .sort((a, b) => Number(OK.has(a.outcome)) - Number(OK.has(b.outcome)))
    .map((r) => {
      const name = names.get(r.identifier.toLowerCase());
      return {
        person: name && name !== r.identifier ? `${name} (${r.identifier})` : r.identifier,
        result: t(locale, `install.${r.outcome}.result`),
        step: t(locale, `install.${r.outcome}.step`),
        ok: OK.has(r.outcome),
      };
    });
  return {
    title: t(locale, "install.title"),
    summary: t(locale, "install.summary", { installed, already, notDone }),
    rows,
  };
}
