// The card actions: the table of every verb (with its access) and the types handlers share.
export { CARD_ACTIONS, cardAction } from "./card-action-table";
export { runCardAction } from "./run-card-action";
export type {
  CardActionHandler,
  CardActionInput,
  CardActionResult,
  CardActionSpec,
} from "./card-action-router";
