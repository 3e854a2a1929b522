import { parseUpn, upnProblem } from "../../../services/people/upn";

describe("a UPN or e-mail address", () => {
  test.each([
    ["anna.berg@kommun.se", "anna.berg@kommun.se"],
    ["  Anna.Berg@Kommun.SE ", "anna.berg@kommun.se"],
    ["anna+rapport@region.halland.se", "anna+rapport@region.halland.se"],
    ["m_b-2@example.se", "m_b-2@example.se"],
  ])("when %j is given, then it is accepted as %j", (text, upn) => {
    expect(parseUpn(text)).toEqual({ upn });
  });

  test.each([
    ["x'or'1'eq'1@evil.se", /tecknet '/],
    ["x@y.z' or RowKey ne '", /mellanslag/],
    ["x@y.z'", /tecknet '/],
    ['"a b"@example.se', /mellanslag/],
    ["anna@kommun", /inte en giltig/],
    ["anna.berg", /saknar @/],
    ["anna@@kommun.se", /inte en giltig/],
    ["anna@kommun..se", /inte en giltig/],
    ["anna@[127.0.0.1]", /tecknet \[/],
    ["anna\u0000@kommun.se", /styrtecken/],
    ["anna\u202e@kommun.se", /inte en giltig/],
    [`${"a".repeat(250)}@kommun.se`, /längre än 254/],
    ["", /är tom/],
  ])("when %j is given, then it is refused with the reason (%s), never cut", (text, reason) => {
    expect(upnProblem(text.trim())).toMatch(reason);
    const parsed = parseUpn(text);
    expect(parsed).toEqual({ problem: expect.stringMatching(reason) });
    expect(parsed).not.toHaveProperty("upn");
  });
});
