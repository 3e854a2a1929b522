// Installing the app for reporters (cards/app-install-card.ts and its reply).
export const install = {
  "install.title": "Installera appen",
  "install.summary":
    "{installed, number} installerade, {already, number} hade den redan, {notDone, number} gick inte.",
  "install.everyoneHasIt": "Alla som rapporterar har redan appen.",
  "install.installed.result": "✔ Installerad",
  "install.installed.step":
    "Teams ger mig chatten med personen inom några minuter; sedan når påminnelserna fram.",
  "install.alreadyInstalled.result": "✔ Har redan appen",
  "install.alreadyInstalled.step":
    "Men jag har ingen chatt med personen än: be hen öppna Uppföljningsboten i Teams och skriva hjälp.",
  "install.noLicence.result": "✖ Ingen Teams-licens, eller appen är inte tillåten för personen",
  "install.noLicence.step":
    "Be IT ge personen en Teams-licens och tillåta Uppföljningsboten i hens behörighetsprincip för appar (Teams administrationscenter → Appar i Teams).",
  "install.userNotFound.result": "✖ Finns inte i organisationens katalog",
  "install.userNotFound.step":
    "Kontrollera adressen i planen och rätta den med ansvarig <enhet> <person>.",
  "install.consentMissing.result": "✖ Appen saknar behörighet i Microsoft Graph",
  "install.consentMissing.step":
    "Be IT ge appen behörigheten TeamsAppInstallation.ReadWriteSelfForUser.All med administratörsmedgivande (driftsättningsguiden, steg 6), och försök igen.",
  "install.failed.result": "✖ Gick inte just nu",
  "install.failed.step":
    "Microsoft Graph svarade inte, eller bad mig vänta. Försök igen om en stund.",
} as const;
