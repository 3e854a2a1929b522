// Every rule and target text in the five seed plans (/work/shared/seeds), exactly as written
// there, with the kind of rule it must read as. A test parses each one: the product has to
// understand the plans it was built for.
//
// How the list was gathered, and the choices made:
// - 003: the "Prestationer" column, and the two indicator cells that carry a rule ("… Grön 25%
//   bästa Gul 26-50% bästa Jämförbara kommuner"). HTML tags from the export (<b>ja</b>) are kept.
// - 000, 001, 002: the target columns ("Mål 2025", "2024", "Målvärde"). 000's målkort lists
//   several indicators in one row with one target each ("-10% jmf 2024 års utfall </=6% …"); each
//   target is listed on its own, as the plan import must split it. Milestones ("Q2: …", "Ska
//   införas Q3-Q4 2025") are activities, not rules, and are left out.
// - 004: every indicator's target is "Öka" or "Minska"; listed once each.
// - Empty target cells are listed: they are "no rule". So is "?", which in 000 stands in the area
//   column of the row without a target, and is read as "not decided" wherever it is used as a target.
import type { StatusRule } from "./status-rule";

export interface SeedRuleText {
  seed: "000" | "001" | "002" | "003" | "004";
  /** The indicator (or indicators) the text belongs to. */
  where: string;
  text: string;
  kind: StatusRule["kind"];
}

export const SEED_RULE_TEXTS: readonly SeedRuleText[] = [
  // 003 Norsjö kommun, Omsorg, VP 2025
  { seed: "003", where: "Helhetssyn särskilt boende", text: "Grön 82 Gul 76", kind: "thresholds" },
  { seed: "003", where: "Helhetssyn hemtjänst", text: "Grön 95 Gul 91", kind: "thresholds" },
  { seed: "003", where: "HME", text: "Grön 79 Gul 77", kind: "thresholds" },
  { seed: "003", where: "SAM – årlig uppföljning", text: "Grön Ja Röd Nej", kind: "yesNo" },
  { seed: "003", where: "Sjukfrånvaro", text: "Grön 6,5 Gul 7", kind: "thresholds" },
  { seed: "003", where: "Budgetavvikelse", text: "Grön 0% Gul 0,5%", kind: "thresholds" },
  {
    seed: "003",
    where: "Avslutsenkät",
    text: "Andel positiva svar Grön 75% Gul 50%",
    kind: "thresholds",
  },
  {
    seed: "003",
    where: "Genomförandeplan",
    text: "Finns <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%",
    kind: "thresholds",
  },
  {
    seed: "003",
    where: "Verkställda insatser inom vård och omsorg",
    text: "Nuläge (2023): Nej Verkställda inom tre månader <b>ja</b> eller <b>nej</b> Grön ja 95% Gul ja 90%",
    kind: "thresholds",
  },
  {
    seed: "003",
    where: "Bibehålla eller öka andelen heltidsanställda",
    text: "Grön Öka med 10% Gul öka med 5%",
    kind: "thresholds",
  },
  {
    seed: "003",
    where: "Hög personalkontinuitet (säbo, hemtjänst)",
    text: "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
    kind: "perUnitType",
  },
  {
    seed: "003",
    where: "Kostnad ekonomiskt bistånd (prestation)",
    text: "Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa",
    kind: "ranking",
  },
  {
    seed: "003",
    where: "Kostnad ekonomiskt bistånd (indikator)",
    text: "Kostnad ekonomiskt bistånd  Grön 25% bästa Gul 26-50% bästa Jämförbara kommuner",
    kind: "ranking",
  },
  {
    seed: "003",
    where: "Placerade barn och unga (prestation)",
    text: "Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa",
    kind: "ranking",
  },
  {
    seed: "003",
    where: "Placerade barn och unga (indikator)",
    text: "Placerade barn och unga  Grön 25% bästa Gul 26–50% bästa Jämförbara kommuner",
    kind: "ranking",
  },

  // 000 Tiohundra AB, VP 2025: indicators from the budget, then the målkort
  {
    seed: "000",
    where: "Tillgänglighet: Medicinsk bedömning inom 3 dagar",
    text: "98%",
    kind: "target",
  },
  { seed: "000", where: "Delaktighet: Nationella patientenkäten", text: "85%", kind: "target" },
  { seed: "000", where: "Samordnad individuell plan (st)", text: "", kind: "none" },
  { seed: "000", where: "Andel digitala kontakter", text: "5%", kind: "target" },
  { seed: "000", where: "Samtal om levnadsvanor (st)", text: "", kind: "none" },
  { seed: "000", where: "Fysisk aktivitet på recept (FaR) (st)", text: "", kind: "none" },
  { seed: "000", where: "Återinläggning inom 30 dagar (oplanerad)", text: "14%", kind: "target" },
  { seed: "000", where: "Andel besök i PV … psykisk ohälsa, 0-17 år", text: "8%", kind: "target" },
  { seed: "000", where: "Brukarundersökning, nöjdhet (hemtjänst)", text: "88%", kind: "target" },
  { seed: "000", where: "Brukarundersökning (SÄBO)", text: "83%", kind: "target" },
  { seed: "000", where: "Införda digitala lösningar (st)", text: "", kind: "none" },
  { seed: "000", where: "Självskattad hälsa hos 16-åringar", text: "", kind: "none" },
  { seed: "000", where: "Självskattad hälsa hos 16-åringar (område)", text: "?", kind: "none" },
  { seed: "000", where: "Produktion av målvolym", text: "100%", kind: "target" },
  {
    seed: "000",
    where: "Vårdgaranti 30 dagar, 90 dagar",
    text: "100% inom vårdgarantin",
    kind: "target",
  },
  {
    seed: "000",
    where: "Vistelsetid på akutmottagningen",
    text: ">/=70% inom 4 timmar",
    kind: "comparison",
  },
  {
    seed: "000",
    where: "Tid till läkare på akutmottagningen",
    text: "-5 minuter i genomsnitt",
    kind: "comparison",
  },
  { seed: "000", where: "Övertid", text: "-10% jmf 2024 års utfall", kind: "comparison" },
  { seed: "000", where: "Andel sjukfrånvaro", text: "</=6%", kind: "comparison" },
  {
    seed: "000",
    where: "Hyrkostnad som del av total personalkostnad",
    text: "</=1%",
    kind: "comparison",
  },
  { seed: "000", where: "HME-index", text: ">/=80", kind: "comparison" },
  { seed: "000", where: "Andel utsatta för hot/våld", text: "</=8%", kind: "comparison" },
  {
    seed: "000",
    where: "KPI:er, specifika per enhet",
    text: ">90% av enheternas mål uppnådda",
    kind: "comparison",
  },
  {
    seed: "000",
    where: "QPI:er specifika per enhet",
    text: ">90% av enheternas mål uppnådda",
    kind: "comparison",
  },
  { seed: "000", where: "Utfall vs budget", text: "0% avvikelse vs budget", kind: "target" },

  // 001 KSON, nulägeskarta 2024: the 2024 column
  {
    seed: "001",
    where: "Andel patienter med samordnad individuell plan (SIP)",
    text: "15",
    kind: "target",
  },
  {
    seed: "001",
    where: "Andel oplanerad återinläggning inom 7 dagar",
    text: "Minska",
    kind: "direction",
  },
  {
    seed: "001",
    where: "Särskilt boende: aktuell genomförandeplan",
    text: "Öka",
    kind: "direction",
  },
  { seed: "001", where: "Hemtjänst: aktuell genomförandeplan", text: "Öka", kind: "direction" },
  { seed: "001", where: "Erbjudande om plats inom tre månader", text: "100%", kind: "target" },
  {
    seed: "001",
    where: "Verkställda beslut i bostad med särskild service",
    text: "Öka",
    kind: "direction",
  },
  {
    seed: "001",
    where: "Andel utförd av beslutad tid inom hemtjänsten",
    text: "87%",
    kind: "target",
  },
  { seed: "001", where: "Digitalisering (antal e-tjänster)", text: "Öka", kind: "direction" },
  { seed: "001", where: "Medicinsk bedömning inom 3 dagar", text: "94%", kind: "target" },
  { seed: "001", where: "Somatisk behandling inom 90 dagar", text: "77%", kind: "target" },
  { seed: "001", where: "Psykiatrisk behandling inom 90 dagar (BUP)", text: "95%", kind: "target" },
  { seed: "001", where: "Antal samtal om levnadsvanor", text: "Öka", kind: "direction" },
  { seed: "001", where: "Vårdtillfällen per 100 000 invånare", text: "15 763", kind: "target" },
  {
    seed: "001",
    where: "Fallskador per 100 000 invånare 65 år och äldre",
    text: "Minska",
    kind: "direction",
  },
  { seed: "001", where: "Andel ej biståndsbedömda insatser", text: "Öka", kind: "direction" },
  {
    seed: "001",
    where: "Antal samverkansavtal med föreningslivet",
    text: "Öka",
    kind: "direction",
  },
  { seed: "001", where: "Hemtjänsten i sin helhet", text: "Bibehåll", kind: "direction" },
  { seed: "001", where: "Kostnad per hemtjänsttagare", text: "Bibehåll", kind: "direction" },
  { seed: "001", where: "Särskilt boende i sin helhet", text: "Bibehåll", kind: "direction" },
  {
    seed: "001",
    where: "Kostnad per brukare, särskilt boende",
    text: "Bibehåll",
    kind: "direction",
  },

  // 002 Närsjukvården Halland, VP 2022: the "Målvärde" column
  {
    seed: "002",
    where: "Telefontillgänglighet, kontakt inom 0 dagar",
    text: "95%",
    kind: "target",
  },
  { seed: "002", where: "Medicinsk bedömning inom tre dagar", text: "> 90%", kind: "comparison" },
  {
    seed: "002",
    where: "Antal genomförda livsstilssamtal R 12",
    text: "Öka med 10% jämfört med fg år",
    kind: "comparison",
  },
  {
    seed: "002",
    where: "Antal digitala distanskontakter per månad",
    text: "Öka varje månad jämfört med föregående år",
    kind: "direction",
  },
  { seed: "002", where: "Webbtidbok, vårdcentral", text: "20%", kind: "target" },
  { seed: "002", where: "Webbtidbok, folktandvård", text: "30%", kind: "target" },
  {
    seed: "002",
    where: "Antal läkemedelsgenomgångar",
    text: "Öka med 10% jämfört med föregående år",
    kind: "comparison",
  },
  {
    seed: "002",
    where: "Korta väntetiden på Tandregleringen",
    text: "< 18 månader",
    kind: "comparison",
  },
  {
    seed: "002",
    where: "Antal listade patienter",
    text: "Öka med minst 1000 listade under året",
    kind: "comparison",
  },
  {
    seed: "002",
    where: "Antal besök i öppenvård Vårdcentral",
    text: "Inte klart än",
    kind: "none",
  },
  { seed: "002", where: "Andel vuxna med Frisktandvårdsabonnemang", text: "35%", kind: "target" },
  { seed: "002", where: "Klinisk tid på Folktandvården", text: "Inte klart än", kind: "none" },
  { seed: "002", where: "Revisionsundersökningar i tid", text: "95%", kind: "target" },
  { seed: "002", where: "Följsamhet strukturerad journalgranskning", text: "95%", kind: "target" },
  { seed: "002", where: "Personalomsättning", text: "14%", kind: "target" },
  { seed: "002", where: "Sjukfrånvaro", text: "5,2%", kind: "target" },
  { seed: "002", where: "HME-Index", text: "79 (kan revideras efter utfall 2021)", kind: "target" },
  { seed: "002", where: "OSA-index", text: "66 (kan revideras efter utfall 2021)", kind: "target" },
  { seed: "002", where: "Akkumulerad budgetavvikelse", text: "", kind: "none" },
  { seed: "002", where: "Prognos budgetavvikelse", text: ">0", kind: "comparison" },
  { seed: "002", where: "Kostnadsutveckling", text: "Enligt budget", kind: "none" },
  {
    seed: "002",
    where: "Bemanningskostnader i relation till personalkostnader",
    text: "< 2%",
    kind: "comparison",
  },

  // 004 Norrköpings kommun, vård- och omsorgsnämnden, uppdragsplan 2024
  {
    seed: "004",
    where: "42 indikatorer i mål 1–6 (t.ex. 1.1, 2.1, 5.11)",
    text: "Öka",
    kind: "direction",
  },
  {
    seed: "004",
    where: "19 indikatorer i mål 1, 3, 5 och 7 (t.ex. 1.3, 5.7, 7.1)",
    text: "Minska",
    kind: "direction",
  },
];
