/**
 * The bundled sample portfolio: a fictional software company's partner register. Pure data,
 * shared by `npm run sample` (which writes assets/sample-partners.xlsx) and by the task pane,
 * which offers to insert these tables into a workbook that has none.
 *
 * Deliberately imperfect, as real registers are: one partner lacks a Momentum score, one
 * Investment reads "TBD", one role is non-standard — the Issues sheet shows each.
 *
 * It also holds what each tier is expected to deliver (Expectations) and three earlier runs of
 * the add-in (the Tier History table PED_History), in which some partners accelerate, some
 * stall and some regress, so that the Radar and Evolution sheets have a story to tell.
 */

import { seededRandom } from "./synthetic";

export type SampleCell = string | number | null;

export interface SamplePortfolio {
  partnerHeaders: string[];
  partners: SampleCell[][];
  capabilityHeaders: string[];
  capabilities: SampleCell[][];
  candidateHeaders: string[];
  candidates: SampleCell[][];
  raciHeaders: string[];
  raci: SampleCell[][];
  maturity: SampleCell[][];
  expectationHeaders: string[];
  expectations: SampleCell[][];
  historyHeaders: string[];
  /** Taken at, Partner, Tier, Rank, Composite: three snapshots before the sample's date. */
  history: SampleCell[][];
}

/** The three earlier runs of the sample's Tier History, oldest first (before 2026-12-01). */
export const SAMPLE_SNAPSHOTS = ["2026-03-02T09:00:00Z", "2026-06-01T09:00:00Z", "2026-09-01T09:00:00Z"] as const;

/**
 * How a partner's composite moved over the three earlier runs: points added to today's
 * composite, oldest first. Partners not named here stall (small moves within their tier).
 */
const TRAJECTORIES: Record<string, readonly [number | null, number | null, number | null]> = {
  // Accelerating: a Strategic partner (deepen), a Focus one that climbed from Scale.
  "Quartz AI": [-18.4, -13.4, -6.7],
  "Nimbus Cloud Hosting": [-10, -6.7, -3.4],
  "Driftwood Digital": [-21.7, -13.4, -6.7],
  "Granite Commerce": [-11.7, -8.4, -3.4],
  // Regressing: Scale partners that were Focus (review exit), and a Focus one slipping.
  "Falcon Resellers": [13.3, 8.3, 5],
  "Mosaic App Exchange": [16.7, 10, 6.7],
  "Kestrel Channel Partners": [10, 6.6, 3.3],
  "Delta Data Migration": [13.3, 10, 6.7],
  // Joined recently: only in the latest run, or not yet in any.
  "Yarrow Systems": [null, null, 0],
  "Cobalt Identity": [null, null, 1.7],
  "Tailspin Integrations": [null, null, null],
};

type Kind = "Technology" | "Services" | "Reseller" | "Alliance" | "MSP" | "Marketplace";

const KINDS: Record<Kind, { layer: string; roles: string[]; stages: string[] }> = {
  Technology: {
    layer: "Solution",
    roles: ["Integrate", "Co-market", "Co-sell"],
    stages: ["Consideration", "Adoption", "Expansion"],
  },
  Services: {
    layer: "Solution",
    roles: ["Implement", "Co-sell", "Influence"],
    stages: ["Purchase", "Onboarding", "Adoption"],
  },
  Reseller: {
    layer: "Market",
    roles: ["Co-sell", "Co-market"],
    stages: ["Awareness", "Consideration", "Purchase", "Renewal"],
  },
  Alliance: {
    layer: "Core",
    roles: ["Co-sell", "Co-market", "Influence"],
    stages: ["Awareness", "Consideration", "Expansion"],
  },
  MSP: {
    layer: "Solution",
    roles: ["Implement", "Co-sell"],
    stages: ["Onboarding", "Adoption", "Renewal", "Expansion"],
  },
  Marketplace: {
    layer: "Market",
    roles: ["Co-market", "Influence"],
    stages: ["Awareness", "Consideration", "Purchase"],
  },
};

/** Typical standing of each kind of partner in this company's portfolio (0–5). */
const STRENGTH: Record<Kind, number> = {
  Alliance: 4.1,
  Technology: 3.1,
  Services: 2.6,
  MSP: 2.2,
  Reseller: 1.8,
  Marketplace: 1.7,
};

/** [name, type, capabilities, segments, regions, owner] — scores and money are generated. */
const PARTNERS: [string, Kind, string, string, string, string][] = [
  ["Nimbus Cloud Hosting", "Alliance", "Cloud Hosting; Security & Compliance; Identity & SSO", "", "", "Priya Raman"],
  [
    "Helix Identity",
    "Technology",
    "Identity & SSO; Security & Compliance",
    "Enterprise; Mid-Market",
    "",
    "Priya Raman",
  ],
  [
    "Bluefin Payments",
    "Technology",
    "Payments; E-commerce Storefront",
    "Mid-Market; SMB",
    "North America; EMEA",
    "Marco Silva",
  ],
  ["Zephyr Payments", "Technology", "Payments", "Enterprise", "EMEA; APAC", "Marco Silva"],
  [
    "Contoso Consulting",
    "Services",
    "Implementation Services; Data Migration; CRM Integration",
    "Enterprise",
    "North America; EMEA",
    "Dana Whitfield",
  ],
  [
    "Redwood Implementation Group",
    "Services",
    "Implementation Services; Data Migration",
    "Enterprise; Public Sector",
    "North America",
    "Dana Whitfield",
  ],
  [
    "Northstar Implementation",
    "Services",
    "Implementation Services; Training & Enablement",
    "Mid-Market",
    "North America; LATAM",
    "Dana Whitfield",
  ],
  [
    "Jasper Consulting",
    "Services",
    "Implementation Services; Analytics & BI",
    "Enterprise; Mid-Market",
    "EMEA",
    "Lena Hoffmann",
  ],
  [
    "Harbor Light Consulting",
    "Services",
    "Implementation Services; CRM Integration; Marketing Automation",
    "Mid-Market",
    "EMEA",
    "Lena Hoffmann",
  ],
  [
    "Fjord Analytics",
    "Technology",
    "Analytics & BI; AI Assistants",
    "Enterprise; Mid-Market",
    "EMEA; North America",
    "Lena Hoffmann",
  ],
  ["Vantage BI", "Technology", "Analytics & BI", "Enterprise; Mid-Market", "EMEA; North America", "Lena Hoffmann"],
  ["Ember Analytics", "Technology", "Analytics & BI; Data Migration", "SMB", "North America", "Aiko Tanaka"],
  ["Quartz AI", "Technology", "AI Assistants; Customer Support Outsourcing", "Enterprise", "", "Aiko Tanaka"],
  [
    "Litware Security",
    "Technology",
    "Security & Compliance",
    "Enterprise; Public Sector",
    "North America; EMEA",
    "Priya Raman",
  ],
  ["Onyx Security", "Technology", "Security & Compliance; Identity & SSO", "Mid-Market; SMB", "APAC", "Aiko Tanaka"],
  [
    "Granite Commerce",
    "Technology",
    "E-commerce Storefront; Payments",
    "SMB; Mid-Market",
    "North America",
    "Marco Silva",
  ],
  ["Aster Commerce", "Technology", "E-commerce Storefront", "SMB", "EMEA; APAC", "Marco Silva"],
  [
    "Tailspin Integrations",
    "Technology",
    "CRM Integration; ERP Integration",
    "Enterprise; Mid-Market",
    "",
    "Sam Okafor",
  ],
  ["Lattice Integrations", "Technology", "ERP Integration; Data Migration", "Enterprise", "EMEA; APAC", "Sam Okafor"],
  [
    "Xenon Integrations",
    "Technology",
    "CRM Integration; Marketing Automation",
    "Mid-Market",
    "North America; EMEA",
    "Sam Okafor",
  ],
  [
    "Willow Marketing Co",
    "Services",
    "Marketing Automation; Training & Enablement",
    "SMB; Mid-Market",
    "North America",
    "Grace Liu",
  ],
  ["Indigo Digital Agency", "Services", "Marketing Automation; E-commerce Storefront", "SMB", "EMEA", "Grace Liu"],
  [
    "Evergreen MSP",
    "MSP",
    "Managed Services; Cloud Hosting; Customer Support Outsourcing",
    "SMB; Mid-Market",
    "North America",
    "Sam Okafor",
  ],
  ["Cedar MSP", "MSP", "Managed Services; Security & Compliance", "Mid-Market", "EMEA", "Sam Okafor"],
  ["Glacier Cloud Operations", "MSP", "Managed Services; Cloud Hosting", "Enterprise", "APAC", "Aiko Tanaka"],
  [
    "Umbra Support",
    "MSP",
    "Customer Support Outsourcing; Managed Services",
    "SMB; Mid-Market",
    "LATAM; North America",
    "Grace Liu",
  ],
  ["Pinnacle Resellers", "Reseller", "Implementation Services", "SMB; Mid-Market", "North America", "Marco Silva"],
  ["Falcon Resellers", "Reseller", "", "SMB", "EMEA", "Marco Silva"],
  ["Southwind Distribution", "Reseller", "Localization", "SMB; Mid-Market", "LATAM", "Grace Liu"],
  [
    "Kestrel Channel Partners",
    "Reseller",
    "Implementation Services; Training & Enablement",
    "Mid-Market",
    "APAC",
    "Aiko Tanaka",
  ],
  ["Meridian Marketplace", "Marketplace", "E-commerce Storefront", "", "", "Grace Liu"],
  ["Mosaic App Exchange", "Marketplace", "", "SMB; Mid-Market", "", "Grace Liu"],
  [
    "Summit Partners Alliance",
    "Alliance",
    "CRM Integration; Analytics & BI; AI Assistants",
    "Enterprise",
    "",
    "Priya Raman",
  ],
  [
    "Keystone Global Alliance",
    "Alliance",
    "ERP Integration; Implementation Services",
    "Enterprise; Public Sector",
    "",
    "Priya Raman",
  ],
  [
    "Orchard Health Solutions",
    "Technology",
    "Industry Solutions: Healthcare; Security & Compliance",
    "Enterprise; Public Sector",
    "North America",
    "Dana Whitfield",
  ],
  [
    "Lumen Field Services",
    "Technology",
    "Field Service; Managed Services",
    "Mid-Market; Enterprise",
    "North America; EMEA",
    "Dana Whitfield",
  ],
  ["Ridge Field Services", "Services", "Field Service; Implementation Services", "Mid-Market", "APAC", "Aiko Tanaka"],
  [
    "Tidewater Localization",
    "Services",
    "Localization; Training & Enablement",
    "",
    "EMEA; APAC; LATAM",
    "Lena Hoffmann",
  ],
  ["Prism Training", "Services", "Training & Enablement", "SMB; Mid-Market", "North America; EMEA", "Grace Liu"],
  ["Juniper Learning", "Services", "Training & Enablement", "Enterprise", "APAC", "Aiko Tanaka"],
  ["Delta Data Migration", "Services", "Data Migration", "Mid-Market; Enterprise", "North America", "Sam Okafor"],
  ["Alpine Data Works", "Technology", "Data Migration; Analytics & BI", "Enterprise", "EMEA", "Lena Hoffmann"],
  [
    "Beacon Services",
    "Services",
    "Implementation Services; Customer Support Outsourcing",
    "Public Sector",
    "North America; EMEA",
    "Dana Whitfield",
  ],
  ["Driftwood Digital", "Services", "Marketing Automation", "SMB", "LATAM", "Grace Liu"],
  ["Quill Support", "MSP", "Customer Support Outsourcing", "SMB", "EMEA", "Grace Liu"],
  ["Yarrow Systems", "Technology", "ERP Integration", "Mid-Market", "North America", "Sam Okafor"],
  ["Cobalt Identity", "Technology", "Identity & SSO", "SMB; Mid-Market", "North America; EMEA", "Priya Raman"],
  [
    "Wide World Integrators",
    "Services",
    "CRM Integration; ERP Integration; Implementation Services",
    "Enterprise",
    "APAC; EMEA",
    "Sam Okafor",
  ],
];

export function samplePortfolio(): SamplePortfolio {
  const rand = seededRandom(20261122);
  const score = (base: number) => Math.round(Math.min(5, Math.max(0.5, base + (rand() - 0.5) * 3)) * 2) / 2;
  const money = (scale: number) => Math.round((scale * (0.4 + rand() * 1.6)) / 1000) * 1000;

  const partners: SampleCell[][] = PARTNERS.map(([name, kind, caps, segs, regions, owner], i) => {
    const k = KINDS[kind];
    const strength = STRENGTH[kind];
    const fit = score(strength);
    const impact = score(strength - 0.2);
    const investment = money(kind === "Alliance" ? 400_000 : kind === "Reseller" ? 60_000 : 140_000);
    const revenue = Math.round((investment * (0.5 + impact * 0.9 + rand() * 2)) / 1000) * 1000;
    const pipeline = Math.round((revenue * (1 + rand() * 2.5)) / 1000) * 1000;
    return [
      name,
      kind,
      k.layer,
      k.roles.join(", "),
      caps,
      segs,
      regions,
      k.stages.join(", "),
      fit,
      impact,
      score(strength - 0.4 + (i % 5) * 0.2),
      pipeline,
      revenue,
      investment,
      owner,
    ];
  });
  // Real registers have gaps: a partner not yet assessed for momentum, an unknown budget, a home-grown role.
  setCell(partners, "Umbra Support", 10, null);
  setCell(partners, "Southwind Distribution", 13, "TBD");
  setCell(partners, "Pinnacle Resellers", 3, "Co-sell, Referral");

  return {
    expectationHeaders: ["Tier", "Min Pipeline", "Min Revenue", "Max Investment"],
    expectations: [
      ["Strategic", 1_500_000, 700_000, 500_000],
      ["Focus", 750_000, 300_000, 250_000],
      ["Scale", null, 100_000, 150_000],
    ],
    historyHeaders: ["Taken at", "Partner", "Tier", "Rank", "Composite"],
    history: sampleHistory(partners),
    partnerHeaders: [
      "Partner Name",
      "Type",
      "Layer",
      "Roles",
      "Capabilities",
      "Segments",
      "Regions",
      "Lifecycle",
      "Strategic Fit",
      "Impact",
      "Momentum",
      "Pipeline",
      "Revenue",
      "Investment",
      "Owner",
    ],
    partners,
    capabilityHeaders: ["Capability", "Priority", "Min", "Max", "Segments", "Regions", "Centrality", "Urgency"],
    capabilities: [
      ["CRM Integration", 5, 1, 3, "", "", "Core", "Now"],
      ["ERP Integration", 4, 1, 3, "Enterprise", "", "Core", "Next"],
      ["Identity & SSO", 5, 1, 2, "", "", "Core", "Now"],
      ["Payments", 4, 1, 2, "", "North America; EMEA", "Adjacent", "Now"],
      ["Implementation Services", 5, 2, 4, "Enterprise; Mid-Market", "North America; EMEA; APAC", "Adjacent", "Now"],
      ["Data Migration", 3, 1, 3, "Enterprise", "", "Adjacent", "Next"],
      ["Analytics & BI", 3, 1, 2, "", "", "Adjacent", "Next"],
      ["Security & Compliance", 5, 1, 3, "Enterprise; Public Sector", "", "Core", "Now"],
      ["Managed Services", 3, 1, 3, "SMB; Mid-Market", "", "Context", "Next"],
      ["Training & Enablement", 2, 1, 3, "", "", "Context", "Later"],
      ["Localization", 2, 1, 2, "", "APAC; LATAM", "Context", "Next"],
      ["Data Residency (EU)", 4, 1, 2, "Enterprise; Public Sector", "EMEA", "Core", "Now"],
      ["Public Sector Compliance", 4, 1, 2, "Public Sector", "", "Adjacent", "Now"],
      ["Industry Solutions: Manufacturing", 3, 1, 2, "Enterprise; Mid-Market", "", "Adjacent", "Next"],
      ["Field Service", 2, 1, 2, "Mid-Market", "", "Context", "Later"],
      ["AI Assistants", 4, 1, 2, "Enterprise", "", "Adjacent", "Next"],
    ],
    candidateHeaders: [
      "Candidate",
      "Type",
      "Layer",
      "Roles",
      "Capabilities",
      "Segments",
      "Regions",
      "Fit",
      "Impact",
      "Momentum",
      "Investment",
    ],
    candidates: [
      [
        "Sovereign Cloud GmbH",
        "Technology",
        "Core",
        "Integrate, Co-sell",
        "Data Residency (EU); Cloud Hosting",
        "Enterprise; Public Sector",
        "EMEA",
        4.5,
        3.5,
        4,
        180000,
      ],
      [
        "Civic Systems",
        "Services",
        "Solution",
        "Implement, Co-sell",
        "Public Sector Compliance; Implementation Services",
        "Public Sector",
        "North America",
        4,
        3,
        3.5,
        120000,
      ],
      [
        "ForgeWorks Manufacturing Cloud",
        "Technology",
        "Solution",
        "Integrate, Co-market",
        "Industry Solutions: Manufacturing; ERP Integration",
        "Enterprise; Mid-Market",
        "",
        3.5,
        4,
        3,
        150000,
      ],
      [
        "Atlas Field Tech",
        "Technology",
        "Solution",
        "Integrate",
        "Field Service",
        "Mid-Market",
        "North America; EMEA",
        2.5,
        2.5,
        3,
        60000,
      ],
      [
        "Polyglot Partners",
        "Services",
        "Solution",
        "Implement",
        "Localization",
        "",
        "APAC; LATAM",
        3.5,
        2.5,
        3.5,
        45000,
      ],
      [
        "Bright Path Consulting",
        "Services",
        "Solution",
        "Implement, Influence",
        "Implementation Services; Training & Enablement",
        "Mid-Market",
        "APAC",
        2,
        2.5,
        2,
        50000,
      ],
      [
        "Euro Identity Services",
        "Technology",
        "Core",
        "Integrate, Co-sell",
        "Identity & SSO; Data Residency (EU)",
        "Enterprise",
        "EMEA",
        3,
        3,
        3,
        90000,
      ],
      [
        "Gov Secure",
        "Technology",
        "Solution",
        "Co-sell",
        "Public Sector Compliance; Security & Compliance",
        "Public Sector",
        "",
        null,
        3.5,
        3,
        110000,
      ],
    ],
    raciHeaders: [
      "Activity",
      "Dimension",
      "Us",
      "Contoso Consulting",
      "Nimbus Cloud Hosting",
      "Summit Partners Alliance",
      "Redwood Implementation Group",
      "Evergreen MSP",
      "Fjord Analytics",
    ],
    raci: [
      ["Pre-sales technical consultation", "Delivery", "A", "R", "C", "R", "", "", "I"],
      ["Implementation", "Delivery", "A", "R", "", "", "R", "", ""],
      ["Ongoing support", "Delivery", "", "C", "I", "", "", "A/R", ""],
      ["Renewals", "Delivery", "A/R", "I", "", "C", "", "C", ""],
      ["Feature development", "Capability", "A/R", "", "C", "C", "", "", "C"],
      ["Integration maintenance", "Capability", "A", "", "R", "", "", "", "A"],
      ["Partnership management and QBRs", "Relationship", "A/R", "C", "C", "C", "C", "C", "C"],
      ["Roadmap change approval", "Decision", "A", "I", "C", "C", "", "", "I"],
      ["Marketing material approval", "Decision", "A", "", "", "R", "", "", "R"],
      ["Engaging extra resources on escalation", "Decision", "R", "R", "", "", "", "R", ""],
    ],
    maturity: [
      ["Strategy", 3.5, 4.5],
      ["People", 2.5, 4],
      ["Process", 3, 4],
      ["Technology", 2, 4],
      ["Customer", 3, 4.5],
      ["Results", 2.5, 4],
    ],
  };
}

/**
 * Three earlier snapshots, as the add-in writes them: per partner its tier, rank and composite.
 * Today's composite (equal weights, 0–5 scale) moved by the partner's trajectory; stalling
 * partners wobble by 1.7 points without leaving their tier. Tiers use the default thresholds.
 */
function sampleHistory(partners: SampleCell[][]): SampleCell[][] {
  const tierOf = (c: number) => (c >= 75 ? "Strategic" : c >= 50 ? "Focus" : "Scale");
  const rows: SampleCell[][] = [];
  SAMPLE_SNAPSHOTS.forEach((takenAt, s) => {
    const snapshot: { partner: string; composite: number | null }[] = [];
    for (const p of partners) {
      const name = String(p[0]);
      const scores = [p[8], p[9], p[10]];
      if (scores.some((v) => typeof v !== "number")) {
        snapshot.push({ partner: name, composite: null });
        continue;
      }
      const today = ((scores as number[]).reduce((a, b) => a + b, 0) / 3) * 20;
      const moves = TRAJECTORIES[name];
      const move = moves ? moves[s] : stall(today, s);
      if (move === null || move === undefined) continue;
      snapshot.push({ partner: name, composite: Math.round((today + move) * 10) / 10 });
    }
    const ranked = snapshot
      .filter((x) => x.composite !== null)
      .sort((a, b) => (b.composite ?? 0) - (a.composite ?? 0) || (a.partner < b.partner ? -1 : 1));
    ranked.forEach((x, i) => rows.push([takenAt, x.partner, tierOf(x.composite ?? 0), i + 1, x.composite]));
    for (const x of snapshot) if (x.composite === null) rows.push([takenAt, x.partner, "Unscored", null, null]);
  });
  return rows;
}

/** A stalling partner's move in snapshot s: ±1.7 points, kept inside today's tier. */
function stall(today: number, s: number): number {
  const wobble = [1.7, -1.7, 1.7][s] ?? 0;
  const band = today >= 75 ? [75, 101] : today >= 50 ? [50, 75] : [0, 50];
  const moved = today + wobble;
  return moved >= (band[0] ?? 0) && moved < (band[1] ?? 100) ? wobble : -wobble;
}

function setCell(rows: SampleCell[][], name: string, col: number, value: SampleCell): void {
  const row = rows.find((r) => r[0] === name);
  if (row) row[col] = value;
}
