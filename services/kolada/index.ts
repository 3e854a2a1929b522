// Kolada, the open database of Swedish municipal statistics: a client for its API v3 and the use
// case that keeps a plan's Kolada figures as comparison values.
export type { KoladaClient, KoladaClientOptions, KoladaReading } from "./kolada-client";
export { createKoladaClient } from "./kolada-client";
export type { KoladaRead } from "./read-kolada";
export { readKolada } from "./read-kolada";
export type { KoladaRefreshResult } from "./kolada-refresh";
export { refreshKoladaIfDue } from "./kolada-refresh";
export { KoladaSchedule } from "./kolada-schedule";
