import { tierChanges } from "../../src/engine/tier-changes";
import type { Tier } from "../../src/engine/model";

const t = (partner: string, tier: Tier) => ({ partner, tier });

describe("tierChanges", () => {
  it("lists only the partners whose tier differs", () => {
    const before = [t("Acme", "Focus"), t("Bolt", "Scale"), t("Crux", "Strategic")];
    const after = [t("Acme", "Strategic"), t("Bolt", "Scale"), t("Crux", "Focus")];
    expect(tierChanges(before, after)).toEqual([
      { partner: "Acme", from: "Focus", to: "Strategic" },
      { partner: "Crux", from: "Strategic", to: "Focus" },
    ]);
  });

  it("matches partners by name case-insensitively", () => {
    expect(tierChanges([t("ACME", "Scale")], [t("Acme", "Focus")])).toEqual([
      { partner: "Acme", from: "Scale", to: "Focus" },
    ]);
  });

  it("does not count a partner present on one side only as a change", () => {
    expect(tierChanges([t("Gone", "Focus")], [t("New", "Strategic")])).toEqual([]);
  });

  it("orders changes by the new tier, then by name", () => {
    const before = [t("b", "Scale"), t("a", "Strategic"), t("c", "Scale"), t("d", "Focus")];
    const after = [t("b", "Focus"), t("a", "Scale"), t("c", "Strategic"), t("d", "Strategic")];
    expect(tierChanges(before, after).map((c) => c.partner)).toEqual(["c", "d", "b", "a"]);
  });

  it("treats names like constructor and __proto__ as ordinary partners", () => {
    expect(
      tierChanges(
        [t("constructor", "Scale"), t("__proto__", "Focus")],
        [t("constructor", "Focus"), t("__proto__", "Focus")],
      ),
    ).toEqual([{ partner: "constructor", from: "Scale", to: "Focus" }]);
  });
});
