import { traceEvolution, trajectoryOf, signalOf } from "../../src/engine/evolution";
import type { HistoryRow } from "../../src/engine/history";
import type { ScoredTier, Tier } from "../../src/engine/model";

const RUN = "2026-12-01T09:00:00Z";
const h = (
  takenAt: string,
  partner: string,
  tier: Tier,
  composite: number | null,
  extra: Partial<HistoryRow> = {},
): HistoryRow => ({
  takenAt,
  partner,
  tier,
  rank: null,
  composite,
  ...extra,
});
const now = (partner: string, tier: Tier, composite: number | null, rank: number | null = 1) => ({
  partner,
  tier,
  composite,
  rank,
});
const pt = (tier: ScoredTier, composite: number) => ({ tier, composite });

const trace = (
  partners: ReturnType<typeof now>[],
  history: HistoryRow[],
  extra: { window?: number; soleProviders?: string[] } = {},
) =>
  traceEvolution({
    partners,
    history,
    runAt: RUN,
    window: extra.window ?? 4,
    soleProviders: extra.soleProviders ?? [],
  });

describe("traceEvolution: points (SPEC §2.12)", () => {
  it("takes the composites of the most recent W snapshots in which the partner appears with one, this run included, oldest first", () => {
    const history = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"].map((m, i) =>
      h(`${m}-01T00:00:00Z`, "Acme", "Focus", 50 + i),
    );
    const e = trace([now("Acme", "Focus", 60)], history).partners[0];
    expect(e?.points.map((p) => p.composite)).toEqual([52, 53, 54, 60]);
    expect([e?.first, e?.last, e?.tierFirst, e?.tierLast]).toEqual([52, 60, "Focus", "Focus"]);
  });

  it("honours another window setting", () => {
    const history = [h("2026-01-01", "Acme", "Focus", 50), h("2026-02-01", "Acme", "Focus", 51)];
    expect(
      trace([now("Acme", "Focus", 52)], history, { window: 2 }).partners[0]?.points.map((p) => p.composite),
    ).toEqual([51, 52]);
  });

  it("skips snapshots where the partner is absent, Unscored or without a composite", () => {
    const history = [
      h("2026-01-01", "Acme", "Focus", 50),
      h("2026-02-01", "Acme", "Unscored", null),
      h("2026-03-01", "Other", "Focus", 50),
      h("2026-04-01", "Acme", "Scale", null),
    ];
    expect(trace([now("Acme", "Focus", 52)], history).partners[0]?.points.map((p) => p.takenAt)).toEqual([
      "2026-01-01",
      RUN,
    ]);
  });

  it("orders snapshots by Taken at as text, whatever the order of the rows", () => {
    const history = [h("2026-03-01", "Acme", "Focus", 53), h("2026-01-01", "Acme", "Focus", 51)];
    expect(trace([now("Acme", "Focus", 60)], history).partners[0]?.points.map((p) => p.composite)).toEqual([
      51, 53, 60,
    ]);
  });

  it("matches history rows by name, trimmed and case-insensitive, and ignores a partner's duplicate row in one snapshot", () => {
    const history = [h("2026-01-01", "ACME", "Focus", 51), h("2026-01-01", "acme", "Focus", 99, { duplicate: true })];
    expect(trace([now("Acme", "Focus", 60)], history).partners[0]?.points.map((p) => p.composite)).toEqual([51, 60]);
  });

  it("lets this run supersede history rows taken at the same time", () => {
    expect(trace([now("Acme", "Focus", 60)], [h(RUN, "Acme", "Scale", 10)]).partners[0]?.points).toEqual([
      { takenAt: RUN, tier: "Focus", composite: 60 },
    ]);
  });

  it("lists tiered partners only, in rank order", () => {
    const r = trace([now("B", "Strategic", 90, 1), now("A", "Focus", 60, 2), now("U", "Unscored", null, null)], []);
    expect(r.partners.map((p) => p.partner)).toEqual(["B", "A"]);
  });

  it("counts tiers per snapshot, this run last", () => {
    const r = trace(
      [now("A", "Focus", 60), now("U", "Unscored", null, null)],
      [
        h("2026-01-01", "A", "Scale", 40),
        h("2026-01-01", "B", "Strategic", 80),
        h("2026-01-01", "b", "Focus", 70, { duplicate: true }),
      ],
    );
    expect(r.snapshots).toEqual([
      { takenAt: "2026-01-01", counts: { Strategic: 1, Focus: 0, Scale: 1, Unscored: 0 } },
      { takenAt: RUN, counts: { Strategic: 0, Focus: 1, Scale: 0, Unscored: 1 } },
    ]);
  });
});

describe("trajectoryOf (SPEC §2.12, by precedence)", () => {
  it("is New with one point", () => {
    expect(trajectoryOf(1, pt("Scale", 10), pt("Scale", 10))).toBe("New");
  });

  it("is Regressing when tierLast is below tierFirst, even if the composite rose", () => {
    expect(trajectoryOf(2, pt("Focus", 50), pt("Scale", 52))).toBe("Regressing");
  });

  it("is Regressing when last − first ≤ −5 within one tier, -5 exactly included", () => {
    expect(trajectoryOf(2, pt("Focus", 65), pt("Focus", 60))).toBe("Regressing");
    expect(trajectoryOf(2, pt("Focus", 65), pt("Focus", 60.1))).toBe("Steady");
  });

  it("is Regressing before Accelerating when the tier rose but the composite fell by 5 or more", () => {
    // Only possible across settings changes: thresholds moved between runs.
    expect(trajectoryOf(2, pt("Scale", 60), pt("Focus", 55))).toBe("Regressing");
  });

  it("is Accelerating when tierLast is above tierFirst, or last − first ≥ +5, +5 exactly included", () => {
    expect(trajectoryOf(2, pt("Scale", 49), pt("Focus", 50))).toBe("Accelerating");
    expect(trajectoryOf(2, pt("Focus", 55), pt("Focus", 60))).toBe("Accelerating");
  });

  it("compares composite differences rounded to 6 decimals, so floating-point noise does not move a partner across ±5", () => {
    // 64.1 − 59.1 is 4.999999999999993 in floating point.
    expect(64.1 - 59.1).toBeLessThan(5);
    expect(trajectoryOf(2, pt("Focus", 59.1), pt("Focus", 64.1))).toBe("Accelerating");
    expect(trajectoryOf(2, pt("Focus", 64.1), pt("Focus", 59.1))).toBe("Regressing");
    expect(trajectoryOf(2, pt("Focus", 60), pt("Focus", 64.9999994))).toBe("Steady");
    expect(trajectoryOf(2, pt("Focus", 60), pt("Focus", 64.9999995))).toBe("Accelerating");
  });

  it("is Stalled with three points or more and no trend, Steady with two", () => {
    expect(trajectoryOf(3, pt("Focus", 60), pt("Focus", 61))).toBe("Stalled");
    expect(trajectoryOf(2, pt("Focus", 60), pt("Focus", 61))).toBe("Steady");
  });
});

describe("signalOf (SPEC §2.12: deepen, keep, review exit)", () => {
  it("is Deepen when Accelerating and Strategic", () => {
    expect(signalOf("Accelerating", "Strategic", false)).toBe("Deepen");
  });

  it("is Deepen when Accelerating and the only provider of some required capability, whatever the tier", () => {
    expect(signalOf("Accelerating", "Scale", true)).toBe("Deepen");
    expect(signalOf("Accelerating", "Focus", false)).toBe("Keep");
  });

  it("is Review exit when Regressing, Scale, and the only provider of no required capability", () => {
    expect(signalOf("Regressing", "Scale", false)).toBe("Review exit");
    expect(signalOf("Regressing", "Scale", true)).toBe("Keep");
    expect(signalOf("Regressing", "Focus", false)).toBe("Keep");
  });

  it("is Keep otherwise", () => {
    for (const t of ["New", "Stalled", "Steady"] as const) expect(signalOf(t, "Strategic", true)).toBe("Keep");
  });

  it("reads sole providers by name, case-insensitively, and counts the signals", () => {
    const r = trace(
      [now("Acme", "Scale", 40, 1), now("Bolt", "Scale", 30, 2)],
      [h("2026-01-01", "Acme", "Scale", 30), h("2026-01-01", "Bolt", "Scale", 40)],
      { soleProviders: ["ACME"] },
    );
    expect(r.partners.map((p) => [p.partner, p.trajectory, p.signal])).toEqual([
      ["Acme", "Accelerating", "Deepen"],
      ["Bolt", "Regressing", "Review exit"],
    ]);
    expect(r.totals).toMatchObject({ deepen: 1, reviewExit: 1, keep: 0, accelerating: 1, regressing: 1 });
  });
});
