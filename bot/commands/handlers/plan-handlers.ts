// Plan commands: an admin imports a plan by sending its file (.xlsx or .yaml) with `importera plan`.
import { planImportCard } from "../../../cards/plan-import-card";
import { fitToCard } from "../../../cards/render";
import { DomainError } from "../../../services/errors";
import { describeChanges, type ImportError, type PlanSummary } from "../../../services/plan";
import { carriedLine } from "../../../services/comparison";
import { downloadFile, fileAttachments } from "../../file-download";
import { cardMessage } from "../../replies";
import type { CommandHandler, PlanDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

export const importPlanCommand: CommandHandler<PlanDeps> = async (input, services) => {
  const files = fileAttachments(input.context.activity.attachments);
  if (files.length === 0) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Bifoga planfilen (.xlsx eller .yaml) i samma meddelande som orden importera plan. Mallen får du med kommandot `uppfoljning plan template mall.xlsx`.",
    );
  }
  if (files.length > 1) {
    throw new DomainError("BAD_ARGUMENT", "Skicka en planfil i taget, med orden importera plan.");
  }
  const [file] = files as [(typeof files)[number]];
  if (!/\.(xlsx|ya?ml|json)$/i.test(file.fileName)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `${file.fileName} är inte en planfil: skicka en .xlsx- eller .yaml-fil.`,
    );
  }
  const content = await downloadFile(file, services.config.auth.appId === "");
  const actor = actorId(input.sender);
  const result = await services.planImport.importPlan({ fileName: file.fileName, content }, actor);
  if (!result.ok) return [cardMessage(errorCard(file.fileName, result.errors))];

  await services.settings.setActivePlanId(result.plan.id, actor);
  return [
    cardMessage(
      planImportCard({
        title: `✔ ${result.changes.created ? "Planen är importerad" : "Planen är uppdaterad"}: ${result.summary.name}`,
        subtitle: `${result.summary.organisation} · ${result.summary.year} · id ${result.summary.planId}`,
        facts: facts(result.summary),
        changesHeading: "Ändringar",
        changes: [
          ...describeChanges(result.changes),
          carriedLine(result),
          ...(result.koladaRead
            ? [`${result.koladaRead} värden lästes från Kolada (Källa: Kolada).`]
            : []),
          ...result.warnings.map((warning) => `⚠ ${warning}`),
        ].map((line) => ({ line })),
        errors: [],
        footer: "Kommandona för perioder, deadlines och ansvariga gäller nu den här planen.",
      }),
    ),
  ];
};

function facts(summary: PlanSummary): { title: string; value: string }[] {
  return [
    { title: "Perioder", value: String(summary.periods) },
    { title: "Målområden", value: String(summary.goalAreas) },
    { title: "Mål", value: String(summary.goals) },
    { title: "Indikatorer", value: String(summary.indicators) },
    { title: "Aktiviteter", value: String(summary.activities) },
    { title: "Frågor", value: String(summary.questions) },
    { title: "Enheter", value: String(summary.units) },
    { title: "Rapportörer", value: String(summary.reporters) },
  ];
}

/** Every error, as many as fit in one Teams card; the rest are counted, never dropped silently. */
function errorCard(fileName: string, errors: ImportError[]) {
  const base = {
    title: `Planen importerades inte: ${errors.length} fel i ${fileName}`,
    subtitle: "Inget har sparats. Rätta felen nedan och skicka filen igen.",
    facts: [],
    changes: [],
    errorsHeading: "Fel",
  };
  return fitToCard(errors.length, (shown) => {
    const more = errors.length - shown;
    return planImportCard({
      ...base,
      errors: errors.slice(0, shown),
      errorsMore:
        more > 0
          ? `… och ${more} fel till. Hela listan får du med \`uppfoljning plan validate ${fileName}\`.`
          : "",
    });
  });
}
