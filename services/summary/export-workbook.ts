// The period's figures as an Excel workbook for the board report (delårsrapport, årsredovisning):
// the summary on the first sheet, then one sheet per goal area with every unit's result, status,
// comment, who reported and when.
import { t } from "../i18n/words/t";
import ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { statusWord } from "../rules";
import type { PeriodSummary, ReportedResult, StatusCounts } from "./period-summary";
import { headline } from "./headline";
import { rollupText, targetForText } from "./rollup-text";
import { partLabel, partIds } from "../plan/breakdown";

const STATE_SV = {
  notStarted: "Ej påbörjad",
  inProgress: "Pågår",
  done: "Klar",
  delayed: "Försenad",
  cancelled: "Avbruten",
} as const;

/** Names of items and units, for rows the summary itself does not name (activities). */
export interface ExportNames {
  items: ReadonlyMap<string, string>;
  units: ReadonlyMap<string, string>;
}

function countsRow(name: string, c: StatusCounts): (string | number)[] {
  return [name, c.green, c.yellow, c.red, c.notReported, c.notJudged];
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Blad";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function exportSummaryWorkbook(
  summary: PeriodSummary,
  results: ReportedResult[],
  options: { timeZone: string; exportedAt: Date; names: ExportNames },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Uppföljningsboten";
  workbook.created = options.exportedAt;
  const taken = new Set<string>();
  const when = (iso: string) =>
    DateTime.fromISO(iso, { zone: options.timeZone }).toFormat("yyyy-MM-dd HH:mm");
  const byKey = new Map(results.map((r) => [`${r.unitId}|${r.itemId}`, r]));
  // The parts of breakdowns get a column each, after the others, when any unit reported parts.
  const partColumns = results.some((r) => r.parts) ? partIds : [];

  const first = workbook.addWorksheet(sheetName("Sammanställning", taken));
  first.addRow([`${summary.planName}: ${headline(summary, "sv")}`]).font = { bold: true, size: 14 };
  first.addRow([
    `${summary.reportedUnits} av ${summary.expectedUnits} enheter har rapporterat. Exporterad ${when(options.exportedAt.toISOString())}.`,
  ]);
  first.addRow([]);
  first.addRow(["Målområde / mål", "Gröna", "Gula", "Röda", "Ej rapporterade", "Ej bedömda"]).font =
    { bold: true };
  first.addRow(countsRow("Hela planen", summary.totals)).font = { bold: true };
  for (const area of summary.areas) {
    first.addRow(countsRow(area.name, area.counts)).font = { bold: true };
    for (const goal of area.goals) first.addRow(countsRow(`   ${goal.name}`, goal.counts));
  }
  first.addRow([]);
  first.addRow(["Har inte rapporterat", "Rapportör"]).font = { bold: true };
  for (const unit of summary.missingUnits) first.addRow([unit.name, unit.reporters.join(", ")]);
  for (const role of summary.missingRoles) {
    const units = t("sv", "common.units", { count: role.units });
    first.addRow([`${role.name} (roll, ${units})`, role.people.join(", ")]);
  }
  first.columns.forEach((column, i) => (column.width = i === 0 ? 60 : 16));

  for (const area of summary.areas) {
    const sheet = workbook.addWorksheet(sheetName(area.name, taken));
    sheet.addRow([
      "Mål",
      "Indikator / aktivitet / fråga",
      "Enhet",
      "Värde / status",
      "Bedömning",
      "Förklaring",
      "Kommentar",
      "Rapporterad av",
      "Tid",
      ...partColumns.map((part) => partLabel(part, "sv")),
    ]).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const goal of area.goals) {
      for (const indicator of goal.indicators) {
        // The organisation's row first: its figure, how it was combined, and its judgement.
        const scope = targetForText(indicator.rollup, "sv");
        sheet.addRow([
          goal.name,
          indicator.name,
          `Hela organisationen: ${rollupText(indicator.rollup, "sv")}${scope ? ` (${scope})` : ""}`,
          indicator.rollup.kind === "perUnit" ? "" : (indicator.aggregate ?? ""),
          statusWord(indicator.status, "sv"),
          indicator.explanation,
          // The parts' columns come after comment, reporter and time, which this row leaves empty.
          ...(partColumns.length > 0
            ? [
                "",
                "",
                "",
                ...partColumns.map(
                  (part) =>
                    indicator.partsTotals?.find((total) => part in total.parts)?.parts[part] ?? "",
                ),
              ]
            : []),
        ]).font = { italic: true };
        for (const unit of indicator.units) {
          const stored = byKey.get(`${unit.unitId}|${indicator.id}`);
          sheet.addRow([
            goal.name,
            indicator.name,
            unit.unitName,
            typeof unit.value === "boolean" ? (unit.value ? "Ja" : "Nej") : (unit.value ?? ""),
            unit.inTotal ? "Σ Ingår i totalen" : statusWord(unit.status, "sv"),
            unit.explanation ?? "",
            unit.comment ?? "",
            stored?.by ?? "",
            stored ? when(stored.at) : "",
            ...partColumns.map((part) => unit.parts?.[part] ?? ""),
          ]);
        }
      }
      for (const narrative of goal.narratives) {
        for (const answer of narrative.answers) {
          const stored = byKey.get(`${answer.unitId}|${narrative.itemId}`);
          sheet.addRow([
            goal.name,
            narrative.text,
            answer.unitName,
            answer.answer,
            "",
            "",
            "",
            answer.by,
            stored ? when(stored.at) : "",
          ]);
        }
      }
    }
    sheet.columns.forEach(
      (column, i) => (column.width = [30, 50, 28, 16, 16, 50, 40, 28, 18][i] ?? 16),
    );
  }
  activitiesSheet(workbook, taken, results, options.names, when);
  missedMilestonesSheet(workbook, taken, summary);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function activitiesSheet(
  workbook: ExcelJS.Workbook,
  taken: Set<string>,
  results: ReportedResult[],
  names: ExportNames,
  when: (iso: string) => string,
): void {
  const states = results.filter((r) => r.state !== undefined);
  if (states.length === 0) return;
  const sheet = workbook.addWorksheet(sheetName("Aktiviteter", taken));
  sheet.addRow(["Aktivitet", "Enhet", "Status", "Kommentar", "Rapporterad av", "Tid"]).font = {
    bold: true,
  };
  for (const r of states) {
    sheet.addRow([
      names.items.get(r.itemId) ?? r.itemId,
      names.units.get(r.unitId) ?? r.unitId,
      r.state ? STATE_SV[r.state] : "",
      r.comment ?? "",
      r.by,
      when(r.at),
    ]);
  }
  sheet.columns.forEach((column, i) => (column.width = [40, 28, 16, 50, 28, 18][i] ?? 16));
}

/** Milestones due in the period that a unit did not mark done: what the board asks about. */
function missedMilestonesSheet(
  workbook: ExcelJS.Workbook,
  taken: Set<string>,
  summary: PeriodSummary,
): void {
  const missed = summary.areas.flatMap((a) =>
    a.goals.flatMap((g) => g.activities.missedMilestones),
  );
  if (missed.length === 0) return;
  const sheet = workbook.addWorksheet(sheetName("Delmål ej nådda", taken));
  sheet.addRow(["Aktivitet", "Enhet", "Delmål", "Skulle vara nått", "Rapporterad status"]).font = {
    bold: true,
  };
  for (const m of missed) {
    sheet.addRow([
      m.name,
      m.unitName,
      m.text,
      m.period ?? "Årets slut",
      m.state ? STATE_SV[m.state] : "Ingen status angiven",
    ]);
  }
  sheet.columns.forEach((column, i) => (column.width = [40, 28, 60, 16, 20][i] ?? 16));
}
