import type { ColumnDef } from "./headers";

export type PartnerField =
  | "name"
  | "type"
  | "layer"
  | "roles"
  | "capabilities"
  | "segments"
  | "regions"
  | "lifecycle"
  | "fit"
  | "impact"
  | "momentum"
  | "pipeline"
  | "revenue"
  | "investment"
  | "owner";

/** Columns shared by Partners and Candidates; only the name column differs. */
const SHARED: readonly ColumnDef<PartnerField>[] = [
  { field: "type", label: "Type", synonyms: ["Partner Type", "Category", "Partner Category", "Kind"] },
  { field: "layer", label: "Layer", synonyms: ["Architecture Layer", "Ecosystem Layer", "Platform Layer"] },
  { field: "roles", label: "Roles", synonyms: ["Role", "Partner Roles", "Partner Role", "Motions", "Motion"] },
  {
    field: "capabilities",
    label: "Capabilities",
    synonyms: ["Capability", "Offerings", "Offering", "Skills", "Competencies", "Solutions", "Services"],
  },
  {
    field: "segments",
    label: "Segments",
    synonyms: ["Segment", "Customer Segment", "Customer Segments", "Verticals", "Vertical", "Industries", "Industry"],
  },
  {
    field: "regions",
    label: "Regions",
    synonyms: ["Region", "Geography", "Geographies", "Geo", "Geos", "Territory", "Territories"],
  },
  {
    field: "lifecycle",
    label: "Lifecycle",
    synonyms: ["Lifecycle Stages", "Lifecycle Stage", "Stages", "Journey", "Journey Stages", "Customer Lifecycle"],
  },
  { field: "fit", label: "Fit", synonyms: ["Strategic Fit", "Fit Score", "Strategic Fit Score"] },
  { field: "impact", label: "Impact", synonyms: ["Impact Score", "Business Impact"] },
  { field: "momentum", label: "Momentum", synonyms: ["Momentum Score", "Growth", "Trajectory"] },
  { field: "pipeline", label: "Pipeline", synonyms: ["Pipeline Value", "Sourced Pipeline", "Open Pipeline"] },
  {
    field: "revenue",
    label: "Revenue",
    synonyms: ["Partner Revenue", "Sourced Revenue", "Influenced Revenue", "Bookings", "ARR"],
  },
  {
    field: "investment",
    label: "Investment",
    synonyms: ["Partner Investment", "Spend", "Budget", "Cost", "Investment Amount", "MDF"],
  },
  {
    field: "owner",
    label: "Owner",
    synonyms: ["Relationship Owner", "Partner Owner", "Partner Manager", "Account Owner", "Manager", "PAM"],
  },
];

export const PARTNER_COLUMNS: readonly ColumnDef<PartnerField>[] = [
  {
    field: "name",
    label: "Partner",
    synonyms: ["Partner Name", "Name", "Company", "Company Name", "Organisation", "Organization", "Vendor", "Account"],
    required: true,
  },
  ...SHARED,
];

export const CANDIDATE_COLUMNS: readonly ColumnDef<PartnerField>[] = [
  {
    field: "name",
    label: "Candidate",
    synonyms: [
      "Candidate Name",
      "Prospect",
      "Prospect Name",
      "Partner",
      "Partner Name",
      "Name",
      "Company",
      "Company Name",
    ],
    required: true,
  },
  ...SHARED,
];

/** The standard partner roles, in display order. */
export const STANDARD_ROLES = ["Co-sell", "Co-market", "Integrate", "Implement", "Influence"] as const;

/** The standard customer-lifecycle stages, in journey order. */
export const LIFECYCLE_STAGES = [
  "Awareness",
  "Consideration",
  "Purchase",
  "Onboarding",
  "Adoption",
  "Renewal",
  "Expansion",
] as const;
