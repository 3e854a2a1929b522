// The indicator's own status from its units: a target for the organisation is judged on the
// organisation's figure alone; a target for each unit is judged on a mean or weighted mean when one
// figure can be, else the weakest unit decides (docs/summary.md).
import { evaluateStatus, type Status, type StatusRule } from "../rules";
import type { Indicator } from "../plan";
import type { Combined } from "./rollup";
import type { IndicatorRollup, UnitResult } from "./period-summary";
import { rollupText } from "./rollup-text";

const RANK: Record<Status, number> = { red: 1, yellow: 2, green: 3, none: 0 };

export interface Judged {
  status: Status | "notReported";
  explanation: string;
}

export interface RollupCase {
  rule: StatusRule;
  indicator: Indicator;
  units: UnitResult[];
  rollup: IndicatorRollup;
  combined: Combined;
  /** The organisation's comparison value, for change and direction rules. */
  baseline?: number;
}

export function judgeRollup(c: RollupCase): Judged {
  if (c.units.every((u) => u.status === "notReported")) {
    return { status: "notReported", explanation: "Ingen enhet har rapporterat än." };
  }
  return c.rollup.targetFor === "organisation" ? judgeOrganisation(c) : judgeForUnits(c);
}

/** Rules that speak of each unit (its type, its yes or no) cannot judge one figure for many. */
function judgesOneFigure(rule: StatusRule): boolean {
  return rule.kind !== "perUnitType" && rule.kind !== "yesNo" && rule.kind !== "none";
}

function weightMissing(c: RollupCase): string {
  return `Vikten ”${c.rollup.weight ?? ""}” saknas för ${c.combined.withoutWeight.join(", ")}, så värdena kan inte viktas. En administratör anger den under enhetens weights i planen.`;
}

function judgeOrganisation(c: RollupCase): Judged {
  const text = rollupText(c.rollup, "sv");
  const reported = c.units.filter((u) => u.status !== "notReported").length;
  if (c.rollup.kind === "sum" && reported < c.rollup.of) {
    return {
      status: "notReported",
      explanation: `${text}. Målet gäller hela organisationen och bedöms när alla ${c.rollup.of} enheter har rapporterat.`,
    };
  }
  if (c.combined.withoutWeight.length > 0) return { status: "none", explanation: weightMissing(c) };
  if (c.combined.figure === undefined) {
    return { status: "none", explanation: `${text}: inget värde att bedöma.` };
  }
  if (!judgesOneFigure(c.rule) && c.rule.kind !== "none") {
    return {
      status: "none",
      explanation: `${text}: regeln gäller varje enhet för sig och kan inte bedöma hela organisationens värde.`,
    };
  }
  try {
    const judged = evaluateStatus(c.rule, c.combined.figure, {
      baseline: c.baseline,
      direction: c.indicator.direction,
    });
    return { status: judged.status, explanation: `${text}: ${judged.explanation}` };
  } catch {
    return { status: "none", explanation: `${text}: värdet kan inte bedömas med planens regel.` };
  }
}

function judgeForUnits(c: RollupCase): Judged {
  const text = rollupText(c.rollup, "sv");
  const figure = c.combined.figure;
  const averaged = c.rollup.kind === "mean" || c.rollup.kind === "weighted";
  if (averaged && figure !== undefined && judgesOneFigure(c.rule)) {
    try {
      const judged = evaluateStatus(c.rule, figure, {
        baseline: c.baseline,
        direction: c.indicator.direction,
      });
      // Not judged (a change rule with no baseline for the whole): the units' own statuses decide.
      if (judged.status !== "none") {
        return { status: judged.status, explanation: `${text}: ${judged.explanation}` };
      }
    } catch {
      // e.g. a ranking outside 0–100 after averaging: the weakest unit decides
    }
  }
  const prefix = c.combined.withoutWeight.length > 0 ? `${weightMissing(c)} ` : "";
  const judged = c.units.filter((u) => u.status !== "notReported" && u.status !== "none");
  if (judged.length === 0)
    return { status: "none", explanation: `${prefix}Planen har ingen regel som bedömer värdet.` };
  const weakest = judged.reduce((worst, u) =>
    RANK[u.status as Status] < RANK[worst.status as Status] ? u : worst,
  );
  if (c.rollup.of === 1) {
    return { status: weakest.status, explanation: `${prefix}Bedömt för ${weakest.unitName}.` };
  }
  // perUnit's text is the card's figure already; a sum's or a mean's says how the figure was made.
  const how = c.rollup.kind === "perUnit" ? "" : `${text}. `;
  return {
    status: weakest.status,
    explanation:
      `${prefix}${how}` +
      (judged.length === 1
        ? `Bedömt för ${weakest.unitName}.`
        : `Den svagaste enheten avgör: ${weakest.unitName} (${judged.length} enheter bedömda).`),
  };
}
