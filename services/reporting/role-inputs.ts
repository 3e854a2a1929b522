// A role report card's answers: each input names the unit and the item, `<unit>/<item>` (ids never
// hold a `/`), and every unit's answers are checked as a unit's card is (answers.ts). Kept as drafts
// of the role, per unit (role-report-store.ts).
import { DomainError } from "../errors";
import { draftsToSave } from "./answers";
import { inputProblem } from "./input-problem";
import type { Answer, Reporter } from "./report-model";
import type { ReportSubmission } from "./report-input";
import { refusal, type ReportingDeps } from "./report-scope";
import { saveRoleDrafts, type RoleState } from "./role-report-store";
import { roleIds, type RoleScope } from "./role-scope";

export const CELL_SEPARATOR = "/";

/** The card's answers by unit; refuses a card that names a unit or an item the role does not report. */
export async function roleInputs(
  deps: ReportingDeps,
  scope: RoleScope,
  submission: ReportSubmission,
  reporter: Reporter,
  action: string,
): Promise<Map<string, Map<string, Answer>>> {
  const byUnit = new Map<string, Map<string, Answer>>();
  const sections = new Map(scope.sections.map((section) => [section.unit.id, section]));
  const refuse = async (
    itemId: string,
    reason: "unknownItem" | "wrongField" | "tooLong",
    error: DomainError,
  ) =>
    refusal(
      deps,
      { ...roleIds(scope), unitId: `role:${scope.role.id}`, reporter, action, reason, itemId },
      error,
    );
  for (const [key, answer] of submission.answers) {
    const at = key.indexOf(CELL_SEPARATOR);
    const section = at > 0 ? sections.get(key.slice(0, at)) : undefined;
    if (!section) {
      throw await refuse(
        key,
        "unknownItem",
        new DomainError(
          "BAD_ARGUMENT",
          `Kortet innehåller något som inte ingår i rollens rapport. Inget sparades. Skriv rapportera för att öppna rapporten igen.`,
        ),
      );
    }
    const answers = byUnit.get(section.unit.id) ?? new Map<string, Answer>();
    answers.set(key.slice(at + 1), answer);
    byUnit.set(section.unit.id, answers);
  }
  for (const section of scope.sections) {
    const problem = inputProblem(
      section.form,
      byUnit.get(section.unit.id) ?? new Map(),
      section.unit.name,
    );
    if (problem)
      throw await refuse(`${section.unit.id}/${problem.itemId}`, problem.reason, problem.error);
  }
  return byUnit;
}

export async function keepRoleDrafts(
  deps: ReportingDeps,
  scope: RoleScope,
  state: RoleState,
  sent: Map<string, Map<string, Answer>>,
  reporter: Reporter,
): Promise<void> {
  const savedAt = deps.now().toISOString();
  const drafts = scope.sections.flatMap((section) => {
    const unitState = state.units.get(section.unit.id);
    const answers = sent.get(section.unit.id);
    if (!unitState || !answers) return [];
    return draftsToSave(section.form, unitState, answers, reporter, savedAt).map((draft) => ({
      unitId: section.unit.id,
      draft,
    }));
  });
  await saveRoleDrafts(deps.store, roleIds(scope), drafts);
  for (const { unitId, draft } of drafts) state.units.get(unitId)?.drafts.set(draft.itemId, draft);
}
