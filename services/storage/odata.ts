// OData filters for Table.query: the SDK's tagged template, which quotes and escapes every value.
export { odata } from "@azure/data-tables";
