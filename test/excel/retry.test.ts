import { CannotAnalyzeError } from "../../src/engine/errors";
import { ExcelHostError } from "../../src/excel/errors";
import { withCellEditRetry } from "../../src/excel/retry";

const officeError = (code: string) => Object.assign(new Error(`RichApi ${code}`), { code });
const noWait = { wait: async () => undefined };

describe("withCellEditRetry", () => {
  it("retries while a cell is being edited, then returns the result", async () => {
    let calls = 0;
    const result = await withCellEditRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw officeError("InvalidOperationInCellEditMode");
        return "done";
      },
      "write",
      noWait,
    );
    expect(result).toBe("done");
    expect(calls).toBe(3);
  });

  it("says at the first refusal that a cell is being edited (not after the retries), and when the call ends", async () => {
    const told: boolean[] = [];
    let calls = 0;
    let toldBeforeSecondTry: boolean[] = [];
    await withCellEditRetry(
      async () => {
        calls += 1;
        if (calls === 2) toldBeforeSecondTry = [...told];
        if (calls < 3) throw officeError("InvalidOperationInCellEditMode");
        return "done";
      },
      "read",
      { ...noWait, onCellEdit: (editing) => told.push(editing) },
    );
    expect(toldBeforeSecondTry).toEqual([true]);
    expect(told).toEqual([true, false]);
  });

  it("gives up after the last attempt and says to finish editing the cell", async () => {
    const run = withCellEditRetry(
      async () => Promise.reject(officeError("InvalidOperationInCellEditMode")),
      "write the sheets",
      { ...noWait, attempts: 2 },
    );
    await expect(run).rejects.toBeInstanceOf(ExcelHostError);
    await expect(run).rejects.toThrow(/Could not write the sheets\. Excel is busy: finish editing the cell/);
  });

  it("does not retry other Excel errors, and explains them in words with the code kept", async () => {
    let calls = 0;
    const error = await withCellEditRetry(
      async () => {
        calls += 1;
        throw officeError("AccessDenied");
      },
      "write",
      noWait,
    ).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toMatchObject({ name: "ExcelHostError", code: "AccessDenied" });
  });

  it("lets the add-in's own errors through unchanged", async () => {
    const ours = new CannotAnalyzeError("The Partners table has 100,000 rows");
    await expect(withCellEditRetry(async () => Promise.reject(ours), "read", noWait)).rejects.toBe(ours);
  });
});
