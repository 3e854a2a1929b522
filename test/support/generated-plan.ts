// A plan of any size for reminder tests and benches: `units` leaf units under one förvaltning, each
// with its own reporter (rapportor.<i>@example.se), three indicators reported by every leaf unit,
// and the tertials of 2025. Imported with the real import; people put in the address book as if
// each had installed the app, with their 1:1 chat at the given connector.
import { stringify } from "yaml";
import { AddressBook } from "../../services/people/address-book";
import { importPlan, type Plan } from "../../services/plan";
import type { TableStore } from "../../services/storage/tables";
import { TENANT, testUser, BOT, type TestUser } from "./bot-harness";

export const GENERATED_PLAN_ID = "generated-2025";

export function reporter(i: number): TestUser {
  return testUser(1000 + i, `Rapportör ${i}`, `rapportor.${i}@example.se`);
}

export async function importGeneratedPlan(store: TableStore, units: number): Promise<Plan> {
  const plan = {
    id: GENERATED_PLAN_ID,
    organisation: "Exempelkommun",
    year: 2025,
    name: "Genererad plan 2025",
    periods: [
      { id: "T1", kind: "tertial" },
      { id: "T2", kind: "tertial" },
    ],
    people: Array.from({ length: units }, (_, i) => ({
      upn: `rapportor.${i}@example.se`,
      name: `Rapportör ${i}`,
    })),
    units: [
      { id: "forvaltning", name: "Förvaltningen" },
      ...Array.from({ length: units }, (_, i) => ({
        id: `enhet-${i}`,
        name: `Enhet ${i}`,
        parent: "forvaltning",
        reporters: [`rapportor.${i}@example.se`],
      })),
    ],
    goalAreas: [
      {
        id: "omrade",
        name: "Område",
        goals: [
          {
            id: "mal",
            name: "Mål",
            indicators: [1, 2, 3].map((n) => ({ id: `ind-${n}`, name: `Indikator ${n}` })),
          },
        ],
      },
    ],
  };
  const result = await importPlan(
    store,
    { fileName: "generated.yaml", content: Buffer.from(stringify(plan)) },
    { actor: "test" },
  );
  if (!result.ok)
    throw new Error(`generated plan did not import: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Every reporter 0…count-1 "installed": a 1:1 chat at `serviceUrl`, as an install stores it. */
export async function installReporters(
  store: TableStore,
  count: number,
  serviceUrl: string,
  parallel = 16,
): Promise<TestUser[]> {
  const book = new AddressBook(store);
  const users = Array.from({ length: count }, (_, i) => reporter(i));
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const user = users[next++] as TestUser;
      await book.rememberPerson(
        {
          aadObjectId: user.aadObjectId,
          name: user.name,
          upn: user.userPrincipalName,
          tenantId: TENANT,
        },
        {
          channelId: "msteams",
          serviceUrl,
          conversation: { id: user.conversationId, conversationType: "personal", tenantId: TENANT },
          bot: BOT,
          user: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
        },
      );
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return users;
}
