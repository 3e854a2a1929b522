// Microsoft Graph: the client and what the bot does with it (installing the app for reporters).
export { GraphClient, GraphUnavailableError } from "./graph-client";
export type { GraphAnswer, GraphClientOptions, GraphTokenSource } from "./graph-client";
export { graphAppInstaller, installForEach, outcomeOf } from "./app-installation";
export type { AppInstaller, InstallOutcome, PersonInstall } from "./app-installation";
