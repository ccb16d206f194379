import type { Tier, TierSnapshot } from "../../../src/engine/model";
import { movement, previousTier, takeSnapshot } from "../../../src/engine/tiering/movement";

const snapshot = (tiers: Record<string, Tier>): TierSnapshot => ({ takenAt: "2026-01-01T00:00:00Z", tiers });

describe("movement (SPEC §2.2: Up, Down, Same, New against the previous run's snapshot)", () => {
  const before = snapshot({ acme: "Focus" });

  it.each<[Tier, Tier, string]>([
    ["Focus", "Strategic", "Up"],
    ["Scale", "Focus", "Up"],
    ["Scale", "Strategic", "Up"],
    ["Unscored", "Scale", "Up"],
    ["Strategic", "Focus", "Down"],
    ["Focus", "Scale", "Down"],
    ["Scale", "Unscored", "Down"],
    ["Focus", "Focus", "Same"],
    ["Unscored", "Unscored", "Same"],
  ])("moving from %s to %s is %s", (previous, current, expected) => {
    expect(movement(before, previous, current)).toBe(expected);
  });

  it("is New for a partner the snapshot does not have", () => {
    expect(movement(before, null, "Scale")).toBe("New");
  });

  it("is empty without a snapshot", () => {
    expect(movement(null, null, "Scale")).toBeNull();
    expect(movement(undefined, null, "Scale")).toBeNull();
  });
});

describe("previousTier", () => {
  it("matches the partner's name case-insensitively, trimmed, white space collapsed", () => {
    const s = takeSnapshot([{ partner: "Acme Corp", tier: "Focus" }], "t");
    expect(previousTier(s, "ACME CORP")).toBe("Focus");
    expect(previousTier(s, "  acme   corp ")).toBe("Focus");
  });

  it("is empty for a partner not in the snapshot, and without a snapshot", () => {
    expect(previousTier(snapshot({ acme: "Focus" }), "Globex")).toBeNull();
    expect(previousTier(null, "Acme")).toBeNull();
  });

  it.each(["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"])(
    "does not mistake a partner named %p for a built-in object property",
    (name) => {
      expect(previousTier(snapshot({ acme: "Focus" }), name)).toBeNull();
      expect(movement(snapshot({ acme: "Focus" }), previousTier(snapshot({ acme: "Focus" }), name), "Scale")).toBe(
        "New",
      );
    },
  );
});

describe("takeSnapshot", () => {
  it("records each partner's tier under its matching key, with the time passed in", () => {
    expect(
      takeSnapshot(
        [
          { partner: "Acme", tier: "Strategic" },
          { partner: "Globex  Inc", tier: "Unscored" },
        ],
        "2026-11-22T09:30:00Z",
      ),
    ).toEqual({ takenAt: "2026-11-22T09:30:00Z", tiers: { acme: "Strategic", "globex inc": "Unscored" } });
  });

  it("keeps a partner named like a built-in property, and survives a JSON round trip", () => {
    const s = takeSnapshot(
      [
        { partner: "__proto__", tier: "Focus" },
        { partner: "Constructor", tier: "Scale" },
      ],
      "t",
    );
    const back = JSON.parse(JSON.stringify(s)) as TierSnapshot;
    expect(previousTier(back, "__proto__")).toBe("Focus");
    expect(previousTier(back, "constructor")).toBe("Scale");
  });
});
