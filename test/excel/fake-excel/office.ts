/** createOfficeNamespace: a stand-in for the global `Office` (onReady, requirements, theme, settings). */
import { versionAtLeast } from "./proxy";
import type { FakeWorkbook } from "./workbook";

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export interface OfficeNamespaceOptions {
  theme?: Partial<OfficeTheme>;
  /** Overrides the ExcelApi version; by default the workbook's supportedApiVersion (or "1.8"). */
  apiVersion?: string;
  /** Settings are loaded from, and saveAsync writes to, this workbook's settings. */
  workbook?: FakeWorkbook;
}

const OTHER_SETS: Record<string, string> = {
  DialogApi: "1.2",
  SharedRuntime: "1.1",
  RibbonApi: "1.1",
  IdentityAPI: "1.3",
  AddinCommands: "1.1",
};

type AsyncCallback = (result: {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: unknown;
  asyncContext?: unknown;
}) => void;

export function createOfficeNamespace(opts: OfficeNamespaceOptions = {}) {
  const wb = opts.workbook;
  const stored = wb ? wb.settings : new Map<string, unknown>();
  let local = new Map<string, unknown>([...stored].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown]));
  const info = { host: "Excel", platform: "OfficeOnline" };
  const settings = {
    get: (name: string): unknown => (local.has(name) ? local.get(name) : null),
    set: (name: string, value: unknown): void => {
      local.set(name, JSON.parse(JSON.stringify(value ?? null)));
    },
    remove: (name: string): void => {
      local.delete(name);
    },
    saveAsync: (a?: unknown, b?: unknown): void => {
      const cb = (typeof a === "function" ? a : b) as AsyncCallback | undefined;
      const options = (typeof a === "object" && a !== null ? a : {}) as { asyncContext?: unknown };
      stored.clear();
      for (const [k, v] of local) stored.set(k, JSON.parse(JSON.stringify(v)));
      setTimeout(() => cb?.({ status: "succeeded", asyncContext: options.asyncContext }), 0);
    },
    refreshAsync: (cb?: AsyncCallback): void => {
      local = new Map([...stored].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown]));
      setTimeout(() => cb?.({ status: "succeeded", value: settings }), 0);
    },
  };
  const office = {
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    initialize: undefined as undefined | ((reason: unknown) => void),
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "en-US",
      contentLanguage: "en-US",
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
      officeTheme: {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
        ...opts.theme,
      } as OfficeTheme,
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          const have = name === "ExcelApi" ? (opts.apiVersion ?? wb?.supportedApiVersion ?? "1.8") : OTHER_SETS[name];
          return have !== undefined && versionAtLeast(have, minVersion ?? "1.1");
        },
      },
      document: { settings },
    },
  };
  return office;
}
