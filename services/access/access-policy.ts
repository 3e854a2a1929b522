// Who may see and do what: the one answer every chat command and card action asks before it reads
// anything it would show. Pure: the facts about the person (admin, leadership, the units they
// report for) are gathered first (actor-facts.ts), the decision is made here, and a refusal carries
// the Swedish sentence the person reads.
//
//   help        everyone, also a stranger
//   periods     anyone with a role: a reporter, leadership or an admin
//   report      a reporter of the unit (any of their units when none is named), a deputy of it
//               while the deputy lasts, a person of the reporter role a role card names, or an admin
//   summary     leadership (members of the leadership channel, people an admin named), or an admin
//   administer  admins only; an admin limited to some förvaltningar only their plans

export const ACCESS = ["help", "periods", "report", "summary", "administer"] as const;
export type Access = (typeof ACCESS)[number];

export interface Actor {
  isAdmin: boolean;
  isLeadership: boolean;
  /**
   * Ids of the units, in the plan the action is about, that the person reports for, as deputy too
   * (no plan named: in any plan not archived).
   */
  reporterOf: ReadonlySet<string>;
  /** Ids of the plan's reporter roles (HR, Handläggare …) the person is in. */
  roleOf?: ReadonlySet<string>;
  /** The names of that plan's units by id, when the action is about a unit; none: no such plan. */
  planUnits?: ReadonlyMap<string, string>;
  /** Admins limited to some förvaltningar (`admin förvaltning`): their names; none: every plan. */
  adminScope?: readonly string[];
}

export interface Resource {
  /** The unit a report action is about; none: any of the person's units. */
  unitId?: string;
  /** The reporter role a role card's action is about (instead of a unit). */
  roleId?: string;
  /** The plan an admin action is about, with the förvaltning that owns it (none: no förvaltning). */
  plan?: { name: string; organisationUnit?: string };
}

export type Decision = { allowed: true } | { allowed: false; reason: string; message: string };

const ALLOWED: Decision = { allowed: true };

const REFUSAL = {
  periods:
    "Jag känner inte igen dig som rapportör, ledning eller administratör i uppföljningen, så det kan jag inte visa dig. Skriv hjälp för att se vad jag kan, eller be en administratör (strateg eller controller) att lägga till dig.",
  report:
    "Du är inte ansvarig för rapportering för någon enhet i planen, så du har ingen rapport att öppna. Be en administratör (strateg eller controller) om hjälp om det är fel.",
  unknownPlan:
    "Planen som kortet gäller finns inte längre. Skriv rapportera för att öppna den aktuella rapporten.",
  summary:
    "Sammanställningen kan bara ledningen och administratörer se. Om du ska se den: be en administratör skriva ledning lägg till och din e-postadress.",
  administer:
    "Det kan bara administratörer använda. Be en administratör (strateg eller controller) om hjälp.",
};

export function decide(actor: Actor, access: Access, resource: Resource = {}): Decision {
  if (access === "help") return ALLOWED;
  if (actor.isAdmin) return access === "administer" ? administerPlan(actor, resource) : ALLOWED;
  switch (access) {
    case "periods":
      return actor.isLeadership || reportsAnything(actor) ? ALLOWED : refused("periods");
    case "report":
      if (resource.roleId !== undefined) return reportForRole(actor, resource.roleId);
      if (resource.unitId === undefined) {
        return reportsAnything(actor) ? ALLOWED : refused("report");
      }
      return reportOnUnit(actor, resource.unitId);
    case "summary":
      return actor.isLeadership ? ALLOWED : refused("summary");
    case "administer":
      return refused("administer");
  }
}

export function can(actor: Actor, access: Access, resource: Resource = {}): boolean {
  return decide(actor, access, resource).allowed;
}

function reportsAnything(actor: Actor): boolean {
  return actor.reporterOf.size > 0 || (actor.roleOf?.size ?? 0) > 0;
}

function reportForRole(actor: Actor, roleId: string): Decision {
  if (actor.roleOf?.has(roleId)) return ALLOWED;
  if (!actor.planUnits) return refused("unknownPlan");
  return {
    allowed: false,
    reason: "notInRole",
    message: `Du ingår inte i rollen ${roleId}, så du kan inte öppna eller skicka in dess rapport. Inget sparades. Be en administratör om hjälp om det är fel.`,
  };
}

/** True when the admin may administer the plan: no limit, or the plan's förvaltning is theirs. */
export function administers(
  actor: Pick<Actor, "isAdmin" | "adminScope">,
  plan: { organisationUnit?: string },
): boolean {
  if (!actor.isAdmin) return false;
  if (!actor.adminScope) return true;
  const unit = plan.organisationUnit?.trim().toLowerCase();
  return unit !== undefined && actor.adminScope.some((name) => name.trim().toLowerCase() === unit);
}

function administerPlan(actor: Actor, resource: Resource): Decision {
  const { plan } = resource;
  if (!plan || administers(actor, plan)) return ALLOWED;
  const yours = (actor.adminScope ?? []).join(", ");
  return {
    allowed: false,
    reason: "otherOrganisationUnit",
    message: plan.organisationUnit
      ? `Planen ${plan.name} hör till ${plan.organisationUnit}, och du administrerar bara planer för ${yours}. Inget ändrades. Be en administratör utan begränsning om hjälp.`
      : `Planen ${plan.name} hör inte till någon förvaltning, och du administrerar bara planer för ${yours}. Inget ändrades.`,
  };
}

function reportOnUnit(actor: Actor, unitId: string): Decision {
  if (actor.reporterOf.has(unitId)) return ALLOWED;
  if (!actor.planUnits) return refused("unknownPlan");
  const name = actor.planUnits.get(unitId);
  if (name === undefined) {
    return {
      allowed: false,
      reason: "unknownUnit",
      message: `Enheten ${unitId} finns inte i planen. Inget sparades.`,
    };
  }
  return {
    allowed: false,
    reason: "notReporter",
    message: `Du rapporterar inte för ${name}, så du kan inte öppna eller skicka in den rapporten. Inget sparades. Be en administratör om hjälp om det är fel.`,
  };
}

function refused(reason: keyof typeof REFUSAL): Decision {
  return { allowed: false, reason, message: REFUSAL[reason] };
}
