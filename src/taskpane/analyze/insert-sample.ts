import type { InputName } from "../../engine/model";
import type { WorkbookGateway, WorkbookSources } from "../../excel/gateway";

/**
 * Inserts the bundled sample's input sheets that the workbook lacks, as sheets the user owns.
 * An input the workbook already has (or a table name already taken) is left alone, so the
 * user's data is never overwritten. Returns the inputs inserted and the Partners sheet's name.
 */
export async function insertSample(
  gateway: WorkbookGateway,
  sources: WorkbookSources,
): Promise<{ inputs: InputName[]; partnersSheet: string | null }> {
  // Loaded on demand: the sample and its sheet builder are not needed to start the pane.
  const [{ sampleSheets }, { samplePortfolio }] = await Promise.all([
    import("../../report/sample-sheets"),
    import("../../sample/sample-data"),
  ]);
  const taken = new Set(sources.catalog.tables.map((t) => t.name.toLowerCase()));
  const inputs: InputName[] = [];
  let partnersSheet: string | null = null;
  for (const { input, spec } of sampleSheets(samplePortfolio())) {
    if (sources.found[input] || spec.tables.some((t) => taken.has(t.name.toLowerCase()))) continue;
    const { name } = await gateway.insertUserSheet(spec);
    inputs.push(input);
    if (input === "partners") partnersSheet = name;
  }
  return { inputs, partnersSheet };
}
