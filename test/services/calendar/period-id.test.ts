import { canonicalPeriodId, findPeriod, type PeriodDefinition } from "../../../services/calendar";

describe("canonicalPeriodId", () => {
  test.each([
    ["T1", "T1"],
    ["t2", "T2"],
    [" T 3 ", "T3"],
    ["Tertial 1", "T1"],
    ["T1 2025", "T1"],
    ["Q3", "Q3"],
    ["q1", "Q1"],
    ["Kvartal 3", "Q3"],
    ["kvartal4", "Q4"],
    ["kv 2", "Q2"],
    ["Delår", "Delår"],
    ["delår", "Delår"],
    ["DELÅR", "Delår"],
    ["delar", "Delår"],
    ["Delårsrapport", "Delår"],
    ["Helår", "Helår"],
    ["helår 2025", "Helår"],
    ["År", "Helår"],
    ["år", "Helår"],
    ["Årsbokslut", "Helår"],
    ["2025-03", "2025-03"],
    ["2025-3", "2025-03"],
    ["202503", "2025-03"],
    ["mars", "2025-03"],
    ["Mars", "2025-03"],
    ["mar", "2025-03"],
    ["mars 2026", "2026-03"],
    ["sept", "2025-09"],
    ["dec.", "2025-12"],
    ["May", "2025-05"],
    ["Återrapport april", "Återrapport april"],
    ["  Egen   period ", "Egen period"],
    ["T4", "T4"],
    ["Q5", "Q5"],
    ["T1 2024", "T1 2024"],
    ["2025-13", "2025-13"],
  ])("when the period is written %j in a 2025 plan, then its canonical id is %j", (text, id) => {
    expect(canonicalPeriodId(text, 2025)).toBe(id);
  });
});

describe("findPeriod", () => {
  const norsjo: PeriodDefinition[] = [
    { id: "T1", kind: "tertial" },
    { id: "T2", kind: "tertial" },
    { id: "År", kind: "year" },
  ];
  const halland: PeriodDefinition[] = [
    { id: "2022-03", kind: "month" },
    { id: "Helår", kind: "year" },
    { id: "Återrapport april", kind: "custom", deadline: "2022-04-30" },
  ];
  const norrkoping: PeriodDefinition[] = [
    { id: "Q1", kind: "quarter", label: "Kvartal 1 (återrapport i april)" },
    { id: "Helår", kind: "year", label: "Slutrapport 2024" },
  ];

  test.each([
    [norsjo, 2025, "t1", "T1"],
    [norsjo, 2025, "Helår", "År"],
    [norsjo, 2025, "år", "År"],
    [norsjo, 2025, "Tertial 2", "T2"],
    [halland, 2022, "mars", "2022-03"],
    [halland, 2022, "MARS 2022", "2022-03"],
    [halland, 2022, "202203", "2022-03"],
    [halland, 2022, "helår", "Helår"],
    [halland, 2022, "återrapport APRIL", "Återrapport april"],
    [norrkoping, 2024, "kvartal 1", "Q1"],
    [norrkoping, 2024, "Kvartal 1  (återrapport i april)", "Q1"],
    [norrkoping, 2024, "Slutrapport 2024", "Helår"],
  ])(
    "when the plan's periods are searched for %#: %s, then the plan's own id is found",
    (definitions, year, text, id) => {
      expect(findPeriod(definitions, text, year)?.id).toBe(id);
    },
  );

  test.each([
    [norsjo, 2025, "T3"],
    [norsjo, 2025, "Delår"],
    [norsjo, 2025, "Q1"],
    [halland, 2022, "april"],
    [halland, 2022, "mars 2023"],
    [norrkoping, 2024, "Kvartal 1 (återrapport"],
  ])(
    "when a plan without it is searched for %#: %s, then nothing is found",
    (definitions, year, text) => {
      expect(findPeriod(definitions, text, year)).toBeUndefined();
    },
  );
});
