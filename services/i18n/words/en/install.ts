// English for sv/install.ts: the same keys (a missing or extra key does not compile).
import type { install as sv } from "../sv/install";
import type { Translation } from "../join-areas";

export const install: Translation<typeof sv> = {
  "install.title": "Installing the app",
  "install.summary":
    "{installed, number} installed, {already, number} already had it, {notDone, number} not done.",
  "install.everyoneHasIt": "Everyone who reports has the app already.",
  "install.installed.result": "✔ Installed",
  "install.installed.step":
    "Teams gives me the chat with them within a few minutes; reminders reach them then.",
  "install.alreadyInstalled.result": "✔ Already has the app",
  "install.alreadyInstalled.step":
    "But I have no chat with them yet: ask them to open Uppföljningsboten in Teams and write help.",
  "install.noLicence.result": "✖ No Teams licence, or the app is not allowed for them",
  "install.noLicence.step":
    "Ask IT to give them a Teams licence and to allow Uppföljningsboten in their app permission policy (Teams admin center → Teams apps).",
  "install.userNotFound.result": "✖ Not found in the organisation's directory",
  "install.userNotFound.step":
    "Check the address in the plan and correct it with reporter <unit> <person>.",
  "install.consentMissing.result": "✖ The app lacks its Microsoft Graph permission",
  "install.consentMissing.step":
    "Ask IT to grant the app TeamsAppInstallation.ReadWriteSelfForUser.All with admin consent (the deployment guide, step 6), and try again.",
  "install.failed.result": "✖ Did not work just now",
  "install.failed.step":
    "Microsoft Graph did not answer, or asked me to wait. Try again in a while.",
};
