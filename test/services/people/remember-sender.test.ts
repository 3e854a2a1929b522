import { AddressBook } from "../../../services/people/address-book";
import { rememberSender } from "../../../services/people/remember-sender";
import { testTableStore } from "../../support/storage";

const anna = { aadObjectId: "aad-anna", name: "Anna Berg", upn: "anna.berg@example.se" };
const chat = (activityId: string) => ({
  activityId,
  user: { id: "29:anna", aadObjectId: "aad-anna" },
  bot: { id: "28:bot" },
  conversation: { id: "a:personal-anna", conversationType: "personal" },
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
});

describe("remembering who writes to the bot", () => {
  let clock = 0;
  const book = new AddressBook(testTableStore(), () => new Date(Date.UTC(2025, 4, 7, 8, 0, clock)));

  async function writeAs(person: typeof anna, reference: Record<string, unknown>) {
    clock += 1;
    const known = await book.getPerson(person.aadObjectId);
    return rememberSender(book, known, person, reference);
  }

  test("when a known person writes again from the same chat, then nothing is written", async () => {
    expect(await writeAs(anna, chat("act-1"))).toBe(true);
    const stored = await book.getPerson(anna.aadObjectId);
    expect(await writeAs(anna, chat("act-2"))).toBe(false);
    expect(await book.getPerson(anna.aadObjectId)).toEqual(stored);
  });

  test.each([
    ["their name changed", { ...anna, name: "Anna Berg Lind" }, chat("act-3")],
    ["they write from a new chat", anna, { ...chat("act-4"), serviceUrl: "https://smba.new/" }],
  ])("when %s, then they are written", async (_label, person, reference) => {
    await writeAs(anna, chat("act-0"));
    expect(await writeAs(person, reference)).toBe(true);
    const stored = await book.getPerson(anna.aadObjectId);
    expect(stored?.name).toBe(person.name);
    expect(stored?.reference).toEqual(reference);
  });

  test("when Teams had refused them and they write again, then they are reachable again", async () => {
    await writeAs(anna, chat("act-5"));
    await book.markUnreachable(anna.aadObjectId, "blocked");
    expect(await writeAs(anna, chat("act-6"))).toBe(true);
    expect((await book.getPerson(anna.aadObjectId))?.unreachable).toBeUndefined();
  });
});
