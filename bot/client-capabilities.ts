// What the client that sent an activity can show. The Microsoft 365 Agents Playground (the local
// Teams client) renders cards but not a file consent card ("File Consent Card is not supported yet"),
// so the export must say where the file can be had instead. It is told apart from Teams by what its
// activities carry: a service URL on this machine, and users whose ids are not Teams ids (Teams
// always sends "29:…"; the Playground sends the ids of its config file, "user-admin").
import type { Activity } from "botbuilder";

export function isAgentsPlayground(activity: Pick<Activity, "serviceUrl" | "from">): boolean {
  let host = "";
  try {
    host = new URL(activity.serviceUrl).hostname;
  } catch {
    return false; // no usable service URL: not a client we can tell anything about
  }
  const local = host === "localhost" || host === "127.0.0.1" || host === "[::1]";
  return local && !(activity.from?.id ?? "").startsWith("29:");
}

export function canTakeFileConsent(activity: Pick<Activity, "serviceUrl" | "from">): boolean {
  return !isAgentsPlayground(activity);
}
