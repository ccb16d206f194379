/**
 * The store behind held.ts: what the analysis service keeps between requests (in the worker's
 * global scope, or in the in-thread service's closure). Runs with the engine, never in the
 * pane's start-up code.
 */
import { ingestWorkbook } from "../../engine/ingest";
import type { Portfolio, Settings, WorkbookInput } from "../../engine/model";
import { type HeldAnalysis, HeldDataGoneError, type HeldRef, isHeld } from "./held";

/**
 * How many analyses and portfolios a service holds: the latest two (the results on screen may be
 * the run before a run that stopped before writing; the simulator reads with the saved and the
 * draft settings). Rows: only the latest read, so they never exist twice.
 */
const KEEP = 2;

/** Where the service keeps them (the worker's global scope, or the in-thread service's closure). */
export class HeldData {
  private inputs = new Map<string, WorkbookInput>();
  private analyses = new Map<string, HeldAnalysis>();
  /** Portfolios ingested from a held input, by token and the settings that shape reading. */
  private portfolios = new Map<string, Portfolio>();

  keepInput(token: string, input: WorkbookInput): void {
    remember(this.inputs, token, input, 1);
    // Portfolios of inputs no longer held go with them.
    for (const key of [...this.portfolios.keys()])
      if (!this.inputs.has(key.slice(0, key.indexOf("|")))) this.portfolios.delete(key);
  }

  input(ref: HeldRef): WorkbookInput {
    const input = this.inputs.get(ref.held);
    if (!input) throw new HeldDataGoneError(ref.held);
    return input;
  }

  /** The input a request carries, or the one it names. */
  resolve(input: WorkbookInput | HeldRef): WorkbookInput {
    return isHeld(input) ? this.input(input) : input;
  }

  /** The typed portfolio of a held input read with `settings`' scale and mapping (ingested once). */
  portfolio(ref: HeldRef, settings: Settings): Portfolio {
    const input = this.input(ref);
    const key = `${ref.held}|${JSON.stringify([settings.scale, settings.columnMapping])}`;
    let p = this.portfolios.get(key);
    if (!p) {
      p = ingestWorkbook(input, settings).portfolio;
      // The saved and the draft settings' portfolios of the latest input, at most.
      remember(this.portfolios, key, p, KEEP);
    }
    return p;
  }

  keepAnalysis(token: string, analysis: HeldAnalysis): void {
    remember(this.analyses, token, analysis);
  }

  analysis(token: string): HeldAnalysis {
    const a = this.analyses.get(token);
    if (!a) throw new HeldDataGoneError(token);
    return a;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V, keep = KEEP): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > keep) map.delete(map.keys().next().value as string);
}
