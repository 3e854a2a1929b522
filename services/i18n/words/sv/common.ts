// Shared: buttons, counts and paging, a change's columns, a status where people see it
// (services/rules/status-label.ts) and the turn's errors.
export const common = {
  "common.more": "… och {count, number} till.",
  "common.moreUnits": "{count, plural, one {… och # enhet till.} other {… och # enheter till.}}",
  "common.refresh": "Uppdatera",
  "common.back": "Tillbaka",
  "common.previous": "Föregående",
  "common.next": "Nästa",
  "common.yes": "Ja",
  "common.no": "Nej",
  "common.page": "sida {page, number}/{pages, number}",
  "common.units": "{count, plural, one {# enhet} other {# enheter}}",
  "common.greeting": "Hej {name}!",
  "change.what": "Vad",
  "change.before": "Före",
  "change.after": "Efter",
  "common.noneListed": "- inga",
  "error.storage": "Något gick fel hos lagringen, försök igen om en stund.",
  "error.unexpected":
    "Förlåt, något gick fel hos mig. Inget du skickat har gått förlorat: försök igen om en stund, och säg till din administratör om det fortsätter.",
  "status.green": "Grön",
  "status.yellow": "Gul",
  "status.red": "Röd",
  "status.none": "Ej bedömd",
  "status.notReported": "Ej rapporterad",
} as const;
