import { escapeKey, unescapeKey } from "../../../services/storage/tables";
import { isStorageConflict } from "../../../services/storage/storage-errors";
import { testTableStore } from "../../support/storage";

describe("table store on Azurite", () => {
  test("when a row is written, then it reads back from the real emulator", async () => {
    const table = testTableStore().table("Smoke");
    expect(await table.create({ partitionKey: "p", rowKey: "r", value: 42 })).toBe(true);
    expect((await table.get("p", "r"))?.value).toBe(42);
  });

  test("when a row is read that is not there, then the answer is undefined", async () => {
    const table = testTableStore().table("Missing");
    expect(await table.get("p", "nobody")).toBeUndefined();
  });

  test("when a row is created twice, then the second create answers false and the first stays", async () => {
    const table = testTableStore().table("Twice");
    await table.create({ partitionKey: "p", rowKey: "r", value: 1 });
    expect(await table.create({ partitionKey: "p", rowKey: "r", value: 2 })).toBe(false);
    expect((await table.get("p", "r"))?.value).toBe(1);
  });

  test("when an update carries a stale ETag, then it is a StorageConflict and the first write stays", async () => {
    const table = testTableStore().table("Etag");
    await table.create({ partitionKey: "p", rowKey: "r", value: 1 });
    const first = await table.get("p", "r");
    await table.update({ partitionKey: "p", rowKey: "r", value: 2 }, "Replace", first?.etag);
    const error = await table
      .update({ partitionKey: "p", rowKey: "r", value: 3 }, "Replace", first?.etag)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(isStorageConflict(error, "changed")).toBe(true);
    expect((await table.get("p", "r"))?.value).toBe(2);
  });
});

describe("key escaping", () => {
  test.each([
    "Hemtjänst Norr/Syd",
    "Enhet #3?",
    "Back\\slash",
    "Åsa's ~tilde~ (100%)",
    "tab\there",
  ])(
    "when %j is escaped, then the key has no forbidden character and unescapes to the same text",
    async (text) => {
      const key = escapeKey(text);
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear
      expect(key).not.toMatch(/[/\\#?'\u0000-\u001f\u007f-\u009f]/);
      expect(unescapeKey(key)).toBe(text);
      const table = testTableStore().table("Keys");
      await table.create({ partitionKey: key, rowKey: key });
      expect((await table.get(key, key))?.rowKey).toBe(key);
    },
  );
});
