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
import type { ReminderJob } from "./job-store";
import type { OutboxRow, OutboxStore } from "./outbox-store";
import { unitsReportingIn } from "./recipients";
import {
  daysUntil,
  toneOf,
  type MissingUnit,
  type ReminderRenderer,
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
  private submitted: { at: number; units: Promise<Set<string>> } | undefined;
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
      const submitted = await this.submittedUnits();
      return (row.units ?? []).filter((unit) => !submitted.has(unit.id));
    };
    return {
      stillWanted: async () => (await units()).length > 0,
      resolve: (maxWaitMs) => this.resolver.resolve(row.recipient, maxWaitMs),
      render: async () => {
        const still = await units();
        const job = this.job();
        return this.deps.renderer.reminder({
          locale: job.locale,
          tone: toneOf(job.stepKey),
          personName: row.name,
          period: this.period(),
          daysLeft: this.daysLeft(),
          units: still,
          itemsDue: still.reduce((sum, unit) => sum + unit.items, 0),
        });
      },
    };
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

  private submittedUnits(): Promise<Set<string>> {
    const now = this.deps.clock.now().getTime();
    if (!this.submitted || now - this.submitted.at > this.ledgerMaxAgeMs) {
      const job = this.job();
      const units = this.deps.ledger.submittedUnits(job.planId, job.periodId);
      units.catch(() => (this.submitted = undefined));
      this.submitted = { at: now, units };
    }
    return this.submitted.units;
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
