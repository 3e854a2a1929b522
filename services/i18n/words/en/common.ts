// English for sv/common.ts: the same keys (a missing or extra key does not compile).
import type { common as sv } from "../sv/common";
import type { Translation } from "../join-areas";

export const common: Translation<typeof sv> = {
  "common.more": "… and {count, number} more.",
  "common.moreUnits": "{count, plural, one {… and # more unit.} other {… and # more units.}}",
  "common.refresh": "Refresh",
  "common.back": "Back",
  "common.previous": "Previous",
  "common.next": "Next",
  "common.yes": "Yes",
  "common.no": "No",
  "common.page": "page {page, number}/{pages, number}",
  "common.units": "{count, plural, one {# unit} other {# units}}",
  "common.greeting": "Hi {name}!",
  "change.what": "What",
  "change.before": "Before",
  "change.after": "After",
  "common.noneListed": "- none",
  "error.storage": "Something went wrong with the storage, please try again in a while.",
  "error.unexpected":
    "Sorry, something went wrong on my side. Nothing you sent was lost: please try again in a minute, and tell your administrator if it keeps happening.",
  "status.green": "Green",
  "status.yellow": "Yellow",
  "status.red": "Red",
  "status.none": "Not judged",
  "status.notReported": "Not reported",
};
