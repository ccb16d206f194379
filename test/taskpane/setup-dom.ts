/**
 * jsdom lacks a few browser APIs that React, Fluent UI and our code use; provide small,
 * faithful-enough versions (TOOLCHAIN.md lists what is missing).
 */
import { configure } from "@testing-library/dom";
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";

const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
// V8's own serializer is the browser's structured clone (typed arrays, NaN, -0, undefined kept).
g.structuredClone ??= (value: unknown) => deserialize(serialize(value)) as unknown;
g.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The pane's flows wait on the analysis service and lazy pages; on a busy machine a second is
// not always enough for findBy* queries, nor five when eight jobs share two cores (a findBy of a
// heading failed after 5 s in such a run). (The DOM library is the one the React library uses.)
configure({ asyncUtilTimeout: 15_000 });
