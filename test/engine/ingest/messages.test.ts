import { messages } from "../../../src/engine/ingest/messages";

describe("issue messages quote the user's text readably", () => {
  const long = "x".repeat(32_767);

  it("cuts a quoted value over 120 characters, with an ellipsis, and keeps the rest of the sentence", () => {
    const m = messages.notANumber("Fit", long, "text");
    expect(m).toBe(`Fit "${"x".repeat(120)}…" is not a number; the value is ignored.`);
  });

  it("cuts long names, labels and parties the same way", () => {
    for (const m of [
      messages.duplicateName("Partner", long, "A2"),
      messages.unscored(long, ["Fit"]),
      messages.notALetter(long, long),
      messages.duplicateHeader("Fit", long),
      messages.errorValue(long, "#N/A"),
      messages.settingInvalid("mode", long, "threshold"),
    ]) {
      expect(m.length).toBeLessThan(400);
    }
  });

  it("names at most ten items of a list, then how many more", () => {
    const headers = Array.from({ length: 25 }, (_, i) => `H${i + 1}`);
    expect(messages.unknownHeaders(headers)).toMatch(/"H1", .*"H10" and 15 more are not used/);
    expect(messages.requiredColumnMissing("Partners", "Partner", headers)).toMatch(
      /headers found: H1, .*, H10 and 15 more\)\.$/,
    );
  });

  it("leaves short values as they are", () => {
    expect(messages.notANumber("Fit", "high", "text")).toBe('Fit "high" is not a number; the value is ignored.');
  });
});
