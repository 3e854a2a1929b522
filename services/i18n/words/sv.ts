// Swedish, the first language: every word a card, a reply or the domain shows, by key, as ICU
// messages (intl-messageformat). How to add one: docs/cards.md ("Words"). en.ts must have every key.
// Typography: ”…” for quotes, a non-breaking space before %, an en dash in ranges.
export const sv = {
  // Shared
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

  // Reminders (cards/reminder-messages.ts)
  "reminder.days": "{count, plural, one {# dag} other {# dagar}}",
  "reminder.lastDayToday": "i dag är sista dagen",
  "reminder.deadlinePassed":
    "sista dagen var för {count, plural, one {# dag} other {# dagar}} sedan",
  "reminder.title.opening": "Dags att rapportera: {label}",
  "reminder.title.before": "Påminnelse: rapportera {label}",
  "reminder.title.deadline": "Sista dag i dag: {label}",
  "reminder.title.after": "Rapporten för {label} saknas",
  "reminder.title.manual": "Påminnelse: rapportera {label}",
  "reminder.intro.opening": "Nu kan du rapportera för {label}. Sista dag är {deadline}.",
  "reminder.intro.before": "Rapporten för {label} är inte klar än. Sista dag är {deadline}.",
  "reminder.intro.deadline": "I dag är sista dagen att rapportera för {label}.",
  "reminder.intro.after":
    "Sista dagen att rapportera för {label} var {deadline}. Rapportera så snart du kan.",
  "reminder.intro.manual":
    "Din administratör påminner dig om att rapportera för {label}. Sista dag är {deadline}.",
  "reminder.fact.period": "Period",
  "reminder.fact.lastDay": "Sista dag",
  "reminder.fact.timeLeft": "Kvar",
  "reminder.fact.toReport": "Att rapportera",
  "reminder.toReport":
    "{items, plural, one {# punkt} other {# punkter}}, {units, plural, one {# enhet} other {# enheter}}",
  "reminder.itemsToReport":
    "{count, plural, one {# punkt att rapportera} other {# punkter att rapportera}}",
  "reminder.unitsHeading": "{count, plural, one {Din enhet} other {Dina enheter}}",
  "reminder.reportNow": "Rapportera nu",
  "reminder.footer":
    "Du får påminnelsen för att du rapporterar för {count, plural, one {enheten} other {enheterna}}. Frågor? Kontakta din administratör.",
  "reminder.text": "{title} (sista dag {day})",
  "reach.reason.noAddress":
    "har inte lagt till Uppföljningsboten och finns inte i något team där boten finns",
  "reach.reason.blocked": "Teams nekade (blockerad, appen borttagen eller saknar behörighet)",
  "reach.reason.uninstalled": "har tagit bort appen",
  "reach.reason.notFound": "chatten finns inte längre",
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
  // The summary (cards/summary/)
  "summary.title": "Uppföljning: {plan}",
  "summary.reported":
    "{reported, number} av {units, plural, one {# enhet} other {# enheter}} har rapporterat.",
  "summary.chartAlt": "Status per målområde och period",
  "summary.since": "Sedan {label}",
  "summary.newRed": "Ny röd",
  "summary.areasHeading": "Målområden (välj ett för att se indikatorerna)",
  "summary.roleScope":
    "för {units, plural, one {# enhet} other {# enheter}}{people, select, none {} other { ({people})}}",
  "summary.roleAndReporters": "Roll och rapportörer",
  "summary.missingCount":
    "{units, plural, one {# enhet} other {# enheter}}{roles, plural, =0 {} one { och # roll} other { och # roller}}",
  "summary.missingHeading": "Har inte rapporterat än",
  "summary.allMissing": "Alla som saknas",
  "summary.remindMissing": "Påminn dessa",
  "summary.footer":
    "✔ grön ▲ gul ✖ röd ○ ej rapporterad – ej bedömd. En räkning per enhet och indikator{totals, select, yes {; Σ: mål för hela organisationen, en räkning för totalen} other {}}. Uppdaterad {updated}{posted, select, none {} other { (först publicerad {posted})}}.",
  "summary.trend.better": "↗ bättre",
  "summary.trend.same": "→ oförändrat",
  "summary.trend.worse": "↘ sämre",
  "summary.vsPrevious": "mot förra: {trend}",
  "summary.vsLastYear": "mot i fjol: {trend}",
  "summary.target": "Mål: {target}",
  "summary.inTotal": "Σ ingår i totalen",
  "summary.moreUnitRows":
    "{count, plural, one {… och # enhet till: välj för att se alla} other {… och # enheter till: välj för att se alla}}",
  "summary.units": "Enheter",
  "summary.indicators": "Indikatorer",
  "summary.activitiesOf": "Aktiviteter · {goal}",
  "summary.activityCounts":
    "Ej påbörjad {notStarted, number}, pågår {inProgress, number}, klar {done, number}, försenad {delayed, number}, avbruten {cancelled, number}, ej rapporterad {notReported, number}.",
  "summary.delayed": "⚠ Försenad: {name} – {unit}",
  "summary.question": "Fråga · {text}",
  "summary.answered": "{answered, number} har svarat ({units}), {missing, number} inte än.",
  "summary.nobody": "ingen",
  "summary.readAnswers": "Läs svaren",
  "summary.unitAndReporter": "Enhet och rapportör",
  "summary.activities": "{count, plural, one {# aktivitet} other {# aktiviteter}}",
  "summary.activity.delayed": "{count, plural, one {# försenad} other {# försenade}}",
  "summary.activity.cancelled": "{count, plural, one {# avbruten} other {# avbrutna}}",
  "summary.activity.notReported":
    "{count, plural, one {# ej rapporterad} other {# ej rapporterade}}",
  "summary.activity.notStarted": "{count, plural, one {# ej påbörjad} other {# ej påbörjade}}",
  "summary.activity.inProgress": "{count, number} pågår",
  "summary.activity.done": "{count, plural, one {# klar} other {# klara}}",
  "chart.legend.green": "Grön",
  "chart.legend.yellow": "Gul",
  "chart.legend.red": "Röd",
  "chart.legend.notJudged": "Ej bedömd",
  "chart.legend.notReported": "Ej rapporterad",
  "chart.trendTitle": "Andel gröna per period",
  "chart.nothingDue": "Inget att rapportera i perioden",
  // The calendar (cards/periods-view.ts, period-change-view.ts)
  "periods.title": "Rapportperioder: {plan}",
  "periods.covers": "Avser",
  "periods.opens": "Öppnar",
  "periods.deadline": "Sista dag",
  "periods.reminders": "Påminnelser",
  "periods.reported": "Rapporterat",
  "periods.reportedCount": "{done, number} av {units, plural, one {# enhet} other {# enheter}}",
  "periods.toTheLate": "till dem som inte har rapporterat: {times}",
  "periods.closed": "■ Stängd",
  "periods.open": "▶ Öppen",
  "periods.upcoming": "◷ Kommande",
  "periods.footer":
    "Ändra med t.ex. deadline {sample} 15 maj, öppna {sample} 2 maj eller påminnelser {sample} 7 3 1. Datum skrivs {examples}.",
  "periodChange.changed": "{label} ändrad",
  "periodChange.unchanged": "{label}: inget att ändra",
  "periodChange.footer": "Påminnelser går ut vardagar inom arbetstid, svensk tid.",

  // Reporters (cards/responsibles-view.ts)
  "reach.reachable": "✔ Nås",
  "reach.notInstalled": "✖ Har inte appen",
  "reach.uninstalled": "✖ Har tagit bort appen",
  "reach.blocked": "✖ Blockerad",
  "responsibles.title": "Ansvariga för rapportering: {plan}",
  "responsibles.summary":
    "{reporters, plural, one {# rapportör} other {# rapportörer}} för {units, plural, one {# enhet} other {# enheter}}; {unreachable, plural, =0 {jag når alla.} other {jag når inte # av dem än.}}",
  "responsibles.none": "– ingen –",
  "responsibles.unit": "Enhet",
  "responsibles.reporter": "Rapportör",
  "responsibles.reach": "Nås?",
  "responsibles.install": "Installera appen för dessa",
  "responsibles.adviceInstall":
    "Jag når inte dem som har ✖ än. Installera appen för dessa lägger till Uppföljningsboten i Teams åt alla som inte har blockerat mig; eller så lägger de till den själva (Appar → sök → Lägg till).",
  "responsibles.advice":
    "De som har ✖ behöver lägga till Uppföljningsboten i Teams (Appar → sök → Lägg till), eller vara med i ett team där boten finns, innan påminnelser når dem.",
  "responsibles.moreRows": "{count, plural, one {… och # rad till.} other {… och # rader till.}}",
  "responsibles.changeTitle": "Ansvarig för rapportering: {unit}",
  "responsibles.notReachable":
    "Jag når inte {person} än: personen behöver lägga till Uppföljningsboten i Teams.",

  // Help (cards/help-view.ts)
  "help.title": "Uppföljningsboten",
  "help.intro":
    "Jag hjälper er att följa upp verksamhetsplanen: jag påminner när det är dags att rapportera, tar emot era resultat och sammanställer dem för ledningen.",
  "help.everyone": "Kommandon",
  "help.admins": "För administratörer",
  "help.footer": "Skriv kommandot här i chatten. Versaler och extra mellanslag spelar ingen roll.",
  // Reports (cards/report-*-view.ts, reminder-status-card.ts)
  "report.reportPeriod": "Rapportera {label}",
  "report.report": "Rapportera",
  "report.submittedAt": "✔ Inskickad {when}",
  "report.submittedAtBy": "✔ Inskickad {when} av {name}",
  "report.notSubmitted": "○ Inte inskickad än",
  "report.openReport": "Öppna rapporten",
  "report.unitsIntro":
    "Du rapporterar för {units, plural, one {# enhet} other {# enheter}}; {left, plural, =0 {alla är inskickade.} one {# är inte inskickad än.} other {# är inte inskickade än.}} Välj en:",
  "report.unitsMore": "… och {count, number} till: skriv rapportera {periodId} <enhet>. ",
  "report.page": "Sida {page, number} av {pages, number}: {first}",
  "report.submittedTitle": "✔ Rapporten är inskickad: {label} · {unit}",
  "report.closed": " (stängd)",
  "report.notAnswered": "– Inte besvarad",
  "reminderStatus.allIn": "✔ Inskickad: {label}",
  "reminderStatus.allInSummary":
    "Tack: rapporten är inskickad. Du kan ändra den till och med sista dagen.",
  "reminderStatus.someIn": "{done, number} av {units, number} inskickade. Sista dag är {deadline}.",
  "reminderStatus.footer": "Kortet visar rapporterna som de är nu.",
  "install.title": "Installera appen",
  "install.summary":
    "{installed, number} installerade, {already, number} hade den redan, {notDone, number} gick inte.",
  "report.submittedLine": "Inskickad {when} av {name} (version {version, number}).",
  "report.canResubmit": "Du kan ändra och skicka in igen till och med sista dagen.",
  "report.noneSubmitted": "Ingen rapport skickades in.",
  "report.closedNotice":
    "Sista dag för {label} var {deadline}, så rapporten är stängd och kan bara läsas. En administratör kan öppna den igen: öppna rapport {periodId} {unit}.",
  "report.moreAnswers":
    "{count, plural, one {… och # svar till.} other {… och # svar till.}} Tryck {edit} för att se alla.",
  "report.changeUntil": "Du kan ändra rapporten till och med {deadline}.",
  "report.notSubmittedYet": "Inte inskickad än.",
  "report.draftSavedBy": "Utkast sparat {when} av {name}.",
  "report.onBehalf":
    "Du rapporterar för {unit} som administratör{who, select, none {} other {, i stället för {who}}}.",
  "report.reopenedUntil": "Öppnad igen av en administratör till {when}.",
  "report.draftSaved":
    "✔ Utkastet är sparat. Statusen för varje värde visas under det. Skicka in när du är klar.",
  "report.invalid":
    "✖ {count, plural, one {# fält behöver} other {# fält behöver}} rättas innan rapporten kan skickas in. Inget skickades in; det du skrev är sparat som utkast.",
  "report.conflict":
    "▲ Någon annan skickade in rapporten efter att du öppnade kortet. Kortet visar nu det som är inskickat. Det här skrev du men det sparades inte; skriv in det igen om det ska gälla:",
  // Replies of bot/commands/handlers
  "export.noFileConsent":
    "Den här klienten (Agents Playground) kan inte ta emot filer från mig, så ingen fil skickades. Samma arbetsbok får du där boten körs med: {command}",
  "export.description":
    "{plan}, {period}: resultat per enhet med status, kommentarer, vem och när.",
  "publish.posted":
    "Sammanställningen för {label} är publicerad i {channel, select, none {ledningskanalen} other {{channel}}}.",
  "publish.updated":
    "Sammanställningen för {label} i {channel, select, none {ledningskanalen} other {{channel}}} är uppdaterad.",
  "publish.unchanged": "Sammanställningen för {label} är redan publicerad och aktuell.",
  "publish.busy": "Sammanställningen publiceras just nu.",
  "publish.noChannel":
    "Ingen ledningskanal är vald, så här är den. En administratör skriver @Uppföljningsboten ledningskanal i den kanal i teamet som ska få den.",
  "leadership.role": "ledning",
  "leadership.already": "{person} är redan utsedd till ledning. Inget ändrades.",
  "leadership.added": "Ledning tillagd",
  "leadership.addedSummary": "Personen ser sammanställningarna och kan gå in i dem.",
  "leadership.notNamed": "{person} är inte utsedd till ledning. Inget ändrades.",
  "leadership.removed": "Ledning borttagen",
  "leadership.list": "Utsedda till ledning (utöver ledningskanalens medlemmar):",
  "common.noneListed": "- inga",
  "admin.added": "Administratör tillagd",
  "admin.removed": "Administratör borttagen",
  "admin.role": "administratör",
  "leadershipChannel.this": "den här kanalen",
  "leadershipChannel.set": "Ledningskanal vald",
  "leadershipChannel.summary": "Sammanställningarna av uppföljningen publiceras här.",
  "leadershipChannel.summaryPlan": "Den här planens sammanställningar publiceras här.",
  "leadershipChannel.field": "Ledningskanal",
  "comparison.set": "Jämförelsevärde inlagt",
  "comparison.wholeOrganisation": "hela organisationen",
  "comparison.field": "Jämförelsevärde",
  "comparison.footer": "Rapporterna bedöms mot det från och med nu. Ändringen finns i loggen.",
  "reopen.title": "{label} öppnad igen för {unit}",
  "reopen.field": "Kan ändras till",
  "reopen.closed": "Stängd",
  "reopen.footer":
    "Enhetens rapportörer kan ändra och skicka in rapporten i {days, plural, one {# arbetsdag} other {# arbetsdagar}} (rapportera {periodId}). Ändringen finns i granskningsloggen.",
  "noneOpen.next":
    "Ingen period är öppen för rapportering just nu. Nästa: {label} öppnar {opens} (sista dag {deadline}). Jag påminner dig när det är dags.",
  "noneOpen.allClosed": "Alla planens perioder är stängda.",
  "noneOpen.allClosedLast":
    "Alla planens perioder är stängda; den senaste, {label}, stängde {deadline}. Skriv rapportera {periodId} för att se vad som rapporterades.",
  "remind.running":
    "Påminnelser för {label} skickas just nu: meddelandet ovan visar hur långt det har kommit.",
  "remind.nobody": "Ingen att påminna för {label}: alla enheter som rapporterar har rapporterat.",
  "install.everyoneHasIt": "Alla som rapporterar har redan appen.",
  "remindMissing.started":
    "Påminner {count, plural, one {# person} other {# personer}} om {label}; förloppet visas i din chatt med mig.",
  "remindMissing.running": "De påminnelserna skickas just nu.",
  "remindMissing.nobody": "Alla har rapporterat: ingen att påminna.",
  "channel.greeting":
    "Hej! Jag är Uppföljningsboten. En administratör kan göra detta till ledningskanal för sammanställningar.",
  "greeting.reporter":
    "Jag påminner dig här när det är dags att rapportera, och du rapporterar på ett kort direkt i chatten.",
  "greeting.firstAdmin":
    "Börja med att skicka planen till mig: skriv importera plan och bifoga .xlsx- eller .yaml-filen.",
  "greeting.other":
    "Jag hjälper er att följa upp verksamhetsplanen: påminnelser, rapporter och sammanställningar för ledningen.",
  "notUnderstood.didYouMean": "Jag förstod inte ”{typed}”. Menade du **{words}**?",
  "notUnderstood.help": "Jag förstod inte ”{typed}”. Skriv **hjälp** för att se vad jag kan göra.",
  "notUnderstood.orChoose": "Eller välj:",
  "notUnderstood.youCan": "Du kan:",
  // Breakdowns, milestones and activity states (cards/report-breakdown-view.ts,
  // summary-milestones-view.ts, summary-breakdown-view.ts; services' own texts)
  "part.women": "Kvinnor",
  "part.men": "Män",
  "part.own": "Egen regi",
  "part.private": "Privat utförare",
  "breakdown.sex": "kön",
  "breakdown.provider": "utförare",
  "breakdown.label":
    "Uppdelat på {kind}{required, select, yes {} other { (där möjligt)}}: {rule, select, sum {{parts} ska tillsammans bli totalen} other {totalen ska ligga mellan {parts}}}.",
  "activityState.notStarted": "Ej påbörjad",
  "activityState.inProgress": "Pågår",
  "activityState.done": "Klar",
  "activityState.delayed": "Försenad",
  "activityState.cancelled": "Avbruten",
  "milestone.label": "{period, select, none {Delmål under året} other {Delmål {period}}}",
  "milestone.field": "{label}{due, select, yes { – ska vara nått nu} other {}}: {text}",
  "milestone.receipt": "{label}: {text} – {state}",
  "milestone.missed": "⚑ {label} ej nått: {text} – {name}, {unit} ({state})",
  "milestone.noState": "ingen status angiven",
  "error.storage": "Något gick fel hos lagringen, försök igen om en stund.",
  "error.unexpected":
    "Förlåt, något gick fel hos mig. Inget du skickat har gått förlorat: försök igen om en stund, och säg till din administratör om det fortsätter.",
  // How a figure was combined (services/summary/rollup-text.ts) and the headline (headline.ts)
  "rollup.count":
    "{partial, select, yes {{units, number} av } other {}}{of, plural, one {# enhet} other {# enheter}}",
  "rollup.sum": "Summa av {count}",
  "rollup.mean": "Medelvärde av {count}",
  "rollup.weighted": "Viktat efter antal {weight} ({count})",
  "rollup.perUnit":
    "{green, number} av {judged, plural, one {# enhet} other {# enheter}} {green, plural, one {grön} other {gröna}}",
  "rollup.targetForOrganisation": "mål för hela organisationen",
  "summary.headline":
    "{period}: {green, plural, one {# grön} other {# gröna}}, {yellow, plural, one {# gul} other {# gula}}, {red, plural, one {# röd} other {# röda}}, {notReported, plural, one {# ej rapporterad} other {# ej rapporterade}}{notJudged, plural, =0 {} one {, # ej bedömd} other {, # ej bedömda}}",
  // Deputies and absence (bot/commands/handlers/deputy-handlers.ts)
  "deputy.none":
    "Inga ersättare i {plan} just nu. Utse en: ersättare <enhet> <person> [till <datum>].",
  "deputy.list": "Ersättare i {plan}:",
  "deputy.line":
    "- {unit}: {name} ({upn}){forWhom, select, none {} other { för {forWhom}}}, {until}",
  "deputy.until": "{date, select, none {tills vidare} other {till {date}}}",
  "deputy.shown": "{name}, {until}",
  "deputy.title": "Ersättare för {unit}",
  "deputy.field": "Ersättare",
  "deputy.footer":
    "{name} påminns för {unit} och får rapportera för enheten så länge ersättningen gäller, vid sidan av enhetens rapportörer. Ändringen finns i granskningsloggen.",
  "deputy.removedTitle": "Ersättare borttagen för {unit}",
  "deputy.removedFooter":
    "{names} påminns inte längre för {unit} och får inte längre rapportera för enheten. Enhetens rapportörer är kvar. Ändringen finns i granskningsloggen.",
  "absence.endedTitle": "Frånvaron är avslutad",
  "absence.endedFooter":
    "Du påminns igen för dina enheter.{names, select, none {} other { {names} påminns inte längre för dem och får inte längre rapportera för dem.}} Ändringen finns i granskningsloggen.",
  "absence.title": "Frånvarande till {until}",
  "absence.reportsFor": "Rapporterar för",
  "absence.reminders": "Påminnelser till dig",
  "absence.noneUntil": "Inga till och med {until}",
  "absence.footer":
    "{name} påminns och får rapportera för dina enheter till och med {until}. Ändringen finns i granskningsloggen.",
  // A reporter role's card (cards/role-report-view.ts)
  "roleReport.scope": "{role} rapporterar för {units, plural, one {# enhet} other {# enheter}}.",
  "roleReport.page": "Sida {page, number} av {pages, number}: {first} – {last}",
  // Plans (bot/commands/handlers/plans-handlers.ts, cards/plans-card.ts, reminder-sections.ts)
  "plans.title": "Planer",
  "plans.whichPlan": "Vilken plan?",
  "plans.whichForChannel":
    "Flera planer saknar ledningskanal. Välj planen vars sammanställningar ska publiceras i den här kanalen. Inget ändrades.",
  "plans.whichToWorkOn":
    "Flera planer följs nu, och du har inte valt någon. Välj planen du arbetar med{command, select, none {} other { ; då körs {command} på den}}. Inget ändrades än.",
  "plans.noneLoaded":
    "Ingen plan är inläst än (eller ingen för dina förvaltningar). Skicka planfilen till mig med orden importera plan.",
  "plans.chosen": "Din plan är vald",
  "plans.chosenSummary":
    "Dina administratörskommandon (deadline, påminn, sammanställ, ansvariga …) gäller den här planen tills du väljer en annan.",
  "plans.archivedNote": "Planen är arkiverad: den får inga påminnelser.",
  "plans.planField": "Plan",
  "plans.alreadyArchived": "{plan} är redan arkiverad. Inget ändrades.",
  "plans.archived": "Planen är arkiverad",
  "plans.archivedSummary":
    "Inga fler påminnelser eller publiceringar för den. Dess rapporter, sammanställningar och granskningslogg finns kvar.",
  "plans.stateField": "Läge",
  "plans.followed": "följs",
  "plans.archivedState": "arkiverad",
  "plans.archivedFooter": "Ändringen finns i granskningsloggen. Ångra med återställ plan {id}.",
  "plans.notArchived": "{plan} är inte arkiverad. Inget ändrades.",
  "plans.restored": "Planen följs igen",
  "plans.restoredSummary":
    "Påminnelser och sammanställningar för planens kommande steg skickas som vanligt; ett steg vars dag har gått skickas inte i efterhand.",
  "plans.restoredFooter": "Ändringen finns i granskningsloggen.",
  "plans.everyPlan": "alla planer",
  "plans.scopeSet": "Administratörens förvaltningar ändrade",
  "plans.scopeFooter":
    "Personen administrerar bara planerna för dessa förvaltningar (planfilens organisationUnit). Att göra personen till administratör är ett eget steg: admin lägg till.",
  "plans.button.channel": "Den här planens sammanställningar hit",
  "plans.button.work": "Arbeta med den här planen",
  "plans.footer":
    "Skriv plan <namn> för att välja planen dina kommandon gäller, arkivera plan <namn> för att avsluta en.",
  "plans.more": "{count, plural, one {… och # plan till.} other {… och # planer till.}}",
  "plans.state.archived": "■ Arkiverad: inga påminnelser",
  "plans.state.notLive": "○ Ingen öppen eller kommande period",
  "plans.state.open": "▶ Öppen: {periods}",
  "plans.state.followed": "◷ Följs; nästa: {next, select, none {efter sista dag} other {{next}}}",
  "reminder.also": "Också",
  "reminder.aboutPlan": "{plan}: {label}, sista dag {day}",
  "reminder.andAlso": " och {label} ({plan})",
  // The report cards' labels (cards/report-text.ts)
  "reportText.title": "Rapport {period}: {unit}",
  "reportText.deadline": "Sista dag",
  "reportText.previous": "← Föregående",
  "reportText.next": "Nästa →",
  "reportText.draft": "Spara utkast",
  "reportText.submit": "Skicka in",
  "reportText.edit": "Ändra",
  "reportText.choose": "Välj status",
  "reportText.yes": "Ja",
  "reportText.no": "Nej",
  "reportText.unit": "Mått",
  "reportText.target": "Mål",
  "reportText.rule": "Regel",
  "reportText.milestones": "Delmål",
  "reportText.lastPeriod": "Förra perioden ({label})",
  "reportText.lastYear": "I fjol ({label})",
  "reportText.baseline": "Jämförs med",
  "reportText.source": "Källa",
  "reportText.missing": "Saknas",
  "reportText.koladaOffer": "(förifyllt: bekräfta eller ändra)",
  "reportText.value": "Utfall {period}{unit, select, none {} other { ({unit})}}",
  "reportText.optional": " – frivillig",
  "reportText.numberPlaceholder": "t.ex. 6,5 eller 12 559",
  "reportText.percentPlaceholder": "t.ex. 87 eller 87 %",
  "reportText.state": "Status",
  "reportText.indicatorComment": "Kommentar (vid rött: orsak och planerad åtgärd)",
  "reportText.activityComment": "Kommentar (vid Försenad eller Avbruten: orsak och åtgärd)",
  "reportText.answer": "Ditt svar",
  "reportText.lowerBetter": "lägre är bättre",
  "reportText.higherBetter": "högre är bättre",
  "reportText.numbersHint": "Skriv tal som 6,5, 12 559 eller 87 %.",
  "reportText.footer":
    "Spara utkast för att se status för varje värde; inget skickas in förrän du trycker Skicka in.",
  "reportText.comment": "Kommentar",
  // Installing the app (cards/app-install-card.ts)
  "install.installed.result": "✔ Installerad",
  "install.installed.step":
    "Teams ger mig chatten med personen inom några minuter; sedan når påminnelserna fram.",
  "install.alreadyInstalled.result": "✔ Har redan appen",
  "install.alreadyInstalled.step":
    "Men jag har ingen chatt med personen än: be hen öppna Uppföljningsboten i Teams och skriva hjälp.",
  "install.noLicence.result": "✖ Ingen Teams-licens, eller appen är inte tillåten för personen",
  "install.noLicence.step":
    "Be IT ge personen en Teams-licens och tillåta Uppföljningsboten i hens behörighetsprincip för appar (Teams administrationscenter → Appar i Teams).",
  "install.userNotFound.result": "✖ Finns inte i organisationens katalog",
  "install.userNotFound.step":
    "Kontrollera adressen i planen och rätta den med ansvarig <enhet> <person>.",
  "install.consentMissing.result": "✖ Appen saknar behörighet i Microsoft Graph",
  "install.consentMissing.step":
    "Be IT ge appen behörigheten TeamsAppInstallation.ReadWriteSelfForUser.All med administratörsmedgivande (driftsättningsguiden, steg 6), och försök igen.",
  "install.failed.result": "✖ Gick inte just nu",
  "install.failed.step":
    "Microsoft Graph svarade inte, eller bad mig vänta. Försök igen om en stund.",
  // Greeting buttons (bot/commands/greeting.ts) and invokes the bot does not serve (bot/unsupported-invokes.ts)
  "greeting.button.report": "Rapportera",
  "greeting.button.listPeriods": "Perioder",
  "greeting.button.listResponsibles": "Ansvariga",
  "greeting.button.help": "Allt jag kan",
  "invoke.unsupported.title": "Det här kan Uppföljningsboten inte göra här",
  "invoke.unsupported.text":
    "Jag påminner om rapportering, tar emot rapporter och visar sammanställningar i chatten med mig. Skriv hjälp till mig i chatten för att se vad du kan göra.",
  "invoke.malformed":
    "Jag förstod inte den här förfrågan från Teams. Skriv hjälp till mig i chatten för att se vad du kan göra.",
  // A status where people see it (services/rules/status-label.ts)
  "status.green": "Grön",
  "status.yellow": "Gul",
  "status.red": "Röd",
  "status.none": "Ej bedömd",
  "status.notReported": "Ej rapporterad",
  "parts.heading": "Delar: {groups}",
  "parts.total": "{line} ({units, number} av {of, plural, one {# enhet} other {# enheter}})",
} as const;

export type WordKey = keyof typeof sv;
