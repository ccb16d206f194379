/** Types for scripts/make-icons.js (CommonJS), so tests can redraw the icons and compare. */
export const SIZES: number[];
/** Straight-alpha RGBA pixels of the mark at size×size. */
export function renderIcon(size: number): Buffer;
/** An 8-bit RGBA, non-interlaced PNG file. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
