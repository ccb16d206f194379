/** createRequestContext / createExcelNamespace: what tests and browser pages use in place of Excel. */
import { FakeRequestContext } from "./context";
import { ExcelEnums } from "./enums";
import type { FakeWorkbook } from "./workbook";

/** A request context over `wb`, typed as the real one so code under test compiles unchanged. */
export function createRequestContext(
  wb: FakeWorkbook,
  options: { delayForCellEdit?: boolean } = {},
): Excel.RequestContext {
  return new FakeRequestContext(wb, options) as unknown as Excel.RequestContext;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** An object usable as the global `Excel`: run(), RequestContext and the enums our code uses. */
export function createExcelNamespace(wb: FakeWorkbook) {
  function run<T>(batch: Batch<T>): Promise<T>;
  function run<T>(objects: unknown, batch: Batch<T>): Promise<T>;
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
    // Excel.run(options, batch): RunOptions.delayForCellEdit (ExcelApi 1.11).
    const options =
      args.length > 1 && typeof args[0] === "object" && args[0] !== null
        ? (args[0] as { delayForCellEdit?: boolean })
        : {};
    const context = createRequestContext(wb, { delayForCellEdit: options.delayForCellEdit === true });
    const result = await batch(context);
    await context.sync();
    return result;
  }
  return {
    run,
    RequestContext: class {
      constructor() {
        return createRequestContext(wb);
      }
    },
    ...ExcelEnums,
  };
}
