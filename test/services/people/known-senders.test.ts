import { AddressBook } from "../../../services/people/address-book";
import { KnownSenders } from "../../../services/people/known-senders";
import { rememberSender } from "../../../services/people/remember-sender";
import { shareVersionReads, withinTurn } from "../../../services/shared-state/shared-version";
import type { TableStore } from "../../../services/storage/tables";
import { testTableStore, uniquePrefix } from "../../support/storage";

const anna = { aadObjectId: "aad-anna", name: "Anna Berg", upn: "anna.berg@example.se" };
const chat = {
  user: { id: "29:anna", aadObjectId: "aad-anna" },
  bot: { id: "28:bot" },
  conversation: { id: "a:personal-anna", conversationType: "personal" },
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
};

/** An instance as the bot composes it: its own store object (its memory), sharing version reads. */
function instance(prefix: string, clock: () => number) {
  const inner = testTableStore(prefix);
  const asked: string[] = [];
  const store: TableStore = { ...inner, table: (name) => (asked.push(name), inner.table(name)) };
  shareVersionReads(store, { freshForMs: 250, clock });
  return { asked, book: new AddressBook(store, () => new Date("2025-05-07T08:00:00Z"), clock) };
}

/** One message from Anna's 1:1 chat, as the bot handles it: true when her row was written. */
function message(book: AddressBook): Promise<boolean> {
  return withinTurn(async () =>
    rememberSender(book, await book.knownSender(anna.aadObjectId), anna, chat),
  );
}

describe("the senders an instance remembers", () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 0;
  });

  test("when a known person writes again and nothing changed, then no address-book row is read or written", async () => {
    const a = instance(uniquePrefix(), clock);
    expect(await message(a.book)).toBe(true);
    expect(await message(a.book)).toBe(false); // read once after the write
    now += 1_000;
    a.asked.length = 0;
    expect(await message(a.book)).toBe(false);
    expect(await message(a.book)).toBe(false);
    expect(a.asked).toEqual(["Versions"]);
  });

  test("when another instance marks the person unreachable, then this instance reads the row again within the bound and the next message makes them reachable again", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix, clock);
    const b = instance(prefix, clock);
    await message(a.book);
    await message(a.book);
    await b.book.markUnreachable(anna.aadObjectId, "blocked");
    now += 251;
    expect(await message(a.book)).toBe(true);
    expect((await b.book.getPerson(anna.aadObjectId))?.unreachable).toBeUndefined();
  });

  test("when another instance deactivates the person (uninstall), then this instance sees it after the bound, not from its memory", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix, clock);
    const b = instance(prefix, clock);
    await message(a.book);
    expect((await withinTurn(() => a.book.knownSender(anna.aadObjectId)))?.active).toBe(true);
    await b.book.deactivatePerson(anna.aadObjectId);
    now += 251;
    expect((await withinTurn(() => a.book.knownSender(anna.aadObjectId)))?.active).toBe(false);
  });

  test("when this instance changes the person's row, then it forgets what it remembered at once", async () => {
    const a = instance(uniquePrefix(), clock);
    await message(a.book);
    expect((await withinTurn(() => a.book.knownSender(anna.aadObjectId)))?.active).toBe(true);
    await a.book.deactivatePerson(anna.aadObjectId);
    expect((await withinTurn(() => a.book.knownSender(anna.aadObjectId)))?.active).toBe(false);
    expect(await message(a.book)).toBe(true);
  });

  test("when more senders write than are kept, then the one asked least recently is read again", async () => {
    const store = testTableStore();
    const reads: string[] = [];
    const senders = new KnownSenders(store, async (id) => (reads.push(id), undefined), clock, 2);
    for (const id of ["anna", "bo", "anna", "cecilia", "anna", "bo"]) await senders.get(id);
    expect(reads).toEqual(["anna", "bo", "cecilia", "bo"]);
  });

  test("when an entry is older than its longest life, then it is read again even if no one wrote", async () => {
    const store = testTableStore();
    const reads: string[] = [];
    const senders = new KnownSenders(store, async (id) => (reads.push(id), undefined), clock);
    await senders.get("anna");
    now += 14 * 60_000;
    await senders.get("anna");
    now += 2 * 60_000;
    await senders.get("anna");
    expect(reads).toEqual(["anna", "anna"]);
  });
});
