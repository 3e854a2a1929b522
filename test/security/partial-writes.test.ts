// Writes of several rows that cannot be one transaction (issue 12: "nothing half-written"): a person
// and their alias rows live in two partitions. Storage fails (HTTP 500, through a proxy in front of
// the real Azurite) after the first write of the operation; the next message must leave the person
// findable by every identifier, and until then nothing may claim what is not stored.
import { AddressBook, type Reference } from "../../services/people/address-book";
import type { Person } from "../../services/people/person";
import { rememberSender } from "../../services/people/remember-sender";
import { createTableStore } from "../../services/storage/tables";
import { startFaultyStorageProxy, type FaultyStorageProxy } from "../support/faulty-storage-proxy";
import { uniquePrefix } from "../support/storage";

const chat = (id: string): Reference => ({
  user: { id: `29:${id}` },
  bot: { id: "28:bot" },
  conversation: { id: `a:personal-${id}`, conversationType: "personal" },
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
});

describe("a person and their aliases, with a storage fault between the writes", () => {
  let proxy: FaultyStorageProxy;
  let book: AddressBook;
  beforeAll(async () => {
    proxy = await startFaultyStorageProxy();
    const store = createTableStore({
      connectionString: proxy.connectionString,
      prefix: uniquePrefix(),
      timeoutMs: 3_000,
    });
    book = new AddressBook(store);
    // The table exists before any fault: only the rows' writes are in question.
    await book.rememberPerson({ aadObjectId: "aad-warm", name: "Warm Up", upn: "warm@example.se" });
  });
  afterAll(() => proxy.close());

  /** Every write to the address book after the first one of the operation fails. */
  const failAfterFirstWrite = () =>
    proxy.failWrites((write, index) => /Addresses/.test(write.path + write.body) && index >= 1);

  /** A message from the person, as bot/uppfoljning-bot.ts remembers the sender. */
  async function writes(person: Person, reference: Reference): Promise<void> {
    await rememberSender(book, await book.getPerson(person.aadObjectId), person, reference);
  }

  test("when a new person's first message is cut after its first write, then the next message makes them findable by UPN and e-mail", async () => {
    const anna: Person = {
      aadObjectId: "aad-anna",
      name: "Anna Berg",
      upn: "anna.berg@example.se",
      email: "anna@example.se",
    };
    failAfterFirstWrite();
    await expect(writes(anna, chat("anna"))).rejects.toMatchObject({ code: "STORAGE_UNAVAILABLE" });
    proxy.failWrites(undefined);
    // Half a write claims nothing: no row says who Anna is yet.
    expect(await book.getPerson("aad-anna")).toBeUndefined();
    expect(await book.findPerson("anna.berg@example.se")).toBeUndefined();

    await writes(anna, chat("anna"));
    for (const id of ["anna.berg@example.se", "ANNA@example.se", "aad-anna"]) {
      expect(await book.findPerson(id)).toMatchObject({
        aadObjectId: "aad-anna",
        reference: chat("anna"),
        active: true,
      });
    }
  });

  test("when a known person's new UPN is cut after its first write, then the next message makes the new UPN find them", async () => {
    const bo: Person = { aadObjectId: "aad-bo", name: "Bo Ek", upn: "bo.ek@example.se" };
    await writes(bo, chat("bo"));
    const renamed = { ...bo, upn: "bo.ekstrom@example.se" };
    failAfterFirstWrite();
    await expect(writes(renamed, chat("bo"))).rejects.toMatchObject({
      code: "STORAGE_UNAVAILABLE",
    });
    proxy.failWrites(undefined);
    // The stored row still says the old UPN, so the next message is seen as a change and written.
    expect(await book.getPerson("aad-bo")).toMatchObject({ upn: "bo.ek@example.se" });

    await writes(renamed, chat("bo"));
    expect(await book.findPerson("bo.ekstrom@example.se")).toMatchObject({
      aadObjectId: "aad-bo",
      upn: "bo.ekstrom@example.se",
    });
  });

  test("when the person's aliases are written, then they are one transaction, before the person's row, and the people version after it", async () => {
    const from = proxy.writes.length;
    await book.rememberPerson({
      aadObjectId: "aad-cia",
      name: "Cia Holm",
      upn: "cia@example.se",
      email: "cia.holm@example.se",
    });
    const mine = proxy.writes.slice(from);
    expect(mine.map((write) => (write.path.endsWith("$batch") ? "batch" : write.method))).toEqual([
      "batch",
      expect.stringMatching(/^(PUT|PATCH|MERGE)$/),
      expect.stringMatching(/^(PUT|PATCH|MERGE)$/),
    ]);
    expect(mine[0]?.body).toContain("PartitionKey='alias',RowKey='cia.holm~40example.se'");
    expect(mine[1]?.path).toContain("PartitionKey='person'");
    // Every instance forgets the senders it remembers (services/people/known-senders.ts).
    expect(mine[2]?.path).toContain("Versions(PartitionKey='version',RowKey='shared')");
  });
});
