// The Swedish areas of the catalog, joined in ../sv.ts.
export { admin } from "./admin";
export { calendar } from "./calendar";
export { common } from "./common";
export { conversation } from "./conversation";
export { deputies } from "./deputies";
export { install } from "./install";
export { items } from "./items";
export { plans } from "./plans";
export { reminders } from "./reminders";
export { reportForm } from "./report-form";
export { report } from "./report";
export { responsibles } from "./responsibles";
export { rollup } from "./rollup";
export { sending } from "./sending";
export { summary } from "./summary";
