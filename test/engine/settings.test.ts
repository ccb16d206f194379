import { DEFAULT_SETTINGS, type Settings } from "../../src/engine/model";
import {
  overlaySettings,
  readSettings,
  readStoredSettings,
  SETTINGS_VERSION,
  storedSettingsText,
} from "../../src/engine/settings";

/** The names of the settings that drew a warning. */
const warned = (raw: unknown) =>
  readSettings(raw)
    .issues.filter((i) => i.severity === "warning")
    .map((i) => /^Setting (\S+) =/.exec(i.message)?.[1]);

describe("readSettings: defaults", () => {
  it("gives the defaults for an empty object, without issues", () => {
    expect(readSettings({})).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it("gives the defaults for something that is not an object", () => {
    for (const raw of [null, undefined, 42, "quota", []]) expect(readSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  it("has the SPEC defaults: weights 1/1/1, threshold mode at 75/50, quotas 10%/30%, auto scale, gate 60, conflicts 0.5", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      weights: { fit: 1, impact: 1, momentum: 1 },
      mode: "threshold",
      thresholds: { strategic: 75, focus: 50 },
      quotas: { strategic: 10, focus: 30 },
      scale: "auto",
      fitGate: 60,
      conflictThreshold: 0.5,
    });
  });

  it("fills in the settings not given, group by group and field by field", () => {
    const { settings, issues } = readSettings({ weights: { fit: 2 }, mode: "quota" });
    expect(settings.weights).toEqual({ fit: 2, impact: 1, momentum: 1 });
    expect(settings.mode).toBe("quota");
    expect(settings.thresholds).toEqual(DEFAULT_SETTINGS.thresholds);
    expect(issues).toEqual([]);
  });

  it("does not share objects with DEFAULT_SETTINGS", () => {
    const { settings } = readSettings({});
    settings.weights.fit = 9;
    expect(DEFAULT_SETTINGS.weights.fit).toBe(1);
  });
});

describe("readSettings: valid values are kept", () => {
  it("keeps every valid setting", () => {
    const raw: Settings = {
      weights: { fit: 2, impact: 0.5, momentum: 0 },
      mode: "quota",
      thresholds: { strategic: 80, focus: 80 },
      quotas: { strategic: 0, focus: 100 },
      scale: "0-100",
      fitGate: 0,
      conflictThreshold: 1,
      columnMapping: { partners: { name: "Org" } },
      inputs: { partners: { kind: "table", name: "tblPartners" } },
      evolutionWindow: 6,
    };
    expect(readSettings(raw)).toEqual({ settings: raw, issues: [] });
  });

  it("accepts numeric text (as typed into a form or a command line)", () => {
    const { settings, issues } = readSettings({ weights: { fit: " 2 " }, quotas: { strategic: "20" }, fitGate: "70" });
    expect([settings.weights.fit, settings.quotas.strategic, settings.fitGate]).toEqual([2, 20, 70]);
    expect(issues).toEqual([]);
  });
});

describe("readSettings: every invalid value falls back to its default with a warning", () => {
  it.each<[string, unknown, string]>([
    ["a negative weight", { weights: { fit: -1 } }, "weights.fit"],
    ["a text weight", { weights: { impact: "heavy" } }, "weights.impact"],
    ["a boolean weight", { weights: { momentum: true } }, "weights.momentum"],
    ["a null weight", { weights: { fit: null } }, "weights.fit"],
    ["an infinite weight", { weights: { fit: "Infinity" } }, "weights.fit"],
    ["a threshold above 100", { thresholds: { strategic: 101 } }, "thresholds.strategic"],
    ["a negative threshold", { thresholds: { focus: -1 } }, "thresholds.focus"],
    ["a fractional quota", { quotas: { strategic: 10.5 } }, "quotas.strategic"],
    ["a negative quota", { quotas: { focus: -10 } }, "quotas.focus"],
    ["a quota above 100", { quotas: { focus: 101 } }, "quotas.focus"],
    ["an unknown mode", { mode: "ranking" }, "mode"],
    ["a mode that is not text", { mode: 1 }, "mode"],
    ["an unknown scale", { scale: "0-10" }, "scale"],
    ["a fit gate above 100", { fitGate: 150 }, "fitGate"],
    ["a negative fit gate", { fitGate: -1 }, "fitGate"],
    ["a conflict threshold of 0", { conflictThreshold: 0 }, "conflictThreshold"],
    ["a conflict threshold above 1", { conflictThreshold: 1.5 }, "conflictThreshold"],
    ["a conflict threshold as a percentage text", { conflictThreshold: "50%" }, "conflictThreshold"],
  ])("%s", (_, raw, name) => {
    const { settings, issues } = readSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues).toEqual([
      {
        severity: "warning",
        sheet: "Settings",
        cell: "",
        message: expect.stringMatching(new RegExp(`^Setting ${name.replace(".", "\\.")} = .*; using `)),
      },
    ]);
  });

  it("names the bad value and the default used", () => {
    expect(readSettings({ fitGate: 150 }).issues[0]?.message).toBe("Setting fitGate = 150 is not valid; using 60.");
    expect(readSettings({ mode: "ranking" }).issues[0]?.message).toBe(
      "Setting mode = ranking is not valid; using threshold.",
    );
  });

  it("keeps the valid fields of a group when one field is invalid", () => {
    const { settings } = readSettings({ weights: { fit: 3, impact: -1, momentum: 2 } });
    expect(settings.weights).toEqual({ fit: 3, impact: 1, momentum: 2 });
  });

  it("falls back to 1, 1, 1 when every weight is 0", () => {
    const { settings, issues } = readSettings({ weights: { fit: 0, impact: 0, momentum: 0 } });
    expect(settings.weights).toEqual({ fit: 1, impact: 1, momentum: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^Setting weights = .*using 1, 1, 1/);
  });

  it("falls back to 75 / 50 when the Focus threshold is above the Strategic one", () => {
    const { settings, issues } = readSettings({ thresholds: { strategic: 40, focus: 60 } });
    expect(settings.thresholds).toEqual({ strategic: 75, focus: 50 });
    expect(warned({ thresholds: { strategic: 40, focus: 60 } })).toEqual(["thresholds"]);
    expect(issues[0]?.message).toMatch(/Focus above Strategic/);
  });

  it("checks Focus against the default Strategic threshold when only Focus is given", () => {
    expect(readSettings({ thresholds: { focus: 80 } }).settings.thresholds).toEqual({ strategic: 75, focus: 50 });
  });

  it("falls back to 10% / 30% when the quotas add up to more than 100", () => {
    const { settings } = readSettings({ quotas: { strategic: 60, focus: 50 } });
    expect(settings.quotas).toEqual({ strategic: 10, focus: 30 });
    expect(warned({ quotas: { strategic: 60, focus: 50 } })).toEqual(["quotas"]);
  });

  it("accepts quotas adding up to exactly 100", () => {
    expect(readSettings({ quotas: { strategic: 30, focus: 70 } })).toMatchObject({
      settings: { quotas: { strategic: 30, focus: 70 } },
      issues: [],
    });
  });

  it.each<[string, unknown]>([
    ["weights", 5],
    ["thresholds", "75/50"],
    ["quotas", [10, 30]],
  ])("warns when %s is not a group of values, and uses the defaults", (group, value) => {
    const { settings, issues } = readSettings({ [group]: value });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues).toEqual([
      {
        severity: "warning",
        sheet: "Settings",
        cell: "",
        message: expect.stringMatching(new RegExp(`^Setting ${group} = `)),
      },
    ]);
  });

  it("reports every invalid setting, not only the first", () => {
    expect(warned({ mode: "x", scale: "y", fitGate: -1 })).toEqual(["mode", "scale", "fitGate"]);
  });
});

describe("readSettings: column mapping and input choices", () => {
  it("keeps text headers and drops empty or non-text ones", () => {
    const { settings } = readSettings({
      columnMapping: { partners: { name: "Org", fit: "", impact: 3 }, bogus: { x: "y" } },
    });
    expect(settings.columnMapping).toEqual({ partners: { name: "Org" } });
  });

  it("keeps well-formed input choices only", () => {
    const { settings } = readSettings({
      inputs: {
        partners: { kind: "sheet", sheet: "Register" },
        candidates: { kind: "none" },
        maturity: { kind: "table" },
      },
    });
    expect(settings.inputs).toEqual({ partners: { kind: "sheet", sheet: "Register" }, candidates: { kind: "none" } });
  });
});

describe("readStoredSettings (settings stored in the workbook)", () => {
  it("gives the defaults, without issues, when nothing is stored", () => {
    expect(readStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
    expect(readStoredSettings("  ")).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it("round-trips what storedSettingsText wrote", () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      weights: { fit: 2, impact: 1, momentum: 1 },
      mode: "quota",
      scale: "0-5",
    };
    expect(readStoredSettings(storedSettingsText(settings))).toEqual({ settings, issues: [] });
  });

  it("writes the format version with the settings", () => {
    expect(JSON.parse(storedSettingsText(DEFAULT_SETTINGS))).toEqual({
      version: SETTINGS_VERSION,
      settings: DEFAULT_SETTINGS,
    });
  });

  it("uses the defaults with a warning when the stored text is not JSON", () => {
    const { settings, issues } = readStoredSettings("{weights: oops");
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues).toEqual([
      {
        severity: "warning",
        sheet: "Settings",
        cell: "",
        message: expect.stringMatching(/could not be read.*defaults are used/),
      },
    ]);
  });

  it("uses the defaults with a warning when the JSON is not a settings document", () => {
    for (const text of ["[]", "42", '{"version":1}', '{"settings":"x"}']) {
      const { settings, issues } = readStoredSettings(text);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(issues).toEqual([
        {
          severity: "warning",
          sheet: "Settings",
          cell: "",
          message: expect.stringContaining("not a settings document"),
        },
      ]);
    }
  });

  it("reads a document from a newer version with a note, using the settings it knows", () => {
    const text = JSON.stringify({
      version: SETTINGS_VERSION + 1,
      settings: { weights: { fit: 3, impact: 1, momentum: 1 }, mode: "quota", futureOption: true },
    });
    const { settings, issues } = readStoredSettings(text);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, weights: { fit: 3, impact: 1, momentum: 1 }, mode: "quota" });
    expect(issues).toEqual([
      {
        severity: "info",
        sheet: "Settings",
        cell: "",
        message: expect.stringContaining(`newer version (format ${SETTINGS_VERSION + 1})`),
      },
    ]);
  });

  it("lists the newer-version note before warnings about the values", () => {
    const text = JSON.stringify({ version: 99, settings: { mode: "future-mode" } });
    expect(readStoredSettings(text).issues.map((i) => i.severity)).toEqual(["info", "warning"]);
  });

  it("reads a document without a version as the current format", () => {
    expect(readStoredSettings(JSON.stringify({ settings: { fitGate: 70 } }))).toEqual({
      settings: { ...DEFAULT_SETTINGS, fitGate: 70 },
      issues: [],
    });
  });
});

describe("overlaySettings (command-line flags over stored settings)", () => {
  it("merges groups field by field", () => {
    const base = { ...DEFAULT_SETTINGS, weights: { fit: 2, impact: 1, momentum: 1 } };
    expect(overlaySettings(base, { weights: { impact: 3 } }).settings.weights).toEqual({
      fit: 2,
      impact: 3,
      momentum: 1,
    });
  });

  it("validates the overlaid values", () => {
    const { settings, issues } = overlaySettings(DEFAULT_SETTINGS, { mode: "bogus" });
    expect(settings.mode).toBe("threshold");
    expect(issues).toHaveLength(1);
  });
});

describe("readSettings: the column roles chosen in the task pane", () => {
  it("keeps party, section and notes choices per input, by header", () => {
    const { settings, issues } = readSettings({
      columnRoles: { responsibilities: { Phase: "party", Area: "section", Memo: "notes" } },
    });
    expect(settings.columnRoles).toEqual({ responsibilities: { Phase: "party", Area: "section", Memo: "notes" } });
    expect(issues).toEqual([]);
  });

  it("drops unknown roles, blank headers and unknown inputs, and leaves the key out when nothing is left", () => {
    expect(
      readSettings({
        columnRoles: { responsibilities: { Phase: "boss", " ": "party", Area: "section" }, bogus: { X: "party" } },
      }).settings.columnRoles,
    ).toEqual({
      responsibilities: { Area: "section" },
    });
    expect("columnRoles" in readSettings({ columnRoles: { responsibilities: { Phase: 3 } } }).settings).toBe(false);
    expect("columnRoles" in readSettings({}).settings).toBe(false);
  });
});
