// English for sv/responsibles.ts: the same keys (a missing or extra key does not compile).
import type { responsibles as sv } from "../sv/responsibles";
import type { Translation } from "../join-areas";

export const responsibles: Translation<typeof sv> = {
  "reach.reachable": "✔ Reachable",
  "reach.notInstalled": "✖ Has not installed the app",
  "reach.uninstalled": "✖ Has removed the app",
  "reach.blocked": "✖ Blocked",
  "responsibles.title": "Reporters: {plan}",
  "responsibles.summary":
    "{reporters, plural, one {# reporter} other {# reporters}} for {units, plural, one {# unit} other {# units}}; {unreachable, plural, =0 {I can reach them all.} other {# cannot be reached yet.}}",
  "responsibles.none": "– none –",
  "responsibles.unit": "Unit",
  "responsibles.reporter": "Reporter",
  "responsibles.reach": "Reach",
  "responsibles.install": "Install the app for them",
  "responsibles.adviceInstall":
    "Those marked ✖ cannot be reached yet. Install the app for them adds Uppföljningsboten in Teams for everyone who has not blocked me; or they add it themselves (Apps → search → Add).",
  "responsibles.advice":
    "Those marked ✖ must install Uppföljningsboten in Teams (Apps → search → Add), or be in a team where the bot is installed, before reminders can reach them.",
  "responsibles.moreRows": "{count, plural, one {… and # more row.} other {… and # more rows.}}",
  "responsibles.changeTitle": "Reporter for {unit}",
  "responsibles.notReachable":
    "{person} cannot be reached by me yet: they need to add Uppföljningsboten in Teams.",
};
