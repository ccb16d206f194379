import { rankCandidates } from "../../../src/engine/candidates";
import { assessCoverage } from "../../../src/engine/coverage";
import type { Partner, RequiredCapability, ScoringScale } from "../../../src/engine/model";
import { partner } from "../fixtures";
import { required } from "../coverage/builders";

const FIVE: ScoringScale = { max: 5, chosen: "auto" };
const gate = (fitGate = 60) => ({ fitGate });
const coverageOf = (caps: RequiredCapability[], partners: Partner[] = []) =>
  assessCoverage({ partners, capabilities: caps });
const cand = (name: string, fit: number | null, fields: Partial<Partner> = {}) => partner({ name, fit, ...fields });

describe("rankCandidates (SPEC §2.6, §2.9)", () => {
  describe("the strategic-fit gate", () => {
    const cov = coverageOf([]);
    it("passes a candidate whose normalised Fit is at the gate", () => {
      expect(rankCandidates([cand("A", 3)], cov, gate(60), FIVE)[0]?.passesFitGate).toBe(true); // 3/5 = 60
    });
    it("fails a candidate below the gate", () => {
      expect(rankCandidates([cand("A", 2.9)], cov, gate(60), FIVE)[0]?.passesFitGate).toBe(false);
    });
    it("applies the 1e-9 tolerance to the gate", () => {
      expect(rankCandidates([cand("A", 3)], cov, gate(60 + 5e-10), FIVE)[0]?.passesFitGate).toBe(true);
    });
    it("normalises Fit on the 0–100 scale too", () => {
      const [r] = rankCandidates([cand("A", 60)], cov, gate(60), { max: 100, chosen: "auto" });
      expect([r?.normalisedFit, r?.passesFitGate]).toEqual([60, true]);
    });
    it("fails a candidate with a missing or invalid Fit", () => {
      expect(rankCandidates([cand("A", null)], cov, gate(0), FIVE)[0]?.passesFitGate).toBe(false);
    });
  });

  describe("value", () => {
    it("sums Priority over the gap cells the candidate would serve", () => {
      const cov = coverageOf([
        required("CRM", { priority: 4, segments: ["SMB", "Public"] }),
        required("ERP", { priority: 2 }),
      ]);
      const [r] = rankCandidates([cand("A", 4, { capabilities: ["CRM", "ERP"] })], cov, gate(), FIVE);
      expect(r?.value).toBe(4 + 4 + 2);
      expect(r?.gapsServed).toEqual(["CRM", "ERP"]);
    });

    it("counts a cell only where the candidate serves its market", () => {
      const cov = coverageOf([required("CRM", { priority: 4, segments: ["SMB", "Public"] })]);
      expect(
        rankCandidates([cand("A", 4, { capabilities: ["CRM"], segments: ["SMB"] })], cov, gate(), FIVE)[0]?.value,
      ).toBe(4);
    });

    it("counts a cell once however far short it is", () => {
      const cov = coverageOf([required("CRM", { priority: 3, min: 5 })]);
      expect(rankCandidates([cand("A", 4, { capabilities: ["CRM"] })], cov, gate(), FIVE)[0]?.value).toBe(3);
    });

    it("ignores cells that are not short and capabilities the candidate does not list", () => {
      const cov = coverageOf([required("CRM"), required("ERP")], [partner({ name: "P", capabilities: ["CRM"] })]);
      const [r] = rankCandidates([cand("A", 4, { capabilities: ["CRM", "BI"] })], cov, gate(), FIVE);
      expect([r?.value, r?.gapsServed]).toEqual([0, []]);
    });
  });

  describe("ranking", () => {
    const cov = coverageOf([required("CRM", { priority: 5 }), required("ERP", { priority: 1 })]);
    const crm = { capabilities: ["CRM"] };
    const erp = { capabilities: ["ERP"] };
    const order = (cands: Partner[]) => rankCandidates(cands, cov, gate(), FIVE).map((r) => `${r.rank}:${r.candidate}`);

    it("puts candidates passing the gate first, by value desc", () => {
      expect(order([cand("Low", 4, erp), cand("High", 4, crm), cand("Weak but valuable", 1, crm)])).toEqual([
        "1:High",
        "2:Low",
        "3:Weak but valuable",
      ]);
    });

    it("breaks value ties by Fit desc, then by name", () => {
      expect(order([cand("c", 4, crm), cand("b", 5, crm), cand("A", 4, crm)])).toEqual(["1:b", "2:A", "3:c"]);
    });

    it("orders failing candidates the same way after the passing ones", () => {
      expect(order([cand("F1", 1, erp), cand("F2", 2, crm), cand("P", 3), cand("F3", 2, erp)])).toEqual([
        "1:P",
        "2:F2",
        "3:F3",
        "4:F1",
      ]);
    });

    it("sorts a candidate without Fit after every failing candidate with a Fit, whatever its value", () => {
      expect(order([cand("No fit", null, crm), cand("Low fit", 1)])).toEqual(["1:Low fit", "2:No fit"]);
    });

    it("ranks 1..n over all candidates", () => {
      expect(
        rankCandidates([cand("a", 1), cand("b", null), cand("c", 5)], cov, gate(), FIVE).map((r) => r.rank),
      ).toEqual([1, 2, 3]);
    });
  });
});
