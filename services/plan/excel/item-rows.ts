// The rows of the workbook's sheets about what the plan follows up: goal areas and goals, and each
// goal's indicators, activities and questions, with the columns every item shares.
import type { Plan } from "../plan-schema";
import { formatNumber } from "../../rules";
import { breakdownText } from "./breakdown-text";
import { comparedWithWords } from "./comparison-sheet";
import { milestoneLine } from "./milestone-text";
import type { Cells } from "./write-sheet";
import { sheets } from "./workbook-layout";
import {
  aggregationWords,
  directionWords,
  stateWords,
  targetForWords,
  valueTypeWords,
} from "./workbook-words";

type Rows<Sheet extends keyof typeof sheets> = Cells<
  keyof (typeof sheets)[Sheet]["columns"] & string
>[];
type Goal = Plan["goalAreas"][number]["goals"][number];

export function goalRows(plan: Plan): Rows<"goals"> {
  return plan.goalAreas.flatMap((area): Rows<"goals"> => {
    const first = { areaId: area.id, areaName: area.name, areaDescription: area.description };
    if (area.goals.length === 0) return [first];
    return area.goals.map((goal, g) => ({
      ...(g === 0 ? first : { areaId: area.id }),
      id: goal.id,
      name: goal.name,
      description: goal.description,
    }));
  });
}

export function indicatorRows(goals: Goal[]): Rows<"indicators"> {
  return goals.flatMap((goal) =>
    goal.indicators.map((indicator) => ({
      ...itemCells(indicator),
      goalId: goal.id,
      name: indicator.name,
      plannedActivities: indicator.plannedActivities,
      unitOfMeasure: indicator.unitOfMeasure,
      target: indicator.target,
      rule: indicator.rule,
      direction: indicator.direction && directionWords.word(indicator.direction),
      valueType: valueTypeWords.word(indicator.valueType),
      source: indicator.source,
      min: indicator.min === undefined ? undefined : formatNumber(indicator.min),
      max: indicator.max === undefined ? undefined : formatNumber(indicator.max),
      aggregation: indicator.aggregation && aggregationWords.word(indicator.aggregation),
      weight: indicator.weight,
      targetFor: indicator.targetFor && targetForWords.word(indicator.targetFor),
      baseline: indicator.baseline && baselineText(indicator.baseline),
      breakdown: indicator.breakdown && breakdownText(indicator.breakdown),
      kolada: indicator.kolada,
      comparedWith: indicator.comparedWith && comparedWithWords.word(indicator.comparedWith),
    })),
  );
}

export function activityRows(goals: Goal[]): Rows<"activities"> {
  return goals.flatMap((goal) =>
    goal.activities.map((activity) => ({
      ...itemCells(activity),
      goalId: goal.id,
      name: activity.name,
      expectedEffects: activity.expectedEffects,
      milestones: activity.milestones.map(milestoneLine).join("\n") || undefined,
      state: activity.state && stateWords.word(activity.state),
    })),
  );
}

export function questionRows(goals: Goal[]): Rows<"questions"> {
  return goals.flatMap((goal) =>
    goal.questions.map((question) => ({
      ...itemCells(question),
      goalId: goal.id,
      text: question.text,
    })),
  );
}

interface ItemLike {
  id: string;
  description?: string;
  frequency?: string;
  periods?: string[];
  required: boolean;
  reportingUnits?: string[];
  owner?: string;
  reporter?: string;
  reporterRole?: string;
  roleUnits?: string[];
}

function itemCells(item: ItemLike) {
  return {
    id: item.id,
    description: item.description,
    frequency: item.frequency,
    periods: item.periods?.join(", "),
    required: item.required ? undefined : "nej",
    reportingUnits: item.reportingUnits?.join(", "),
    owner: item.owner,
    reporter: item.reporter,
    reporterRole: item.reporterRole,
    roleUnits: item.roleUnits?.join(", "),
  };
}

function baselineText(baseline: Record<string, number | boolean>): string {
  return Object.entries(baseline)
    .map(
      ([year, value]) =>
        `${year}: ${typeof value === "boolean" ? (value ? "ja" : "nej") : formatNumber(value)}`,
    )
    .join("; ");
}
