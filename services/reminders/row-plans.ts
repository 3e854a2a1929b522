// What the sender needs to send each kind of row: whether a reminder is still wanted (its units
// still missing), whom to send it to, and its content: a reminder (the person's units still
// missing), a digest (the units missing after the deadline and their reporters) or a notice (who
// Teams refused). Per run of the sender: the list of submitted units is read at most every half
// minute, the plan and the rosters once.
import type { Messenger } from "../messaging";
import type { AddressBook, ChannelAddress } from "../people/address-book";
import type { Logger } from "../logging/logger";
import type { Plan } from "../plan";
import { AddressResolver, type Resolution } from "./address-resolver";
import type { Clock } from "./clock";
import type { RowPlan } from "./deliver-row";
import type { ReminderJob } from "./job-rows";
import type { OutboxRow, OutboxStore } from "./outbox-store";
import { unitsReportingIn, type ReminderUnit } from "./recipients";
import {
  daysUntil,
  toneOf,
  type MissingUnit,
  type ReminderRenderer,
  type ReminderSection,
  type UnreachablePerson,
} from "./reminder-content";
import type { ReportLedger } from "./report-ledger";

export interface RowPlanDeps {
  outbox: OutboxStore;
  messenger: Messenger;
  renderer: ReminderRenderer;
  addressBook: AddressBook;
  channels: () => Promise<ChannelAddress[]>;
  ledger: ReportLedger;
  loadPlan: (planId: string) => Promise<Plan | undefined>;
  clock: Clock;
  logger: Logger;
  timeZone: string;
}

/**
 * People Teams refused in this job (a 403 or 404 answer): news for the admins, unlike people who
 * never installed the app or were refused before (ansvariga lists those).
 */
export function unreachableByTeams(rows: readonly OutboxRow[]): UnreachablePerson[] {
  return rows
    .filter(
      (row) =>
        row.kind === "reminder" &&
        row.state === "unreachable" &&
        (row.status === 403 || row.status === 404),
    )
    .map((row) => ({ name: row.name, reason: row.reason === "notFound" ? "notFound" : "blocked" }));
}

export class RowPlans {
  private readonly resolver: AddressResolver;
  private readonly submitted = new Map<string, { at: number; units: Promise<Set<string>> }>();
  private plan: Promise<Plan | undefined> | undefined;

  constructor(
    private readonly deps: RowPlanDeps,
    private readonly ledgerMaxAgeMs: number,
    private readonly jobId: string,
    /** The job as last read: it has its period once it has been expanded. */
    private readonly job: () => ReminderJob,
  ) {
    this.resolver = new AddressResolver(deps);
  }

  for(row: OutboxRow): RowPlan {
    return row.kind === "reminder" ? this.reminder(row) : this.toAdmin(row);
  }

  private reminder(row: OutboxRow): RowPlan {
    const units = async () => {
      if (this.job().audience !== "missing") return row.units ?? [];
      const still: ReminderUnit[] = [];
      for (const unit of row.units ?? []) {
        const submitted = await this.submittedUnits(unit.planId, unit.periodId);
        if (!submitted.has(unit.id)) still.push(unit);
      }
      return still;
    };
    return {
      stillWanted: async () => (await units()).length > 0,
      resolve: (maxWaitMs) => this.resolver.resolve(row.recipient, maxWaitMs),
      render: async () => {
        const job = this.job();
        // A merged step: a section per plan and period, the first with units leads the card.
        const [first, ...others] = this.sections(await units());
        const lead = first ?? {
          period: this.period(),
          daysLeft: this.daysLeft(),
          units: [],
          itemsDue: 0,
        };
        return this.deps.renderer.reminder({
          locale: job.locale,
          tone: toneOf(job.stepKey),
          personName: row.name,
          ...lead,
          ...(others.length > 0 ? { others } : {}),
        });
      },
    };
  }

  private sections(units: readonly ReminderUnit[]): ReminderSection[] {
    const job = this.job();
    const periods = [this.period(), ...(job.others ?? [])];
    const sections: ReminderSection[] = [];
    for (const period of periods) {
      const own = units.filter(
        (unit) =>
          (unit.planId ?? job.planId) === period.planId &&
          (unit.periodId ?? job.periodId) === period.periodId,
      );
      if (own.length === 0) continue;
      sections.push({
        period,
        daysLeft: daysUntil(period.deadline, this.deps.clock.now(), this.deps.timeZone),
        units: own,
        itemsDue: own.reduce((sum, unit) => sum + unit.items, 0),
      });
    }
    return sections;
  }

  private toAdmin(row: OutboxRow): RowPlan {
    const { renderer } = this.deps;
    return {
      stillWanted: async () => true,
      resolve: () => this.admin(row.recipient),
      render: async () =>
        row.kind === "digest"
          ? renderer.digest({
              locale: this.job().locale,
              adminName: row.name,
              period: this.period(),
              daysLeft: this.daysLeft(),
              ...(await this.missingUnits()),
            })
          : renderer.unreachableNotice({
              locale: this.job().locale,
              adminName: row.name,
              period: this.period(),
              people: unreachableByTeams((await this.deps.outbox.overview(this.jobId)).rows),
            }),
    };
  }

  /** Admins are reached only in a chat of their own (no roster: they use the bot). */
  private async admin(identifier: string): Promise<Resolution> {
    const person = await this.deps.addressBook.findPerson(identifier);
    if (!person?.reference || !person.active || person.unreachable) {
      return { ok: false, reason: "noAddress", aadObjectId: person?.aadObjectId };
    }
    return { ok: true, reference: person.reference, aadObjectId: person.aadObjectId };
  }

  private period() {
    const period = this.job().period;
    if (!period) throw new Error(`Job ${this.jobId} has no period yet.`);
    return period;
  }

  private daysLeft(): number {
    return daysUntil(this.period().deadline, this.deps.clock.now(), this.deps.timeZone);
  }

  /** The job's plan and period, or another's (a merged step's unit). */
  private submittedUnits(planId?: string, periodId?: string): Promise<Set<string>> {
    const job = this.job();
    const key = `${planId ?? job.planId}|${periodId ?? job.periodId}`;
    const now = this.deps.clock.now().getTime();
    const known = this.submitted.get(key);
    if (!known || now - known.at > this.ledgerMaxAgeMs) {
      const units = this.deps.ledger.submittedUnits(planId ?? job.planId, periodId ?? job.periodId);
      units.catch(() => this.submitted.delete(key));
      this.submitted.set(key, { at: now, units });
      return units;
    }
    return known.units;
  }

  private async missingUnits(): Promise<{ unitsReporting: number; missing: MissingUnit[] }> {
    const job = this.job();
    this.plan ??= this.deps.loadPlan(job.planId);
    const plan = await this.plan;
    if (!plan) return { unitsReporting: 0, missing: [] };
    const submitted = await this.submittedUnits();
    const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
    const units = new Map(plan.units.map((unit) => [unit.id, unit]));
    const reporting = [...unitsReportingIn(plan, job.periodId).keys()];
    const missing = reporting
      .filter((id) => !submitted.has(id))
      .map((id) => units.get(id))
      .filter((unit) => unit !== undefined)
      .map((unit) => ({
        name: unit.name,
        reporters: unit.reporters.map((upn) => names.get(upn.toLowerCase()) ?? upn),
      }));
    return { unitsReporting: reporting.length, missing };
  }
}
