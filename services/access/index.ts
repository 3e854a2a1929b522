// Access: who may see and do what (the policy), the facts it decides on, and who is leadership.
export type { Access, Actor, Decision, Resource } from "./access-policy";
export { ACCESS, administers, can, decide } from "./access-policy";
export type { ActionPlace, ActorDeps } from "./actor-facts";
export { actorFacts } from "./actor-facts";
export { LeadershipDirectory } from "./leadership-directory";
