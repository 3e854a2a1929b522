// Asks the access policy before a command or card action reads anything: gathers the person's
// facts for the place the action came from, and refuses in Swedish when the policy says no. Every
// refusal is logged (ids only); a card action's is also counted per person and minute in the audit log.
import type { TurnContext } from "botbuilder";
import { actorFacts, decide, type Access, type Actor, type Resource } from "../services/access";
import { DomainError } from "../services/errors";
import { actorId, type Person } from "../services/people/person";
import type { Uses } from "./services";

/** What asking the policy reads: the person's facts, the plan, and where refusals are counted. */
export type AccessDeps = Uses<
  "admins" | "deputies" | "leadership" | "logger" | "plans" | "refusals" | "settings"
>;

export interface AccessRequest {
  access: Access;
  /** The command id or card verb, for the log and the audit row. */
  what: string;
  /** The plan the action is about (a card's data); none: the active plan. */
  planId?: string;
  resource?: Resource;
  /**
   * Card actions: count the refusal in the audit log (per person and minute). A refused chat
   * command is only logged: it changes nothing and cannot be sent in a loop by a forged card.
   */
  audited?: boolean;
}

export async function authorize(
  services: AccessDeps,
  context: TurnContext,
  sender: Person,
  request: AccessRequest,
): Promise<Actor> {
  const actor = await actorFacts(services, sender, request.access, {
    channelId: channelOf(context),
    planId: request.planId,
  });
  // An admin limited to some förvaltningar: the plan the card is about must be one of theirs.
  const plan =
    actor.adminScope && request.planId && request.access === "administer"
      ? await services.plans.load(request.planId)
      : undefined;
  const resource = plan ? { ...request.resource, plan } : request.resource;
  const decision = decide(actor, request.access, resource);
  if (decision.allowed) return actor;
  const facts = {
    what: request.what,
    access: request.access,
    reason: decision.reason,
    ...(request.planId ? { planId: request.planId } : {}),
    ...(request.resource?.unitId ? { unitId: request.resource.unitId } : {}),
  };
  services.logger.warn({ module: "access", person: sender.aadObjectId, ...facts }, "refused");
  if (request.audited) {
    await services.refusals.count({
      // A refusal about a plan's unit is in that plan's audit, beside the report's own refusals.
      scope: request.planId && actor.planUnits ? request.planId : "system",
      actor: actorId(sender),
      action: `${request.access}.refused`,
      facts,
    });
  }
  throw new DomainError("FORBIDDEN", decision.message);
}

/** The team channel an activity came from, as the leadership channel setting stores it. */
function channelOf(context: TurnContext): string | undefined {
  const conversation = context.activity.conversation;
  if (conversation?.conversationType !== "channel") return undefined;
  return conversation.id.split(";")[0];
}
