/**
 * The writer at the edges, with Office.js's own serializer as the judge (real-office.ts): every
 * request at most 5,000,000 bytes as Office.js puts it on the wire, and the in-memory Excel's
 * count within REQUEST_SIZE_TOLERANCE of it. Figures are printed for docs/PERFORMANCE.md.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS, type RawCell, type WorkbookInput } from "../../../src/engine/model";
import { storedSettingsText } from "../../../src/engine/settings";
import { createOfficeGateway } from "../../../src/excel/office-gateway";
import { buildReport } from "../../../src/report";
import { HISTORY_KEPT_ON_TRIM } from "../../../src/report/history-sheet";
import { buildResponsibilityTemplate } from "../../../src/report/responsibility-template";
import { syntheticWorkbook } from "../../../src/sample/synthetic";
import { FakeWorkbook } from "../fake-excel";
import { REQUEST_SIZE_TOLERANCE } from "../fake-excel/request-size";
import { realExcel, type RealOffice, WEB_REQUEST_LIMIT_BYTES } from "./real-office";

const SETTINGS = storedSettingsText(DEFAULT_SETTINGS);

function specsFor(input: WorkbookInput, runAt = "2026-11-22T10:00:00.000Z") {
  return buildReport(analyzeWorkbook(input, DEFAULT_SETTINGS, { runAt }), { saveSnapshot: true });
}

/** Every request within the web limit, and the fake's count agreeing with Office.js's. */
function expectWithinLimits(wb: FakeWorkbook, real: RealOffice, label: string): void {
  const fake = wb.stats.requests;
  expect(fake).toHaveLength(real.requests.length);
  const off = real.requests
    .map((r, i) => ({ i, real: r.bytes, fake: fake[i] ?? 0 }))
    .filter((x) => Math.abs(x.fake - x.real) > REQUEST_SIZE_TOLERANCE * x.real);
  expect(off).toEqual([]);
  expect(real.maxBytes).toBeLessThanOrEqual(WEB_REQUEST_LIMIT_BYTES);
  process.stdout.write(
    `${label}: ${real.requests.length} requests, largest ${real.maxBytes} bytes (fake ${wb.stats.maxRequestBytes})\n`,
  );
}

describe("Excel writer at the edges, measured by Office.js's serializer", () => {
  it("writes the responsibility template for 16,380 partners in requests of at most 5,000,000 bytes", async () => {
    const wb = new FakeWorkbook().addSheet("Partners");
    const real = realExcel(wb);
    // Names of many lengths, as real ones are (each column's width must not cost a write).
    const names = Array.from({ length: 16_380 }, (_, i) => `${"Partner ".repeat(1 + (i % 5))}${i + 1}`);
    await createOfficeGateway(real, () => true).insertUserSheet(buildResponsibilityTemplate(names));
    expect(wb.snapshot("Responsibilities").tables[0]?.name).toBe("Responsibilities");
    expectWithinLimits(wb, real, "template 16,380 partners");
  }, 180_000);

  it("writes a full analysis with a 7,000-party RACI matrix in requests of at most 5,000,000 bytes", async () => {
    const wb = new FakeWorkbook();
    const real = realExcel(wb);
    await createOfficeGateway(real, () => true).writeReport(
      specsFor(syntheticWorkbook({ partners: 7_000, capabilities: 60, parties: 7_000 })),
      SETTINGS,
    );
    expect(wb.getSheetNames().map((s) => s.name)).toContain("Responsibilities");
    expectWithinLimits(wb, real, "analysis with 7,000-party RACI");
  }, 180_000);

  it("writes CJK and emoji partner names for 20,000 partners in requests of at most 5,000,000 bytes (budgets count UTF-8 bytes)", async () => {
    const input = syntheticWorkbook({ partners: 20_000, capabilities: 60 });
    input.partners?.rows.forEach((row, i) => {
      row[0] = `合作伙伴株式会社テクノロジー🚀🌏 パートナー企業 ${i + 1} 有限公司 🤝✨` as RawCell;
    });
    const wb = new FakeWorkbook();
    const real = realExcel(wb);
    await createOfficeGateway(real, () => true).writeReport(specsFor(input), SETTINGS);
    expect(wb.cell("Tiering", "B2").value).toMatch(/合作伙伴.*🤝✨$/);
    expectWithinLimits(wb, real, "analysis with CJK/emoji names, 20,000 partners");
  }, 240_000);
});

describe("Tier History", () => {
  /** A Tier History table of `snapshots` runs of `partners` partners, oldest first. */
  function history(snapshots: number, partners: number) {
    const rows: RawCell[][] = [];
    for (let s = 0; s < snapshots; s++) {
      const takenAt = new Date(Date.UTC(2020, 0, 1 + s)).toISOString();
      for (let p = 0; p < partners; p++)
        rows.push([takenAt, `Partner ${String(p + 1).padStart(6, "0")}`, "Focus", p + 1, 3]);
    }
    return {
      source: "Tier History",
      sheet: "Tier History",
      headerRow: 1,
      firstColumn: 1,
      header: ["Taken at", "Partner", "Tier", "Rank", "Composite"],
      rows,
    };
  }

  it("keeps the newest snapshots within the cap when 150 earlier snapshots are read", async () => {
    const input = { ...syntheticWorkbook({ partners: 200, capabilities: 20 }), history: history(150, 200) };
    const wb = new FakeWorkbook();
    const real = realExcel(wb);
    await createOfficeGateway(real, () => true).writeReport(specsFor(input), SETTINGS);
    const cells = wb.snapshot("Tier History").cells;
    const takenAt = new Set(
      Object.entries(cells)
        .filter(([a]) => /^A\d+$/.test(a) && a !== "A1")
        .map(([, c]) => c.value),
    );
    // The newest earlier snapshots (Evolution reads four) and this run; nothing older.
    expect(takenAt.size).toBe(HISTORY_KEPT_ON_TRIM + 1);
    expect(takenAt).toContain(new Date(Date.UTC(2020, 0, 150)).toISOString());
    expect(takenAt).toContain("2026-11-22T10:00:00.000Z");
    expect(takenAt).not.toContain(new Date(Date.UTC(2020, 0, 1)).toISOString());
    expectWithinLimits(wb, real, "Tier History from 150 snapshots");
  }, 120_000);

  it("appends only the new snapshot to Tier History: earlier rows are neither re-sent nor rewritten", async () => {
    const base = syntheticWorkbook({ partners: 2_000, capabilities: 20 });
    const wb = new FakeWorkbook();
    const gateway = createOfficeGateway(realExcel(wb), () => true);
    const first = specsFor({ ...base, history: history(3, 2_000) }, "2026-11-01T10:00:00.000Z");
    await gateway.writeReport(first, SETTINGS);
    // A mark on an earlier row survives only if that row is not rewritten.
    wb.setCells("Tier History", "E2", [[42]]);
    const historyRows = first.find((s) => s.key === "history")!.blocks[0]!.values.slice(1);
    const asRead = {
      ...history(0, 0),
      rows: historyRows.map((r, i) => (i === 0 ? [r[0], r[1], r[2], r[3], 42] : r) as RawCell[]),
    };
    const real = realExcel(wb, { keepBodies: true });
    wb.resetStats();
    await createOfficeGateway(real, () => true).writeReport(
      specsFor({ ...base, history: asRead }, "2026-11-22T10:00:00.000Z"),
      SETTINGS,
    );
    expect(wb.cell("Tier History", "E2").value).toBe(42);
    const rows = Object.keys(wb.snapshot("Tier History").cells).filter((a) => /^A\d+$/.test(a)).length;
    expect(rows).toBe(1 + 5 * 2_000);
    // No request carries an earlier snapshot: the oldest's time stamp is sent nowhere.
    expect(real.requests.filter((r) => r.body?.includes("2020-01-01T00:00:00.000Z"))).toHaveLength(0);
    expect(real.requests.some((r) => r.body?.includes("2026-11-22T10:00:00.000Z"))).toBe(true);
  }, 120_000);
});
