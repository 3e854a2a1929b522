// Installs the Teams app for a person through Microsoft Graph, with the app's own identity
// (permission TeamsAppInstallation.ReadWriteSelfForUser.All): POST /users/{upn}/teamwork/installedApps.
// Teams then sends the bot the install event with the 1:1 chat, and the person can be reminded.
// Each answer becomes an outcome the admin can act on; nothing here throws for one person's failure.
import { GraphUnavailableError, type GraphAnswer, type GraphClient } from "./graph-client";

export type InstallOutcome =
  "installed" | "alreadyInstalled" | "noLicence" | "userNotFound" | "consentMissing" | "failed";

export interface PersonInstall {
  identifier: string;
  outcome: InstallOutcome;
}

export interface AppInstaller {
  install(identifier: string): Promise<PersonInstall>;
}

/** Graph's words for a token without the permission (401, or 403 naming roles or consent). */
const CONSENT_MISSING =
  /missing role|roles on the request|insufficient privileges|consent|Authorization_RequestDenied|InvalidAuthenticationToken/i;

export function outcomeOf(answer: GraphAnswer): InstallOutcome {
  if (answer.status >= 200 && answer.status < 300) return "installed";
  if (answer.status === 409) return "alreadyInstalled";
  if (answer.status === 404) return "userNotFound";
  if (answer.status === 401) return "consentMissing";
  if (answer.status === 403) {
    return CONSENT_MISSING.test(`${answer.code ?? ""} ${answer.message ?? ""}`)
      ? "consentMissing"
      : "noLicence";
  }
  return "failed";
}

export function graphAppInstaller(graph: GraphClient, catalogAppId: string): AppInstaller {
  return {
    async install(identifier) {
      try {
        const answer = await graph.request(
          "POST",
          `/users/${encodeURIComponent(identifier)}/teamwork/installedApps`,
          { "teamsApp@odata.bind": graph.url(`/appCatalogs/teamsApps/${catalogAppId}`) },
        );
        return { identifier, outcome: outcomeOf(answer) };
      } catch (error) {
        if (error instanceof GraphUnavailableError) return { identifier, outcome: "failed" };
        throw error;
      }
    },
  };
}

/** Installs for each person, a few at a time (Graph throttles per app and tenant). */
export async function installForEach(
  installer: AppInstaller,
  identifiers: readonly string[],
  parallel = 4,
): Promise<PersonInstall[]> {
  const results: PersonInstall[] = new Array<PersonInstall>(identifiers.length);
  let next = 0;
  const worker = async () => {
    while (next < identifiers.length) {
      const i = next++;
      results[i] = await installer.install(identifiers[i] ?? "");
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, identifiers.length) }, worker));
  return results;
}
