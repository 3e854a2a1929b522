// Reads the Kolada figures a plan names and keeps them as comparison values (origin Kolada, with
// the date read) in the comparison table: for each indicator with a KPI, the organisation's value
// (the plan's municipality or region code) and each reporting unit's with a Kolada OU id. Kolada
// publishes yearly figures; the latest year before the plan's year that has one is used.
import { saveComparisons, type ComparisonValue } from "../comparison";
import { planItems, reportingUnitIds, type Plan } from "../plan";
import type { TableStore } from "../storage/tables";
import type { KoladaClient, KoladaReading } from "./kolada-client";

export interface KoladaRead {
  read: number;
  /** Swedish: what could not be read and why; the rest is kept all the same. */
  notes: string[];
  /** Kolada answered 429: reading stopped there (what was read before is kept); ask again after. */
  throttled?: { retryAfterSeconds: number };
}

/** How far back to look for a published year: Kolada lags a year or two. */
const YEARS_BACK = 2;

export async function readKolada(
  store: TableStore,
  plan: Plan,
  client: KoladaClient,
  now: () => Date = () => new Date(),
): Promise<KoladaRead> {
  const values: ComparisonValue[] = [];
  const notes: string[] = [];
  const readAt = now().toISOString();
  const units = new Map(plan.units.map((unit) => [unit.id, unit]));
  for (const item of planItems(plan)) {
    if (item.kind !== "indicator" || !item.kolada) continue;
    const kpi = item.kolada;
    const targets: { unitId?: string; ask: (year: number) => Promise<KoladaReading> }[] = [];
    if (plan.koladaMunicipality) {
      const municipality = plan.koladaMunicipality;
      targets.push({ ask: (year) => client.municipalityValue(kpi, municipality, year) });
    }
    for (const unitId of reportingUnitIds(plan, item)) {
      const ou = units.get(unitId)?.koladaOu;
      if (ou) targets.push({ unitId, ask: (year) => client.ouValue(kpi, ou, year) });
    }
    if (targets.length === 0) {
      notes.push(
        `${item.id}: planen anger ingen kommunkod (koladaMunicipality) och ingen enhet har en Kolada-enhet.`,
      );
    }
    for (const target of targets) {
      // The plan's own year, once published, is offered as the answer to confirm.
      const outcome = await target.ask(plan.year);
      if (outcome.ok && outcome.value !== undefined) {
        values.push(koladaValue(item.id, target.unitId, plan.year, outcome.value, kpi, readAt));
      }
      const throttled = !outcome.ok && outcome.retryAfterSeconds !== undefined;
      const found = throttled ? outcome : await latest(target.ask, plan.year - 1);
      if (!found.ok) {
        notes.push(`${item.id}: ${found.note}`);
        if (found.retryAfterSeconds !== undefined) {
          // Asking on would only be refused too: keep what was read, and say when to come back.
          await saveComparisons(store, plan.id, values);
          return {
            read: values.length,
            notes,
            throttled: { retryAfterSeconds: found.retryAfterSeconds },
          };
        }
        continue;
      }
      if (found.value === undefined) {
        notes.push(
          `${item.id}: Kolada har inget värde för ${kpi} åren ${plan.year - YEARS_BACK}–${plan.year - 1}.`,
        );
        continue;
      }
      values.push(koladaValue(item.id, target.unitId, found.year, found.value, kpi, readAt));
    }
  }
  await saveComparisons(store, plan.id, values);
  return { read: values.length, notes };
}

function koladaValue(
  indicatorId: string,
  unitId: string | undefined,
  year: number,
  value: number,
  kpi: string,
  readAt: string,
): ComparisonValue {
  return {
    indicatorId,
    unitId,
    year,
    period: "year",
    value,
    label: `Kolada ${year}`,
    origin: { kind: "kolada", kpi, readAt },
  };
}

async function latest(
  ask: (year: number) => Promise<KoladaReading>,
  lastYear: number,
): Promise<KoladaReading> {
  let reading: KoladaReading = { ok: true, value: undefined, year: lastYear };
  for (let year = lastYear; year > lastYear - YEARS_BACK; year -= 1) {
    reading = await ask(year);
    if (!reading.ok || reading.value !== undefined) return reading;
  }
  return reading;
}
