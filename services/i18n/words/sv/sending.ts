// What an administrator sees of a sending: its progress, the digest of missing reports, the
// notice of who could not be reached, and the replies to påminn.
export const sending = {
  "progress.title": "Påminnelser: {label}",
  "progress.done": "Klart: skickat {sent, number} av {total, number}.",
  "progress.running": "Skickat {sent, number} av {total, number} …",
  "progress.sent": "Skickade",
  "progress.alreadyReported": "Har redan rapporterat",
  "progress.alreadyReminded": "Redan påminda i dag",
  "progress.unreachable": "Kunde inte nås",
  "progress.failed": "Misslyckades",
  "progress.listHeading": "Kunde inte nås:",
  "progress.footer":
    "De behöver lägga till Uppföljningsboten i Teams (Appar → sök → Lägg till), eller vara med i ett team där boten finns. Skriv ansvariga för hela listan.",
  "digest.title": "Saknade rapporter: {label}",
  "digest.allReported":
    "{count, plural, one {Enheten har rapporterat.} other {Alla # enheter har rapporterat.}}",
  "digest.missing":
    "{missing, number} av {units, plural, one {# enhet} other {# enheter}} har inte rapporterat. Sista dagen var {deadline}.",
  "digest.reporters": "{count, plural, one {Rapportör} other {Rapportörer}}: {names}",
  "digest.noReporter": "Ingen rapportör: ange en med ansvarig <enhet> <person>",
  "digest.footer": "De har fått en påminnelse. Påminn igen med: påminn {periodId}",
  "unreachable.title": "Kunde inte nå {count, plural, one {# person} other {# personer}}",
  "unreachable.summary":
    "Påminnelsen för {label} kom inte fram till {count, plural, one {personen} other {dem}}:",
  "unreachable.footer":
    "De behöver lägga till Uppföljningsboten i Teams igen (Appar → sök → Lägg till) eller häva blockeringen. Skriv ansvariga för att se alla.",
  "remind.running":
    "Påminnelser för {label} skickas just nu: meddelandet ovan visar hur långt det har kommit.",
  "remind.nobody": "Ingen att påminna för {label}: alla enheter som rapporterar har rapporterat.",
  "remindMissing.started":
    "Påminner {count, plural, one {# person} other {# personer}} om {label}; förloppet visas i din chatt med mig.",
  "remindMissing.running": "De påminnelserna skickas just nu.",
  "remindMissing.nobody": "Alla har rapporterat: ingen att påminna.",
} as const;
