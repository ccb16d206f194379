import type { ColumnDef } from "../../engine/ingest/headers";
import { CAPABILITY_COLUMNS } from "../../engine/ingest/capabilities";
import { EXPECTATION_COLUMNS } from "../../engine/ingest/expectations";
import { MATURITY_COLUMNS } from "../../engine/ingest/maturity";
import { CANDIDATE_COLUMNS, PARTNER_COLUMNS } from "../../engine/ingest/partner-columns";
import type { InputName } from "../../engine/model";
import { LONG_COLUMNS } from "../../engine/responsibility/columns";

/**
 * The columns each input is read with, for the mapping drop-downs. Responsibilities list the
 * long form's columns: a wide matrix uses Activity and Dimension, and every other column is a party.
 */
export const INPUT_COLUMNS: Record<InputName, readonly ColumnDef[]> = {
  partners: PARTNER_COLUMNS,
  capabilities: CAPABILITY_COLUMNS,
  candidates: CANDIDATE_COLUMNS,
  responsibilities: LONG_COLUMNS,
  maturity: MATURITY_COLUMNS,
  expectations: EXPECTATION_COLUMNS,
};
