// A reporter role's card (HR, Handläggare …): open, save a draft, move between pages, submit. As the
// unit report's actions, with the role's use cases; the card's `unitId` field carries the role's id.
import { roleReportCard } from "../../cards/role-report-view";
import { z } from "zod";
import { DomainError } from "../../services/errors";
import type { Locale } from "../../services/i18n/locale";
import { parseSubmission, reporterFrom, type RoleReportView } from "../../services/reporting";
import type { Uses } from "../services";
import type { CardActionHandler, CardActionResult } from "./card-action-router";

const openRequest = z.object({
  planId: z.string().trim().min(1).max(200),
  periodId: z.string().trim().min(1).max(200),
  roleId: z.string().trim().min(1).max(200),
  page: z.int().min(0).max(10_000).optional(),
});

export type RoleReportActionDeps = Uses<"reporting" | "workingHours">;

export const openRoleReportAction: CardActionHandler<RoleReportActionDeps> = async (
  { sender, isAdmin, locale, data },
  services,
) => {
  const parsed = openRequest.safeParse(data);
  if (!parsed.success) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Kortet skickade uppgifter som jag inte kan läsa. Skriv rapportera för att öppna rapporten igen.",
    );
  }
  return roleCardFor(
    await services.reporting.openRole(parsed.data, reporterFrom(sender, isAdmin)),
    services,
    locale,
  );
};

export const saveRoleDraftAction: CardActionHandler<RoleReportActionDeps> = async (
  { sender, isAdmin, locale, data },
  services,
) =>
  roleCardFor(
    await services.reporting.saveRoleDraft(parseSubmission(data), reporterFrom(sender, isAdmin)),
    services,
    locale,
  );

export const submitRoleReportAction: CardActionHandler<RoleReportActionDeps> = async (
  { sender, isAdmin, locale, data },
  services,
) =>
  roleCardFor(
    await services.reporting.submitRole(parseSubmission(data), reporterFrom(sender, isAdmin)),
    services,
    locale,
  );

export function roleCardFor(
  view: RoleReportView,
  services: Uses<"workingHours">,
  locale: Locale,
): CardActionResult & { kind: "card" } {
  return {
    kind: "card",
    card: roleReportCard(view, { locale, timeZone: services.workingHours.timeZone }),
  };
}
