import { escapeKey, unescapeKey, statusOf } from "../../../services/storage/tables";
import { testTableStore } from "../../support/storage";

describe("table store on Azurite", () => {
  test("when an entity is written, then it reads back from the real emulator", async () => {
    const table = await testTableStore().table("Smoke");
    await table.createEntity({ partitionKey: "p", rowKey: "r", value: 42 });
    const entity = await table.getEntity<{ value: number }>("p", "r");
    expect(entity.value).toBe(42);
  });

  test("when an update carries a stale ETag, then Azurite answers 412 and the first write stays", async () => {
    const table = await testTableStore().table("Etag");
    await table.createEntity({ partitionKey: "p", rowKey: "r", value: 1 });
    const first = await table.getEntity("p", "r");
    await table.updateEntity({ partitionKey: "p", rowKey: "r", value: 2 }, "Replace", {
      etag: first.etag,
    });
    const error = await table
      .updateEntity({ partitionKey: "p", rowKey: "r", value: 3 }, "Replace", { etag: first.etag })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(statusOf(error)).toBe(412);
    expect((await table.getEntity<{ value: number }>("p", "r")).value).toBe(2);
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
      const table = await testTableStore().table("Keys");
      await table.createEntity({ partitionKey: key, rowKey: key });
      expect((await table.getEntity(key, key)).rowKey).toBe(key);
    },
  );
});
