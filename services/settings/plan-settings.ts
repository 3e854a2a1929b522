// Settings of the installation about its many plans, changed by admins in chat: which plans are
// archived (no schedule, data kept), each plan's own leadership channel, the plan each admin works
// on (`plan <namn>`), and which förvaltningar an admin is limited to.
//
// Table `Settings`: PK "organisation", RK <setting name>; each row { value (JSON), by, at }, the
// same rows as OrganisationSettings. Each setting is one row with a map, read from this instance's
// memory while no instance has changed shared data (one read per setting, whatever the plans).
import type { AuditLog } from "../audit/audit-log";
import type { TableStore } from "../storage/tables";
import type { LeadershipChannel } from "./leadership-channel";
import { cachedSettingJson, freshSettingJson, writeSettingRow } from "./setting-rows";

type MapSetting = "archivedPlans" | "planChannels" | "workingPlans" | "adminScopes";

interface Maps {
  /** Plan id → when it was archived. */
  archivedPlans: Record<string, string>;
  planChannels: Record<string, LeadershipChannel>;
  /** Admin (actorId, lower case) → plan id. */
  workingPlans: Record<string, string>;
  /** Admin (UPN or object id, lower case) → the förvaltningar they administer. */
  adminScopes: Record<string, string[]>;
}

export class PlanSettings {
  constructor(
    private readonly store: TableStore,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async archived(): Promise<ReadonlySet<string>> {
    return new Set(Object.keys(await this.read("archivedPlans")));
  }

  async archive(planId: string, actor: string): Promise<{ already: boolean }> {
    const map = await this.fresh("archivedPlans");
    if (map[planId]) return { already: true };
    await this.write("archivedPlans", { ...map, [planId]: this.now().toISOString() }, actor, {
      planId,
      before: null,
      after: "archived",
    });
    return { already: false };
  }

  async restore(planId: string, actor: string): Promise<{ was: boolean }> {
    const map = await this.fresh("archivedPlans");
    if (!map[planId]) return { was: false };
    const { [planId]: _gone, ...rest } = map;
    await this.write("archivedPlans", rest, actor, { planId, before: "archived", after: null });
    return { was: true };
  }

  async channelOf(planId: string): Promise<LeadershipChannel | undefined> {
    return (await this.read("planChannels"))[planId];
  }

  async channels(): Promise<Readonly<Record<string, LeadershipChannel>>> {
    return this.read("planChannels");
  }

  async setChannel(
    planId: string,
    channel: LeadershipChannel,
    actor: string,
  ): Promise<{ before?: LeadershipChannel }> {
    const map = await this.fresh("planChannels");
    const before = map[planId];
    await this.write("planChannels", { ...map, [planId]: channel }, actor, {
      planId,
      before: before ?? null,
      after: channel,
    });
    return before ? { before } : {};
  }

  async workingPlanOf(admin: string): Promise<string | undefined> {
    return (await this.read("workingPlans"))[admin.toLowerCase()];
  }

  async setWorkingPlan(admin: string, planId: string): Promise<{ before?: string }> {
    const map = await this.fresh("workingPlans");
    const key = admin.toLowerCase();
    const before = map[key];
    if (before !== planId) {
      await this.write("workingPlans", { ...map, [key]: planId }, admin, {
        before: before ?? null,
        after: planId,
      });
    }
    return before ? { before } : {};
  }

  /** The förvaltningar an admin is limited to; undefined: every plan. */
  async scopeOf(identifiers: readonly string[]): Promise<string[] | undefined> {
    const map = await this.read("adminScopes");
    for (const id of identifiers) {
      const scope = map[id.toLowerCase()];
      if (scope) return scope;
    }
    return undefined;
  }

  async scopes(): Promise<Readonly<Record<string, string[]>>> {
    return this.read("adminScopes");
  }

  /** An empty list lifts the limit: the admin administers every plan again. */
  async setScope(admin: string, units: string[], actor: string): Promise<{ before?: string[] }> {
    const map = await this.fresh("adminScopes");
    const key = admin.trim().toLowerCase();
    const before = map[key];
    const { [key]: _old, ...rest } = map;
    const next = units.length > 0 ? { ...rest, [key]: units } : rest;
    await this.write("adminScopes", next, actor, {
      admin: key,
      before: before ?? null,
      after: units.length > 0 ? units : null,
    });
    return before ? { before } : {};
  }

  private async read<K extends MapSetting>(name: K): Promise<Maps[K]> {
    const json = await cachedSettingJson(this.store, name);
    return (json === undefined ? {} : JSON.parse(json)) as Maps[K];
  }

  /** A change starts from the stored row, never from memory: another change may be newer. */
  private async fresh<K extends MapSetting>(name: K): Promise<Maps[K]> {
    const json = await freshSettingJson(this.store, name);
    return (json === undefined ? {} : JSON.parse(json)) as Maps[K];
  }

  private async write<K extends MapSetting>(
    name: K,
    value: Maps[K],
    actor: string,
    change: Record<string, unknown>,
  ): Promise<void> {
    await writeSettingRow(this.store, name, value, actor, this.now());
    const { planId, ...rest } = change;
    await this.audit.record({
      scope: typeof planId === "string" ? planId : "system",
      actor,
      action: `settings.${name}`,
      before: rest.before ?? null,
      after: rest.after ?? null,
    });
  }
}
