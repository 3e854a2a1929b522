// Every chat command the bot understands: its words in Swedish and English, who may run it, where,
// and how the help card and the Teams command menu describe it. The parser and the help card both
// read this list, so a command is described exactly as it is understood.
import type { Access } from "../../services/access";
import type { Localized } from "../../services/i18n/locale";

export type CommandId =
  | "help"
  | "importPlan"
  | "listResponsibles"
  | "exportPeriod"
  | "summarize"
  | "listPeriods"
  | "report"
  | "reopenReport"
  | "setDeadline"
  | "setOpens"
  | "setReminderDays"
  | "remindNow"
  | "assignResponsible"
  | "adminAdd"
  | "adminRemove"
  | "adminList"
  | "leadershipChannel"
  | "leadershipAdd"
  | "leadershipRemove"
  | "leadershipList"
  | "listComparisons"
  | "setComparison"
  | "deputies"
  | "absence"
  | "listPlans"
  | "choosePlan"
  | "archivePlan"
  | "adminScope";

export interface CommandSpec {
  id: CommandId;
  /** Leading words, lower case, per language: typing the English words gets an English answer. */
  words: { sv: string[]; en: string[] };
  /** What the access policy must allow before the handler runs (services/access). */
  access: Access;
  /** Where it can be said: the 1:1 chat, a team channel (with an @mention), or both. */
  where: "personal" | "channel" | "both";
  usage: Localized;
  description: Localized;
  /** Shown in the Teams command menu (manifest). */
  inMenu: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    id: "help",
    words: { sv: ["hjälp", "hjalp", "?"], en: ["help"] },
    access: "help",
    where: "both",
    usage: { sv: "hjälp", en: "help" },
    description: { sv: "Visar vad jag kan göra för dig.", en: "Shows what I can do for you." },
    inMenu: true,
  },
  {
    id: "importPlan",
    words: { sv: ["importera plan"], en: ["import plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "importera plan (med filen bifogad)", en: "import plan (with the file attached)" },
    description: {
      sv: "Läser in eller uppdaterar en plan från en .xlsx- eller .yaml-fil. Inget sparas om filen har fel.",
      en: "Loads or updates a plan from an .xlsx or .yaml file. Nothing is stored if the file has errors.",
    },
    inMenu: true,
  },
  {
    id: "listPeriods",
    words: { sv: ["perioder"], en: ["periods"] },
    access: "periods",
    where: "personal",
    usage: { sv: "perioder", en: "periods" },
    description: {
      sv: "Visar planens rapportperioder: när de öppnar, sista dag och påminnelser.",
      en: "Shows the plan's reporting periods: when they open, the deadline and reminders.",
    },
    inMenu: true,
  },
  {
    id: "report",
    words: { sv: ["rapportera"], en: ["report"] },
    access: "report",
    where: "personal",
    usage: { sv: "rapportera [period] [enhet]", en: "report [period] [unit]" },
    description: {
      sv: "Öppnar rapportkortet för perioden som är öppen (eller den du anger), t.ex. rapportera T1.",
      en: "Opens the report card for the open period (or the one you name), e.g. report T1.",
    },
    inMenu: true,
  },
  {
    id: "reopenReport",
    words: { sv: ["öppna rapport", "oppna rapport"], en: ["reopen report"] },
    access: "administer",
    where: "personal",
    usage: { sv: "öppna rapport <period> <enhet>", en: "reopen report <period> <unit>" },
    description: {
      sv: "Öppnar en stängd rapport igen för en enhet i fem arbetsdagar, t.ex. öppna rapport T1 Hemtjänst Norsjö.",
      en: "Reopens a closed report for a unit for five working days, e.g. reopen report T1 Hemtjänst Norsjö.",
    },
    inMenu: true,
  },
  {
    id: "setDeadline",
    words: { sv: ["deadline", "sista dag"], en: [] },
    access: "administer",
    where: "personal",
    usage: { sv: "deadline <period> <datum>", en: "deadline <period> <date>" },
    description: {
      sv: "Sätter sista dag för en period, t.ex. deadline T1 2025-05-15 (eller 15 maj).",
      en: "Sets a period's deadline, e.g. deadline T1 2025-05-15.",
    },
    inMenu: true,
  },
  {
    id: "setOpens",
    words: { sv: ["öppna"], en: ["opens", "open"] },
    access: "administer",
    where: "personal",
    usage: { sv: "öppna <period> <datum>", en: "open <period> <date>" },
    description: {
      sv: "Sätter när rapporteringen för en period öppnar, t.ex. öppna T1 2 maj.",
      en: "Sets when reporting for a period opens, e.g. open T1 2025-05-02.",
    },
    inMenu: false,
  },
  {
    id: "setReminderDays",
    words: { sv: ["påminnelser"], en: ["reminders"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "påminnelser <period> <arbetsdagar före …>",
      en: "reminders <period> <working days before …>",
    },
    description: {
      sv: "Hur många arbetsdagar före sista dag påminnelser går ut, t.ex. påminnelser T1 7 3 1 (standard återställer).",
      en: "Working days before the deadline when reminders go out, e.g. reminders T1 7 3 1.",
    },
    inMenu: true,
  },
  {
    id: "remindNow",
    words: { sv: ["påminn", "paminn"], en: ["remind"] },
    access: "administer",
    where: "personal",
    usage: { sv: "påminn <period>", en: "remind <period>" },
    description: {
      sv: "Påminner nu alla som inte har rapporterat för perioden, t.ex. påminn T1.",
      en: "Reminds everyone who has not reported for the period now, e.g. remind T1.",
    },
    inMenu: true,
  },
  {
    id: "listResponsibles",
    words: { sv: ["ansvariga"], en: ["reporters", "responsibles"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ansvariga", en: "reporters" },
    description: {
      sv: "Visar vem som rapporterar för varje enhet, och vilka jag inte kan nå än.",
      en: "Shows who reports for each unit, and whom I cannot reach yet.",
    },
    inMenu: true,
  },
  {
    id: "assignResponsible",
    words: { sv: ["ansvarig"], en: ["reporter"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ansvarig <enhet> <person>", en: "reporter <unit> <person>" },
    description: {
      sv: "Anger vem som rapporterar för en enhet, t.ex. ansvarig Hemtjänst Norr anna.berg@kommun.se.",
      en: "Sets who reports for a unit, e.g. reporter Hemtjänst Norr anna.berg@kommun.se.",
    },
    inMenu: true,
  },
  {
    id: "summarize",
    words: { sv: ["sammanställ", "sammanstall", "sammanställning"], en: ["summary", "summarize"] },
    access: "administer",
    where: "both",
    usage: { sv: "sammanställ <period>", en: "summary <period>" },
    description: {
      sv: "Publicerar periodens sammanställning i ledningskanalen nu (eller uppdaterar den), t.ex. sammanställ T1.",
      en: "Posts the period's summary in the leadership channel now (or updates it), e.g. summary T1.",
    },
    inMenu: true,
  },
  {
    id: "exportPeriod",
    words: { sv: ["exportera"], en: ["export"] },
    access: "administer",
    where: "personal",
    usage: { sv: "exportera <period>", en: "export <period>" },
    description: {
      sv: "Skickar periodens resultat som Excel-fil till styrelserapporten, t.ex. exportera T1.",
      en: "Sends the period's results as an Excel file for the board report, e.g. export T1.",
    },
    inMenu: true,
  },
  {
    id: "listComparisons",
    words: { sv: ["jämförelsevärden", "jamforelsevarden"], en: ["comparison values"] },
    access: "administer",
    where: "personal",
    usage: { sv: "jämförelsevärden [period]", en: "comparison values [period]" },
    description: {
      sv: "Visar vilka indikatorer och enheter som inte kan bedömas, och vilket värde som saknas.",
      en: "Shows which indicators and units cannot be judged, and which value is missing.",
    },
    inMenu: false,
  },
  {
    id: "setComparison",
    words: { sv: ["jämförelsevärde", "jamforelsevarde"], en: ["comparison value"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "jämförelsevärde <indikator> [enhet] <värde> [år]",
      en: "comparison value <indicator> [unit] <value> [year]",
    },
    description: {
      sv: "Lägger in ett jämförelsevärde, t.ex. jämförelsevärde sjukfranvaro htj-norsjo 6,7 2024 (2024-Q1 för ett kvartal).",
      en: "Sets a comparison value, e.g. comparison value sjukfranvaro htj-norsjo 6,7 2024 (2024-Q1 for a quarter).",
    },
    inMenu: false,
  },
  {
    id: "adminAdd",
    words: { sv: ["admin lägg till", "admin lagg till"], en: ["admin add"] },
    access: "administer",
    where: "personal",
    usage: { sv: "admin lägg till <person>", en: "admin add <person>" },
    description: {
      sv: "Gör en person till administratör (e-post/UPN eller @-omnämnande).",
      en: "Makes a person an administrator (e-mail/UPN or @mention).",
    },
    inMenu: false,
  },
  {
    id: "adminRemove",
    words: { sv: ["admin ta bort"], en: ["admin remove"] },
    access: "administer",
    where: "personal",
    usage: { sv: "admin ta bort <person>", en: "admin remove <person>" },
    description: { sv: "Tar bort en administratör.", en: "Removes an administrator." },
    inMenu: false,
  },
  {
    id: "adminList",
    words: { sv: ["administratörer", "admins"], en: ["administrators"] },
    access: "administer",
    where: "personal",
    usage: { sv: "administratörer", en: "administrators" },
    description: { sv: "Visar vilka som är administratörer.", en: "Lists the administrators." },
    inMenu: false,
  },
  {
    id: "leadershipChannel",
    words: { sv: ["ledningskanal"], en: ["leadership channel"] },
    access: "administer",
    where: "channel",
    usage: { sv: "@Uppföljningsboten ledningskanal", en: "@Uppföljningsboten leadership channel" },
    description: {
      sv: "Skrivs i en kanal: kanalen får ledningens sammanställningar.",
      en: "Said in a channel: the channel receives the leadership summaries.",
    },
    inMenu: true,
  },
  {
    id: "leadershipAdd",
    words: { sv: ["ledning lägg till", "ledning lagg till"], en: ["leadership add"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ledning lägg till <person>", en: "leadership add <person>" },
    description: {
      sv: "Låter en person se sammanställningarna och gå in i dem, också utanför ledningskanalen.",
      en: "Lets a person see the summaries and drill into them, also outside the leadership channel.",
    },
    inMenu: false,
  },
  {
    id: "leadershipRemove",
    words: { sv: ["ledning ta bort"], en: ["leadership remove"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ledning ta bort <person>", en: "leadership remove <person>" },
    description: {
      sv: "Tar bort en person från ledningen (kanalens medlemmar ser ändå sammanställningen där).",
      en: "Removes a person from leadership (the channel's members still see the summary there).",
    },
    inMenu: false,
  },
  {
    id: "leadershipList",
    words: { sv: ["ledning"], en: ["leadership"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ledning", en: "leadership" },
    description: {
      sv: "Visar vilka som är utsedda till ledning, utöver ledningskanalens medlemmar.",
      en: "Lists who is named leadership, besides the leadership channel's members.",
    },
    inMenu: false,
  },
  {
    id: "deputies",
    words: { sv: ["ersättare", "ersattare"], en: ["deputies", "deputy"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "ersättare [<enhet> <person> [till <datum>]]",
      en: "deputy [<unit> <person> [until <date>]]",
    },
    description: {
      sv: "Utan mer: visar vilka ersättare som gäller. Med enhet och person: personen påminns och får rapportera för enheten, tills vidare eller till och med datumet.",
      en: "Alone: lists the current deputies. With a unit and a person: the person is reminded and may report for the unit, until replaced or through the date.",
    },
    inMenu: false,
  },
  {
    id: "absence",
    words: { sv: ["frånvarande", "franvarande"], en: ["away"] },
    access: "report",
    where: "personal",
    usage: {
      sv: "frånvarande till <datum> ersättare <person>",
      en: "away until <date> deputy <person>",
    },
    description: {
      sv: "Du är borta: ersättaren påminns och rapporterar för dina enheter, och du får inga påminnelser till och med datumet.",
      en: "You are away: your deputy is reminded and reports for your units, and you get no reminders through the date.",
    },
    inMenu: false,
  },
  {
    id: "listPlans",
    words: { sv: ["planer"], en: ["plans"] },
    access: "administer",
    where: "personal",
    usage: { sv: "planer", en: "plans" },
    description: {
      sv: "Visar planerna: vilka som följs nu, är arkiverade eller saknar öppna perioder, och vilken du arbetar med.",
      en: "Lists the plans: which are followed now, archived or without open periods, and which one you work on.",
    },
    inMenu: false,
  },
  {
    id: "choosePlan",
    words: { sv: ["plan"], en: ["use plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "plan <namn>", en: "use plan <name>" },
    description: {
      sv: "Väljer planen dina administratörskommandon gäller när flera planer följs, t.ex. plan norsjo-omsorg-2025.",
      en: "Chooses the plan your admin commands work on when several plans are followed, e.g. use plan norsjo-omsorg-2025.",
    },
    inMenu: false,
  },
  {
    id: "archivePlan",
    words: { sv: ["arkivera plan"], en: ["archive plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "arkivera plan <namn>", en: "archive plan <name>" },
    description: {
      sv: "Avslutar en plan: inga fler påminnelser eller publiceringar; rapporter och sammanställningar finns kvar.",
      en: "Ends a plan: no more reminders or posts; its reports and summaries are kept.",
    },
    inMenu: false,
  },
  {
    id: "adminScope",
    words: { sv: ["admin förvaltning", "admin forvaltning"], en: ["admin organisation unit"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "admin förvaltning <förvaltning, …> <person>",
      en: "admin organisation unit <förvaltning, …> <person>",
    },
    description: {
      sv: "Begränsar en administratör till planerna för sina förvaltningar (alla tar bort begränsningen).",
      en: "Limits an administrator to the plans of their förvaltningar (all lifts the limit).",
    },
    inMenu: false,
  },
];
