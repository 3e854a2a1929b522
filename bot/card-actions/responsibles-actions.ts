// `Installera appen för dessa` on the ansvariga card: an admin has the app installed, through
// Microsoft Graph, for the plan's reporters who do not have it, and sees per person how it went.
// The list is read again from storage: the card only says which plan.
import { z } from "zod";
import { appInstallCard, appInstallView } from "../../cards/app-install-card";
import { fitToCard } from "../../cards/render";
import { t } from "../../cards/words/t";
import { DomainError } from "../../services/errors";
import { installForEach } from "../../services/graph";
import { reachOfReporters, withoutTheApp } from "../../services/people/unreachable-reporters";
import type { Uses } from "../services";
import type { CardActionHandler } from "./card-action-router";
import { actorId } from "../../services/people/person";

const data = z.object({ planId: z.string().min(1).max(100) });

// Admins only: the access policy (card-action-table.ts) says so before this runs.
export type InstallAppDeps = Uses<"addressBook" | "appInstaller" | "audit" | "plans">;

export const installApp: CardActionHandler<InstallAppDeps> = async (input, services) => {
  const parsed = data.safeParse(input.data);
  if (!parsed.success) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Kortet skickade något jag inte förstod. Skriv ansvariga igen.",
    );
  }
  if (!services.appInstaller) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Att installera appen via Microsoft Graph är inte inställt här: be IT ange TEAMS_APP_CATALOG_ID (driftsättningsguiden, steg 6).",
    );
  }
  const plan = await services.plans.load(parsed.data.planId);
  if (!plan) throw new DomainError("NOT_FOUND", "Planen finns inte längre. Skriv ansvariga igen.");
  const without = withoutTheApp((await reachOfReporters(services.addressBook, plan)).values());
  if (without.length === 0) {
    return {
      kind: "message",
      text: t(input.locale, "install.everyoneHasIt"),
    };
  }
  const results = await installForEach(
    services.appInstaller,
    without.map((r) => r.identifier),
  );
  // Installing an app for people is a change made in their name: it goes in the audit log.
  await services.audit.record({
    scope: plan.id,
    actor: actorId(input.sender),
    action: "installApp",
    after: results,
  });
  const names = new Map(plan.people.map((p) => [p.upn.toLowerCase(), p.name]));
  const view = appInstallView(results, names, input.locale);
  const card = fitToCard(view.rows.length, (shown) => {
    const more = view.rows.length - shown;
    return appInstallCard({
      ...view,
      rows: view.rows.slice(0, shown),
      more: more > 0 ? t(input.locale, "common.more", { count: more }) : "",
    });
  });
  return { kind: "card", card };
};
