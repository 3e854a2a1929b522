// Every capability's card actions, registered once at start. Add an import line per capability.
export { cardActionHandler, registerCardAction } from "./card-action-router";
export type { CardActionHandler, CardActionInput, CardActionResult } from "./card-action-router";
import "./summary-actions";
import "./report-actions";
import "./reminder-actions";
