// The token credential for STORAGE_ACCOUNT_URL: Entra ID instead of an account key. In Azure it is
// the app's managed identity (the bot's own user-assigned identity when MICROSOFT_APP_TYPE is
// UserAssignedMSI); on a developer's machine their Azure CLI / VS Code login. The identity needs
// the role "Storage Table Data Contributor" on the account (docs/storage.md).
import type { TokenCredential } from "@azure/identity";
import type { Config } from "../config/config";

export async function storageCredential(auth: Config["auth"]): Promise<TokenCredential> {
  // Loaded only when used: the identity library is large, and a start with a connection string
  // (Azurite, tests) should not pay for it.
  const { DefaultAzureCredential } = await import("@azure/identity");
  const userAssigned = auth.appType === "UserAssignedMSI" && auth.appId ? auth.appId : undefined;
  return new DefaultAzureCredential(
    userAssigned ? { managedIdentityClientId: userAssigned } : undefined,
  );
}
