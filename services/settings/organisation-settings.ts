// Settings of this installation that admins change in chat: the plan imported last (what the
// commands work on when only one plan is live and none is chosen), and the organisation's
// leadership channel (plans without a channel of their own post there). The settings about many
// plans are in plan-settings.ts, reached as `plans`.
//
// Table `Settings`: PK "organisation", RK <setting name>; each row { value (JSON), by, at }.
import type { TableStore } from "../storage/tables";
import type { AuditLog } from "../audit/audit-log";
import { cachedSettingJson, writeSettingRow } from "./setting-rows";
import type { LeadershipChannel } from "./leadership-channel";
import { PlanSettings } from "./plan-settings";

export type { LeadershipChannel } from "./leadership-channel";

type SettingName = "activePlan" | "leadershipChannel";

export class OrganisationSettings {
  /** Archived plans, each plan's channel, each admin's plan and förvaltningar (many plans). */
  readonly plans: PlanSettings;

  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.plans = new PlanSettings(store, audit, now);
  }

  getActivePlanId(): Promise<string | undefined> {
    return this.read<string>("activePlan");
  }

  setActivePlanId(planId: string, actor: string): Promise<{ before?: string; after: string }> {
    return this.write("activePlan", planId, actor);
  }

  getLeadershipChannel(): Promise<LeadershipChannel | undefined> {
    return this.read<LeadershipChannel>("leadershipChannel");
  }

  setLeadershipChannel(
    channel: LeadershipChannel,
    actor: string,
  ): Promise<{ before?: LeadershipChannel; after: LeadershipChannel }> {
    return this.write("leadershipChannel", channel, actor);
  }

  /** From this instance's memory while no instance has changed shared data. */
  private async read<T>(name: SettingName): Promise<T | undefined> {
    const json = await cachedSettingJson(this.store, name);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  private async write<T>(
    name: SettingName,
    value: T,
    actor: string,
  ): Promise<{ before?: T; after: T }> {
    const before = await this.read<T>(name);
    await writeSettingRow(this.store, name, value, actor, this.now());
    await this.audit.record({
      scope: "system",
      actor,
      action: `settings.${name}`,
      before: before ?? null,
      after: value,
    });
    return before === undefined ? { after: value } : { before, after: value };
  }
}
