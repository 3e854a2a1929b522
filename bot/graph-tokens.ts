// The bot's own token for Microsoft Graph, from the same credential it uses for the Bot Framework
// (a managed identity with UserAssignedMSI, else the app registration's secret), asked for the
// Graph audience instead. botbuilder's credential caches and renews it.
import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import type { Config } from "../services/config/config";
import type { GraphTokenSource } from "../services/graph";

const GRAPH_AUDIENCE = "https://graph.microsoft.com";

export function botGraphTokens(auth: Config["auth"]): GraphTokenSource {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
  });
  // Graph wants a token from the organisation's tenant, never the Bot Framework's own.
  const loginEndpoint = `https://login.microsoftonline.com/${auth.tenantId}`;
  // One credential for the process, so its token cache is kept between requests.
  let credentials: Promise<unknown> | undefined;
  return {
    async token() {
      if (!auth.appId || !auth.tenantId) {
        throw new Error("Graph needs MICROSOFT_APP_ID and MICROSOFT_APP_TENANT_ID");
      }
      credentials ??= factory.createCredentials(auth.appId, GRAPH_AUDIENCE, loginEndpoint, true);
      return await tokenOf(await credentials);
    },
  };
}

// botbuilder types the credential as ServiceClientCredentials; the AppCredentials it makes can
// also hand out the bearer token itself.
async function tokenOf(credentials: unknown): Promise<string> {
  if (!givesTokens(credentials)) throw new Error("the bot's credential gives no token");
  return credentials.getToken();
}

function givesTokens(value: unknown): value is { getToken(): Promise<string> } {
  return (
    typeof value === "object" &&
    value !== null &&
    "getToken" in value &&
    typeof value.getToken === "function"
  );
}
