// The instruction sheet of the plan workbook, in Swedish: what each sheet holds and the few rules
// that make an import succeed the first time.
export interface InstructionLine {
  text: string;
  heading?: boolean;
}

const h = (text: string): InstructionLine => ({ text, heading: true });
const p = (text: string): InstructionLine => ({ text });

export const instructionLines: readonly InstructionLine[] = [
  h("Verksamhetsplan för Uppföljningsboten"),
  p(
    "Fyll i ett blad per del av planen. Varje blad har en exempelrad: skriv över den eller ta bort den.",
  ),
  p(
    "Rubrikerna har en kommentar som förklarar kolumnen. Rubrikraden får inte ändras; en egen kolumn läses inte om rubriken börjar med #.",
  ),
  h("Så läses planen in"),
  p(
    "Skicka filen till boten med kommandot importera plan, eller kör: npx uppfoljning plan import <fil>.",
  ),
  p(
    "Allt eller inget: har planen fel sparas ingenting, och svaret listar varje fel med blad, rad och kolumn.",
  ),
  p(
    "Samma plan (samma Id på bladet Plan) kan läsas in igen: den uppdateras, och redan rapporterade resultat finns kvar.",
  ),
  p(
    "Ändra därför aldrig ett Id som redan lästs in: resultat sparas under enhetens, periodens och indikatorns id.",
  ),
  h("Bladen"),
  p(
    "Plan: planens id (t.ex. norsjo-omsorg-2025: gemener, siffror och bindestreck), organisation, år, namn, nämnd och beskrivning.",
  ),
  p(
    "Perioder: rapportperioderna, t.ex. T1, T2 och Helår, Q1–Q4, Delår eller månader 2025-01. Datum får lämnas tomma: de räknas ut ur typ och år.",
  ),
  p(
    "Enheter: trädet av förvaltning, verksamhet och enhet. Överordnad anger enheten ovanför. Enhetstyp (HTJ, SÄBO, LSS, IFO, HSV) behövs för gränsvärden per enhetstyp.",
  ),
  p(
    "Ansvariga: en rad per person och roll. Rapportör och Ansvarig för genomförande gäller en enhet; Administratör gäller hela planen. Varje enhet som rapporterar något måste ha minst en rapportör.",
  ),
  p(
    "Roller: rapportörsroller som HR eller Handläggare, en rad per person i rollen. En punkt som har en Rapporterande roll rapporteras av rollen för enheterna (alla, eller de i Rollens enheter); enheternas rapportörer får inte frågan.",
  ),
  p(
    "Mål: målområden och mål. Upprepa målområdets id på varje mål i området; namnet räcker på första raden.",
  ),
  p("Indikatorer, Aktiviteter, Frågor: det som följs upp. Varje rad anger sitt mål med Mål-id."),
  p(
    "Jämförelsevärden: det som förändringar och riktningar (Öka, Minska, Bibehåll, Öka med 10%) bedöms mot. En rad per värde: indikatorns id, enhet (tom = hela organisationen), år, period (helår, delår, T1–T3, Q1–Q4, M01–M12) och värde. Ett kvartal jämförs bara med samma kvartal året före.",
  ),
  h("Format"),
  p(
    "Id: bokstäver, siffror, punkt, bindestreck och understreck, högst 64 tecken, utan mellanslag. Varje id ska vara unikt inom sitt slag.",
  ),
  p(
    "Perioder och Rapporterande enheter: id med komma emellan. Tom cell = alla perioder, respektive alla enheter längst ned i trädet.",
  ),
  p(
    "Regel: gränsvärden som planen skriver dem, t.ex. Grön 82 Gul 76, Grön 6,5 Gul 7, Grön Ja Röd Nej, >/=70%, Öka med 10%, Öka.",
  ),
  p(
    "Utfall tidigare år: år och värde, t.ex. 2022: 8,2; 2023: 6,7. Delmål: en rad per delmål, t.ex. Q1: Uppstart, Q3-Q4: Utvärdering.",
  ),
  p(
    "Sammanställning: hur enheternas värden vägs samman. Tom = antal summeras; andelar och tal viktas när Vikt anges (med Vikter på bladet Enheter, t.ex. anställda: 42), annars visas de per enhet. Mål gäller hela organisationen: totalen bedöms, inte varje enhet.",
  ),
  p("Datum: ÅÅÅÅ-MM-DD (2025-10-31). E-post: namn@domän.se."),
];
