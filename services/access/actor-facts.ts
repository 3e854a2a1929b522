// The facts the access policy decides on, gathered for one person and one action: whether they are
// an admin, leadership (named by an admin, or acting in the leadership channel, whose members are
// the leadership group) and which units of the plan in question they report for. Only the facts the
// action needs are read.
import type { AdminDirectory } from "../admins/admin-directory";
import { rolesOf, type Plan } from "../plan";
import type { PlanReader } from "../plan/plan-reader";
import type { DeputyDirectory } from "../deputies/deputy-directory";
import { identifiersOf, type Person } from "../people/person";
import type { OrganisationSettings } from "../settings/organisation-settings";
import type { Access, Actor } from "./access-policy";
import type { LeadershipDirectory } from "./leadership-directory";

export interface ActorDeps {
  plans: Pick<PlanReader, "list" | "load">;
  admins: AdminDirectory;
  leadership: LeadershipDirectory;
  settings: OrganisationSettings;
  /** Deputies who report for a unit while they last; without it nobody is a deputy. */
  deputies?: Pick<DeputyDirectory, "unitsCoveredBy">;
}

export interface ActionPlace {
  /** The team channel the action came from (without Teams' `;messageid=…`), if any. */
  channelId?: string;
  /** The plan the action is about; none: any plan that is not archived. */
  planId?: string;
}

const NEEDS = {
  help: { leadership: false, units: false },
  administer: { leadership: false, units: false },
  summary: { leadership: true, units: false },
  report: { leadership: false, units: true },
  periods: { leadership: true, units: true },
} satisfies Record<Access, { leadership: boolean; units: boolean }>;

export async function actorFacts(
  deps: ActorDeps,
  person: Pick<Person, "aadObjectId" | "upn" | "email">,
  access: Access,
  place: ActionPlace = {},
): Promise<Actor> {
  const isAdmin = await deps.admins.isAdmin(person);
  const actor: Actor = { isAdmin, isLeadership: false, reporterOf: new Set() };
  if (isAdmin) {
    const scope = await deps.settings.plans.scopeOf(identifiersOf(person));
    return scope ? { ...actor, adminScope: scope } : actor;
  }
  const needs = NEEDS[access];
  if (needs.leadership) actor.isLeadership = await isLeadership(deps, person, place);
  if (needs.units) {
    if (place.planId === undefined) {
      // A command names no plan: a reporter (deputy, person of a role) in any plan not archived.
      const anyPlan = await inAnyPlan(deps, person);
      actor.reporterOf = anyPlan.units;
      if (anyPlan.roles.size > 0) actor.roleOf = anyPlan.roles;
      return actor;
    }
    const plan = await deps.plans.load(place.planId);
    actor.reporterOf = unitsOf(plan, person);
    if (plan) {
      actor.planUnits = new Map(plan.units.map((unit) => [unit.id, unit.name]));
      actor.roleOf = new Set(rolesOf(plan, identifiersOf(person)).map((role) => role.id));
      if (deps.deputies) {
        const covered = await deps.deputies.unitsCoveredBy(plan.id, identifiersOf(person));
        if (covered.size > 0) actor.reporterOf = new Set([...actor.reporterOf, ...covered]);
      }
    }
  }
  return actor;
}

async function inAnyPlan(
  deps: ActorDeps,
  person: Pick<Person, "aadObjectId" | "upn" | "email">,
): Promise<{ units: ReadonlySet<string>; roles: ReadonlySet<string> }> {
  const archived = await deps.settings.plans.archived();
  const identifiers = identifiersOf(person);
  const units = new Set<string>();
  const roles = new Set<string>();
  for (const listing of await deps.plans.list()) {
    if (archived.has(listing.planId)) continue;
    const plan = await deps.plans.load(listing.planId);
    // Unit ids of every plan: a card that names no plan is refused by its handler, which asks again.
    for (const id of unitsOf(plan, person)) units.add(id);
    if (!plan) continue;
    for (const role of rolesOf(plan, identifiers)) roles.add(role.id);
    const covered = await deps.deputies?.unitsCoveredBy(plan.id, identifiers);
    for (const id of covered ?? []) units.add(id);
  }
  return { units, roles };
}

async function isLeadership(
  deps: ActorDeps,
  person: Pick<Person, "aadObjectId" | "upn" | "email">,
  place: ActionPlace,
): Promise<boolean> {
  if (place.channelId) {
    const channel = await deps.settings.getLeadershipChannel();
    if (channel?.conversationId === place.channelId) return true;
    // A plan's own leadership channel: its members are that plan's leadership.
    const channels = await deps.settings.plans.channels();
    const planChannel = place.planId ? channels[place.planId] : undefined;
    if (planChannel?.conversationId === place.channelId) return true;
    if (!place.planId && Object.values(channels).some((c) => c.conversationId === place.channelId))
      return true;
  }
  return deps.leadership.isNamed(person);
}

function unitsOf(
  plan: Plan | undefined,
  person: Pick<Person, "aadObjectId" | "upn" | "email">,
): ReadonlySet<string> {
  const ids = identifiersOf(person);
  return new Set(
    (plan?.units ?? [])
      .filter((unit) => unit.reporters.some((upn) => ids.includes(upn.toLowerCase())))
      .map((unit) => unit.id),
  );
}
