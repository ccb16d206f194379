/**
 * Office.js itself as the judge of what our code sends. The real Excel client
 * (`@microsoft/office-js/dist/excel-web-16.00.debug.js`, the Excel on the web build) is loaded
 * in a jsdom window; each request context's transport (`_requestExecutor`, which
 * `ClientRequestContext.syncPrivate` calls with `{Url, Headers, Body}`) is replaced by a stub that
 * records `JSON.stringify(Body)` — the very text the OfficeJsRequestExecutor puts on the wire
 * (`RichApiMessageUtility.buildMessageArrayForIRequestExecutor`) — and answers "done".
 *
 * The real client cannot answer reads, so our code runs against a pair: every call, property
 * write and load goes to both the in-memory fake (which answers reads and applies the batch) and
 * the real client's proxies (which serialise it). `realExcel(wb).run` is a drop-in `Excel.run`.
 *
 * jsdom comes with jest-environment-jsdom (no new dependency).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { createRequestContext, type FakeWorkbook } from "../fake-excel";
import { utf8Bytes } from "../fake-excel/wire";

/** Excel on the web refuses a request above 5 MB (Microsoft: "Resource limits and performance optimization"). */
export const WEB_REQUEST_LIMIT_BYTES = 5_000_000;

const CLIENT_FILE = join(__dirname, "../../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");

interface RealWindow {
  Excel: { RequestContext: new () => RealContext };
}
interface RealContext {
  workbook: unknown;
  application: unknown;
  sync(): Promise<void>;
  _requestExecutor: unknown;
}

let realWindow: RealWindow | null = null;

/** The real client, loaded once per test file (about 0.2 s). */
function loadClient(): RealWindow {
  if (realWindow) return realWindow;
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(CLIENT_FILE, "utf8"));
  realWindow = dom.window as unknown as RealWindow;
  return realWindow;
}

export interface RealRequest {
  /** UTF-8 bytes of the request body as Office.js serialises it. */
  bytes: number;
  actions: number;
  objectPaths: number;
  /** The body itself, kept only when asked for (it can be megabytes). */
  body?: string;
}

export interface RealOffice {
  /** A drop-in for `Excel.run` (both signatures; of the options, delayForCellEdit reaches the fake). */
  run: typeof Excel.run;
  /** One entry per request the real client sent, in order. */
  requests: RealRequest[];
  /** The largest request in bytes. */
  readonly maxBytes: number;
}

const FAKE = Symbol("fake");
const REAL = Symbol("real");

function isFakeProxy(v: unknown): v is object {
  return typeof v === "object" && v !== null && typeof (v as { _resolve?: unknown })._resolve === "function";
}

function side(v: unknown, which: typeof FAKE | typeof REAL): unknown {
  if (typeof v === "object" && v !== null && (v as Record<symbol, unknown>)[FAKE] !== undefined)
    return (v as Record<symbol, unknown>)[which];
  return v;
}

/** The real counterpart of a loaded collection's item: by name when it has one, else by position. */
function realItem(real: Record<string, unknown> | undefined, fakeItem: unknown, index: number): unknown {
  if (!real) return undefined;
  let name: unknown;
  try {
    name = (fakeItem as { name?: unknown }).name;
  } catch {
    name = undefined;
  }
  const call = (method: string, arg: unknown): unknown =>
    typeof real[method] === "function" ? (real[method] as (a: unknown) => unknown).call(real, arg) : undefined;
  return typeof name === "string" && typeof real.getItem === "function"
    ? call("getItem", name)
    : call("getItemAt", index);
}

const itemPairs = new WeakMap<object, unknown>();

/**
 * One object seen by the code under test, forwarding to the fake proxy and the real one. The
 * real side is made only when something is sent through it (a method, a property write): in
 * Office.js merely creating a proxy already queues its Instantiate action, and the items of a
 * loaded collection come from the response, not from new requests.
 */
function pair(fake: unknown, realOf: () => unknown): unknown {
  if (!isFakeProxy(fake)) return fake;
  let made = false;
  let realObj: Record<string | symbol, unknown> | undefined;
  const real = (): Record<string | symbol, unknown> | undefined => {
    if (!made) {
      realObj = realOf() as Record<string | symbol, unknown> | undefined;
      made = true;
    }
    return realObj;
  };
  return new Proxy(fake, {
    get(target, prop) {
      if (prop === FAKE) return target;
      if (prop === REAL) return real();
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value === "function") {
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(
            target,
            args.map((a) => side(a, FAKE)),
          );
          const r = real();
          const method = r?.[prop];
          const realResult =
            typeof method === "function"
              ? (method as (...a: unknown[]) => unknown).apply(
                  r,
                  args.map((a) => side(a, REAL)),
                )
              : undefined;
          return pair(result, () => realResult);
        };
      }
      if (prop === "items" && Array.isArray(value)) {
        return value.map((item: object, i) => {
          let p = itemPairs.get(item);
          if (!p) {
            p = pair(item, () => realItem(real() as Record<string, unknown> | undefined, item, i));
            itemPairs.set(item, p);
          }
          return p;
        });
      }
      if (isFakeProxy(value)) return pair(value, () => real()?.[prop]);
      return value;
    },
    set(target, prop, value) {
      (target as Record<string | symbol, unknown>)[prop] = side(value, FAKE);
      const r = real();
      if (r) r[prop] = side(value, REAL);
      return true;
    },
  });
}

/**
 * `run` for code under test: a fake context over `wb` paired with a real Office.js context whose
 * requests are recorded. `keepBodies` keeps each request's JSON text for inspection.
 */
export function realExcel(wb: FakeWorkbook, options: { keepBodies?: boolean } = {}): RealOffice {
  const win = loadClient();
  const requests: RealRequest[] = [];
  const transport = {
    executeAsync(
      _customData: unknown,
      _flags: number,
      message: { Body: { Actions: unknown[]; ObjectPaths: Record<string, unknown> } },
    ) {
      const body = JSON.stringify(message.Body);
      requests.push({
        bytes: utf8Bytes(body),
        actions: message.Body.Actions.length,
        objectPaths: Object.keys(message.Body.ObjectPaths).length,
        ...(options.keepBodies ? { body } : {}),
      });
      // Excel answers each Instantiate action (ActionType 1) with the object's id, which turns a
      // path like worksheets.add() into worksheets.getItem(id) for later requests
      // (ObjectPath.updateUsingObjectData); without it such objects die after one sync.
      const results = (message.Body.Actions as { Id: number; ActionType: number }[])
        .filter((a) => a.ActionType === 1)
        .map((a) => ({
          ActionId: a.Id,
          Value: { Id: `{${String(a.Id).padStart(8, "0")}-0001-0000-0000-000000000000}` },
        }));
      return Promise.resolve({ ErrorCode: "", HttpStatusCode: 200, Headers: {}, Body: { Results: results } });
    },
  };
  const newContext = (delayForCellEdit: boolean): Excel.RequestContext => {
    const fake = createRequestContext(wb, { delayForCellEdit });
    const real = new win.Excel.RequestContext();
    real._requestExecutor = transport;
    return {
      workbook: pair(fake.workbook, () => real.workbook),
      // Lazy: in Office.js, touching a navigation property already queues its Instantiate action.
      get application() {
        return pair(fake.application, () => real.application);
      },
      trackedObjects: fake.trackedObjects,
      async sync<T>(passThrough?: T): Promise<T> {
        await real.sync();
        return fake.sync(passThrough);
      },
    } as unknown as Excel.RequestContext;
  };
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
    const opts = args.length > 1 ? (args[0] as { delayForCellEdit?: boolean } | null) : null;
    const context = newContext(opts?.delayForCellEdit === true);
    const result = await batch(context);
    await context.sync();
    return result;
  }
  return {
    run: run as unknown as typeof Excel.run,
    requests,
    get maxBytes() {
      return requests.reduce((m, r) => Math.max(m, r.bytes), 0);
    },
  };
}
