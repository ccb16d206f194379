import { CannotAnalyzeError } from "../../src/engine/errors";
import { ingestWorkbook } from "../../src/engine/ingest";
import { DEFAULT_SETTINGS, type RawTable } from "../../src/engine/model";
import { requestOfCall } from "../../src/taskpane/analysis/columnar";
import { handleRequest } from "../../src/taskpane/analysis/handle-request";
import { HeldDataGoneError, heldAnalysisOf } from "../../src/taskpane/analysis/held";
import { splitLongArrays } from "../../src/taskpane/analysis/parts";
import type { RunPhase, WorkerCall, WorkerReply } from "../../src/taskpane/analysis/protocol";
import { RunCancelledError, threadService } from "../../src/taskpane/analysis/service";
import { type WorkerLike, workerService } from "../../src/taskpane/analysis/worker-client";
import { LoopbackWorker } from "./loopback-worker";

const partners: RawTable = {
  source: "Partners",
  sheet: "Register",
  headerRow: 1,
  firstColumn: 1,
  header: ["Partner", "Fit", "Impact", "Momentum"],
  rows: [
    ["Acme", 5, 4, 4],
    ["Bolt", 1, 1, 1],
  ],
};
const analyze = {
  kind: "analyze" as const,
  input: { partners },
  settings: DEFAULT_SETTINGS,
  runAt: "2026-01-05T09:00:00Z",
  priorIssues: [],
  saveSnapshot: true,
};

describe("the analysis worker protocol", () => {
  it("reports each phase, then the analysis and the sheets to write", async () => {
    const phases: RunPhase[] = [];
    const { analysis, specs } = await workerService(() => new LoopbackWorker()).run(analyze, (p) => phases.push(p));
    expect(phases[0]).toBe("ingest");
    expect(phases.at(-1)).toBe("report");
    expect(analysis.tiering.partners.map((p) => p.tier)).toEqual(["Strategic", "Scale"]);
    expect(specs.map((s) => s.key)).toContain("tiering");
  });

  it("brings a workbook that cannot be analysed back as CannotAnalyzeError", async () => {
    const noName = { ...partners, header: ["Label", "Fit", "Impact", "Momentum"] };
    await expect(
      workerService(() => new LoopbackWorker()).run({ ...analyze, input: { partners: noName } }),
    ).rejects.toBeInstanceOf(CannotAnalyzeError);
  });

  it("cancel terminates the worker, rejects what was running, and the next request starts a fresh worker", async () => {
    const workers: LoopbackWorker[] = [];
    const service = workerService(() => {
      const w = new LoopbackWorker();
      workers.push(w);
      return w;
    });
    const running = service.run(analyze);
    service.cancel();
    await expect(running).rejects.toBeInstanceOf(RunCancelledError);
    expect(workers[0]?.terminated).toBe(true);
    await expect(service.run(analyze)).resolves.toBeTruthy();
    expect(workers).toHaveLength(2);
  });

  it("fails the requests of a worker that crashes, instead of waiting for ever", async () => {
    const crashing: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => this.onerror?.({ message: "out of memory", preventDefault() {} } as ErrorEvent), 0);
      },
      terminate() {},
    };
    await expect(workerService(() => crashing).run(analyze)).rejects.toThrow(/out of memory/);
  });

  it("sends the input in transferred columns, and puts a heavy result back together from its slices", async () => {
    const big = { ...partners, rows: Array.from({ length: 6000 }, (_, i) => [`Partner ${i}`, 3, 3, 3]) };
    let transferred = 0;
    class SlicingWorker extends LoopbackWorker {
      override postMessage(call: WorkerCall, transfer: Transferable[] = []): void {
        transferred += transfer.length;
        const request = requestOfCall(structuredClone(call));
        setTimeout(() => {
          const send = (reply: WorkerReply) =>
            this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
          const result = handleRequest(request, () => {});
          const { skeleton, parts } = splitLongArrays(result);
          for (const { part, items } of parts) send({ id: call.id, type: "part", part, items });
          send({ id: call.id, type: "done", result: skeleton, packed: "parts" });
        }, 0);
      }
    }
    const request = { ...analyze, input: { partners: big } };
    const result = await workerService(() => new SlicingWorker()).run(request);
    expect(transferred).toBeGreaterThan(0);
    expect(splitLongArrays(handleRequest(request, () => {})).parts.length).toBeGreaterThan(1);
    expect(result).toEqual(handleRequest(request, () => {}));
  });

  it("holds the rows and the analysis under a token, so later requests name it and carry no rows; a restarted worker says it no longer holds them", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [
      `Partner ${i}`,
      1 + (i % 5),
      1 + ((i * 3) % 5),
      1 + ((i * 7) % 5),
    ]);
    const table = { ...partners, rows };
    const workers: LoopbackWorker[] = [];
    const service = workerService(() => {
      const w = new LoopbackWorker();
      workers.push(w);
      return w;
    });
    const { analysis } = await service.run({ ...analyze, input: { partners: table }, keep: "run-1" });
    const draft = { ...DEFAULT_SETTINGS, weights: { ...DEFAULT_SETTINGS.weights, fit: 4 } };
    const simulated = await service.run({
      kind: "simulate",
      input: { held: "run-1" },
      saved: DEFAULT_SETTINGS,
      draft,
      shown: 5,
    });
    const scenario = await service.run({
      kind: "scenario",
      analysis: "run-1",
      change: { remove: ["Partner 7"], add: [] },
    });
    // What the pane asked for comes from the held rows, as it came from the rows sent before.
    const { tierChanges } = await import("../../src/engine/tier-changes");
    const { tierPartners } = await import("../../src/engine/tiering");
    const { runScenario } = await import("../../src/engine/scenario");
    const { portfolio } = ingestWorkbook({ partners: table }, DEFAULT_SETTINGS);
    const all = tierChanges(
      tierPartners(portfolio.partners, DEFAULT_SETTINGS, portfolio.scale).partners,
      tierPartners(portfolio.partners, draft, portfolio.scale).partners,
    );
    expect(all.length).toBeGreaterThan(5);
    expect(simulated.changed).toBe(all.length);
    expect(simulated.changes).toEqual(all.slice(0, 5));
    const held = heldAnalysisOf(analysis);
    expect(scenario).toEqual(
      runScenario(held.portfolio, held.settings, { remove: ["Partner 7"], add: [] }, held.baseline),
    );
    // Only the analysis carried rows (in columns, beside the request); the others only the token.
    for (const r of workers[0]?.received.slice(1) ?? []) expect(JSON.stringify(r).length).toBeLessThan(2_000);

    // Cancel restarts the worker, which holds nothing: the pane is told so, and a scenario can send its analysis again.
    service.cancel();
    const asked = { kind: "simulate" as const, input: { held: "run-1" }, saved: DEFAULT_SETTINGS, draft, shown: 5 };
    await expect(service.run(asked)).rejects.toBeInstanceOf(HeldDataGoneError);
    await expect(
      service.run({ kind: "scenario", analysis: "run-1", change: { remove: ["Partner 7"], add: [] } }),
    ).rejects.toMatchObject({
      name: "HeldDataGoneError",
      token: "run-1",
    });
    await expect(
      service.run({ kind: "scenario", analysis: "run-1", change: { remove: ["Partner 7"], add: [] }, resend: held }),
    ).resolves.toEqual(scenario);
    expect(workers).toHaveLength(2);
  });

  it("rejects, rather than throws, when a worker cannot be started", async () => {
    const service = workerService(() => {
      throw new Error("refused by the content security policy");
    });
    await expect(service.run(analyze)).rejects.toThrow(/content security policy/);
  });
});

describe("the in-thread fallback", () => {
  it("answers like the worker", async () => {
    const { analysis } = await threadService().run(analyze);
    expect(analysis.tiering.partners).toHaveLength(2);
  });

  it("ignores the result of a cancelled request", async () => {
    const service = threadService();
    const running = service.run(analyze);
    service.cancel();
    await expect(running).rejects.toBeInstanceOf(RunCancelledError);
  });

  it("checks a preview's mapping: the issues of that table, or why it cannot be read", () => {
    const noName = { ...partners, header: ["Company", "Fit", "Impact", "Momentum"], rows: [["Acme", 9, 4, 4]] };
    const unmapped = handleRequest(
      { kind: "previewIssues", input: "partners", table: noName, partners: null, settings: DEFAULT_SETTINGS },
      () => {},
    );
    expect(unmapped.cannotRead).toBeNull();
    const renamed = { ...noName, header: ["Label", "Fit", "Impact", "Momentum"] };
    expect(
      handleRequest(
        { kind: "previewIssues", input: "partners", table: renamed, partners: null, settings: DEFAULT_SETTINGS },
        () => {},
      ).cannotRead,
    ).toMatch(/"Partner" column/);
    const mapped = { ...DEFAULT_SETTINGS, columnMapping: { partners: { name: "Label" } } };
    expect(
      handleRequest(
        { kind: "previewIssues", input: "partners", table: renamed, partners: null, settings: mapped },
        () => {},
      ).cannotRead,
    ).toBeNull();
  });

  it("reads another input's preview against the partners without the partners' own issues", () => {
    const caps: RawTable = {
      source: "Capabilities",
      sheet: "Needs",
      headerRow: 1,
      firstColumn: 1,
      header: ["Capability", "Priority"],
      rows: [["Hosting", 9]],
    };
    const { issues } = handleRequest(
      { kind: "previewIssues", input: "capabilities", table: caps, partners: null, settings: DEFAULT_SETTINGS },
      () => {},
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.sheet === "Needs")).toBe(true);
  });
});
