// The token credential for STORAGE_ACCOUNT_URL: Entra ID instead of an account key. In Azure it is
// the app's managed identity (the bot's own user-assigned identity when MICROSOFT_APP_TYPE is
// UserAssignedMSI); on a developer's machine their Azure CLI / VS Code login. The identity needs
// the role "Storage Table Data Contributor" on the account (docs/storage.md).
import { DefaultAzureCredential, type TokenCredential } from "@azure/identity";
import type { Config } from "../config/config";

export function storageCredential(auth: Config["auth"]): TokenCredential {
  const userAssigned = auth.appType === "UserAssignedMSI" && auth.appId ? auth.appId : undefined;
  return new DefaultAzureCredential(
    userAssigned ? { managedIdentityClientId: userAssigned } : undefined,
  );
}
