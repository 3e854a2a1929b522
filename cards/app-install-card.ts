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

type Words = Record<Locale, { result: string; step: string }>;

export const INSTALL_WORDS: Record<InstallOutcome, Words> = {
  installed: {
    sv: {
      result: "✔ Installerad",
      step: "Teams ger mig chatten med personen inom några minuter; sedan når påminnelserna fram.",
    },
    en: {
      result: "✔ Installed",
      step: "Teams gives me the chat with them within a few minutes; reminders reach them then.",
    },
  },
  alreadyInstalled: {
    sv: {
      result: "✔ Har redan appen",
      step: "Men jag har ingen chatt med personen än: be hen öppna Uppföljningsboten i Teams och skriva hjälp.",
    },
    en: {
      result: "✔ Already has the app",
      step: "But I have no chat with them yet: ask them to open Uppföljningsboten in Teams and write help.",
    },
  },
  noLicence: {
    sv: {
      result: "✖ Ingen Teams-licens, eller appen är inte tillåten för personen",
      step: "Be IT ge personen en Teams-licens och tillåta Uppföljningsboten i hens behörighetsprincip för appar (Teams administrationscenter → Appar i Teams).",
    },
    en: {
      result: "✖ No Teams licence, or the app is not allowed for them",
      step: "Ask IT to give them a Teams licence and to allow Uppföljningsboten in their app permission policy (Teams admin center → Teams apps).",
    },
  },
  userNotFound: {
    sv: {
      result: "✖ Finns inte i organisationens katalog",
      step: "Kontrollera adressen i planen och rätta den med ansvarig <enhet> <person>.",
    },
    en: {
      result: "✖ Not found in the organisation's directory",
      step: "Check the address in the plan and correct it with reporter <unit> <person>.",
    },
  },
  consentMissing: {
    sv: {
      result: "✖ Appen saknar behörighet i Microsoft Graph",
      step: "Be IT ge appen behörigheten TeamsAppInstallation.ReadWriteSelfForUser.All med administratörsmedgivande (driftsättningsguiden, steg 6), och försök igen.",
    },
    en: {
      result: "✖ The app lacks its Microsoft Graph permission",
      step: "Ask IT to grant the app TeamsAppInstallation.ReadWriteSelfForUser.All with admin consent (the deployment guide, step 6), and try again.",
    },
  },
  failed: {
    sv: {
      result: "✖ Gick inte just nu",
      step: "Microsoft Graph svarade inte, eller bad mig vänta. Försök igen om en stund.",
    },
    en: {
      result: "✖ Did not work just now",
      step: "Microsoft Graph did not answer, or asked me to wait. Try again in a while.",
    },
  },
};

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
      const words = INSTALL_WORDS[r.outcome][locale];
      return {
        person: name && name !== r.identifier ? `${name} (${r.identifier})` : r.identifier,
        result: words.result,
        step: words.step,
        ok: OK.has(r.outcome),
      };
    });
  return {
    title: t(locale, "install.title"),
    summary: t(locale, "install.summary", { installed, already, notDone }),
    rows,
  };
}
