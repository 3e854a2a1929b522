import { createKoladaClient } from "../../../services/kolada";
import { startFakeKolada, type FakeKolada } from "../../support/fake-kolada";

describe("the Kolada client", () => {
  let kolada: FakeKolada;
  beforeAll(async () => {
    kolada = await startFakeKolada({ slowMs: 1500 });
    kolada.setValue("U23471", "0581", 2023, 87);
    kolada.setValue("U21468", "V15E058100101", 2023, 91.5);
    kolada.behave("N00001", "slow");
    kolada.behave("N00404", "notFound");
    kolada.behave("N00500", "serverError");
    kolada.behave("N00999", "malformed");
    kolada.behave("N00429", "tooMany");
  });
  afterAll(() => kolada.close());
  const client = () => createKoladaClient({ baseUrl: kolada.url, timeoutMs: 300 });

  test("when Kolada answers, then the total (gender T) of that year is the value", async () => {
    expect(await client().municipalityValue("U23471", "0581", 2023)).toEqual({
      ok: true,
      value: 87,
      year: 2023,
    });
    expect(kolada.requests).toContain("/v3/data/kpi/U23471/municipality/0581/year/2023");
  });

  test("when an OU is asked, then the OU route is used and its total is the value", async () => {
    expect(await client().ouValue("U21468", "V15E058100101", 2023)).toEqual({
      ok: true,
      value: 91.5,
      year: 2023,
    });
    expect(kolada.requests).toContain("/v3/oudata/kpi/U21468/ou/V15E058100101/year/2023");
  });

  test("when Kolada has no value for the year, then the reading says so without a value", async () => {
    expect(await client().municipalityValue("U23471", "0581", 2024)).toEqual({
      ok: true,
      value: undefined,
      year: 2024,
    });
  });

  test.each([
    ["slow (past the timeout)", "N00001", /svarade inte inom 0,3 s \(N00001 2023\)/],
    ["404", "N00404", /känner inte till N00404 för 2023 \(404\)/],
    ["500", "N00500", /svarade med ett fel \(500\)/],
    ["malformed JSON", "N00999", /inte är JSON/],
    ["429 (too many requests)", "N00429", /färre frågor just nu \(429\) för N00429 2023/],
  ])(
    "when Kolada is %s, then the reading is a Swedish note, not an error",
    async (_, kpi, note) => {
      const reading = await client().municipalityValue(kpi, "0581", 2023);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.note).toMatch(note);
    },
  );

  test("when Kolada answers 429 with Retry-After, then the reading says when to ask again", async () => {
    const reading = await client().municipalityValue("N00429", "0581", 2023);
    expect(reading).toMatchObject({ ok: false, retryAfterSeconds: 120 });
  });
});
