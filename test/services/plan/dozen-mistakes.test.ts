import { readFile } from "node:fs/promises";
import path from "node:path";
import { odata } from "../../../services/storage/odata";
import { importPlan, listPlans } from "../../../services/plan";
import { testTableStore } from "../../support/storage";

const fixture = path.join(__dirname, "..", "..", "fixtures", "plans", "dozen-mistakes.yaml");

describe("a plan file with a dozen mistakes", () => {
  test("when it is imported, then each mistake gets one Swedish line saying where it is, and nothing is stored", async () => {
    const store = testTableStore();
    const result = await importPlan(
      store,
      { fileName: "dozen-mistakes.yaml", content: await readFile(fixture) },
      { actor: "test" },
    );

    expect(result.ok ? [] : result.errors).toEqual([
      {
        where: "id (rad 3)",
        message: "Ska vara gemener, siffror och bindestreck, t.ex. norsjo-omsorg-2025.",
      },
      { where: "periods[1].deadline (rad 9)", message: "Ska vara ett datum ÅÅÅÅ-MM-DD." },
      {
        where: "units[1].parent (rad 21)",
        message: "Den överordnade enheten ”hemtjanst” finns inte bland enheterna.",
      },
      {
        where: "units[1].reporters[0] (rad 23)",
        message: "Ska vara en e-postadress eller UPN (namn@domän.se).",
      },
      {
        where: "units[2].reporters (rad 24)",
        message:
          "Enheten SÄBO Öst (sabo-ost) rapporterar 4 punkter men har ingen ansvarig för rapportering. Ange minst en rapportör för enheten.",
      },
      {
        where: "goalAreas[0].goals[0].indicators[0].rule (rad 40)",
        message:
          "Regeln ”Grön åttio Gul sjuttio” kunde inte läsas: förstår inte ”åttio”. Skriv gränserna som t.ex. ”Grön 82 Gul 76”, ”Grön 6,5 Gul 7” eller ”Grön Ja Röd Nej”.",
      },
      {
        where: "goalAreas[0].goals[0].indicators[0].valueType (rad 41)",
        message: "Ska vara ett av: number, percent, yesno, count.",
      },
      {
        where: "goalAreas[0].goals[0].indicators[1].rule (rad 45)",
        message:
          "Regeln gäller enhetstyperna HTJ, SÄBO, men enheten Individ- och familjeomsorg (ifo, typ IFO) rapporterar indikatorn utan att ha någon av dem. Ange rätt enhetstyp, eller begränsa rapporterande enheter.",
      },
      {
        where: "goalAreas[0].goals[0].indicators[2].id (rad 46)",
        message:
          "Id ”sjukfranvaro” finns redan för en annan punkt att följa upp (indikator, aktivitet eller fråga). Varje id ska vara unikt.",
      },
      {
        where: "goalAreas[0].goals[0].indicators[2].periods[1] (rad 48)",
        message: "Perioden ”T3” finns inte i planen. Planens perioder: T1, T2, Helår.",
      },
      {
        where: "goalAreas[0].goals[0].indicators[3].rulle (rad 51)",
        message: "Okänt fält ”rulle”. Kontrollera stavningen (se docs/plan-format.md).",
      },
      {
        where: "goalAreas[0].goals[0].activities[0].name (rad 53)",
        message: "Saknas, men måste anges.",
      },
    ]);
    expect(await listPlans(store)).toEqual([]);
    for (const name of ["PlanItems", "PlanUnits", "PlanPeople"]) {
      const rows = [];
      for await (const row of store.table(name).query({ filter: odata`PartitionKey ne ${""}` }))
        rows.push(row);
      expect(rows).toHaveLength(0);
    }
  });
});
