import { actorId } from "../../../services/people/person";

describe("actorId", () => {
  test.each([
    [{ upn: "anna@kommun.se", email: "a@kommun.se", aadObjectId: "oid-1" }, "anna@kommun.se"],
    [{ email: "a@kommun.se", aadObjectId: "oid-1" }, "a@kommun.se"],
    [{ aadObjectId: "oid-1" }, "oid-1"],
  ])("when a person is %o, then they act as %s", (person, id) => {
    expect(actorId(person)).toBe(id);
  });
});
