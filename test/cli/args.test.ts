import { parseArgs, UsageError } from "../../src/cli/args";

const analyze = (...rest: string[]) => parseArgs(["analyze", ...rest]);
const usageError = (...rest: string[]) => {
  try {
    analyze(...rest);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`no usage error for ${rest.join(" ")}`);
};

describe("parseArgs (util.parseArgs, strict)", () => {
  it("collects repeated --remove and --add, as --x y and --x=y, splitting names on ;", () => {
    const args = analyze(
      "in.xlsx",
      "--out",
      "o.xlsx",
      "--remove",
      "Acme; Bolt",
      "--remove=Core Co",
      "--add",
      "Nova",
      "--add=Weak;",
    );
    expect(args).toMatchObject({
      command: "analyze",
      input: "in.xlsx",
      out: "o.xlsx",
      remove: ["Acme", "Bolt", "Core Co"],
      add: ["Nova", "Weak"],
    });
  });

  it("reads settings flags in both forms, the last one winning, and a value that starts with one dash", () => {
    const args = analyze(
      "in.xlsx",
      "--out=o.xlsx",
      "--mode",
      "quota",
      "--mode=threshold",
      "--weights",
      "-1,1,1",
      "--strategic=80",
    );
    expect(args).toMatchObject({
      out: "o.xlsx",
      settings: { mode: "threshold", weights: { fit: -1, impact: 1, momentum: 1 }, thresholds: { strategic: 80 } },
    });
  });

  it("reads switches, -q included, and takes what follows -- as the input", () => {
    expect(
      analyze("--out", "o.xlsx", "-q", "--no-snapshot", "--ignore-workbook-settings", "--", "-odd.xlsx"),
    ).toMatchObject({
      input: "-odd.xlsx",
      quiet: true,
      snapshot: false,
      workbookSettings: false,
    });
  });

  it("refuses in this command's words: unknown options, missing or empty values, switches given a value", () => {
    expect(usageError("in.xlsx", "--out", "o.xlsx", "--bogus")).toBe("Unknown option --bogus.");
    expect(usageError("in.xlsx", "--out", "o.xlsx", "-x")).toBe("Unknown option -x.");
    expect(usageError("in.xlsx", "--out", "o.xlsx", "--quiet=1")).toBe("Unknown option --quiet=1.");
    expect(usageError("in.xlsx", "--out")).toBe("--out needs a value.");
    expect(usageError("in.xlsx", "--out=")).toBe("--out needs a value.");
    expect(usageError("in.xlsx", "--out", "o.xlsx", "--json", "--quiet")).toBe("--json needs a value.");
    expect(usageError("in.xlsx", "--out", "o.xlsx", "--remove", "--quiet")).toBe("--remove needs a name.");
    expect(usageError("in.xlsx", "--out", "o.xlsx", "--add=")).toBe("--add needs a name.");
    expect(usageError("in.xlsx", "--out", "o.xlsx", "--focus", "high")).toBe('--focus needs a number (got "high").');
  });
});
