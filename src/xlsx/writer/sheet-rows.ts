/**
 * The rows of a worksheet's sheetData, written one at a time: a cell's value is the last block's
 * non-null value there; its look is the block column's number format (data rows) with every
 * format over it laid on in order, as a cellXfs index from the style book.
 */
import { type Block, type CellValue, excelValue, type SheetSpec } from "../../report/sheet-spec";
import type { SharedStrings } from "./shared-strings";
import { type CellLook, overlay, type StyleBook } from "./styles";
import { columnLetters } from "./text";
import type { PartWriter } from "./zip";

/** A rectangle of rows [from, to) that applies to some columns. */
interface Layer {
  from: number;
  to: number;
  col: number;
  cols: number;
  apply: (look: CellLook) => CellLook;
}

/** The rows of sheetData, each written as soon as it is known. */
export async function writeRows(
  spec: SheetSpec,
  styles: StyleBook,
  strings: SharedStrings,
  out: PartWriter,
): Promise<void> {
  const blocks = spec.blocks.filter((b) => b.values.length > 0 && (b.values[0]?.length ?? 0) > 0);
  const layers = layersOf(spec);
  let lastRow = 0;
  for (const b of blocks) lastRow = Math.max(lastRow, b.row + b.values.length);
  for (const l of layers) lastRow = Math.max(lastRow, l.to);
  const blockStarts = [...blocks].sort((a, b) => a.row - b.row);
  const layerStarts = layers.map((l, i) => ({ l, i })).sort((a, b) => a.l.from - b.l.from);
  const order = new Map(blocks.map((b, i) => [b, i]));

  let active: Block[] = [];
  let activeLayers: number[] = [];
  let nextBlock = 0;
  let nextLayer = 0;
  let looks: RowLooks = { lo: 0, hi: -1, xf: new Int32Array(0) };
  const lookCache = new Map<string, RowLooks>();
  const values: (CellValue | undefined)[] = [];
  const cellOpen: string[] = [];
  const styleAttr: string[] = [];

  for (let r = 0; r < lastRow; r++) {
    // Blocks and layers that start here join; those that ended leave.
    let changed = false;
    if (active.some((b) => b.row + b.values.length <= r)) active = active.filter((b) => b.row + b.values.length > r);
    while (nextBlock < blockStarts.length && (blockStarts[nextBlock] as Block).row <= r) {
      const b = blockStarts[nextBlock++] as Block;
      if (b.row + b.values.length > r) {
        active.push(b);
        active.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
      }
    }
    if (activeLayers.some((i) => (layers[i] as Layer).to <= r)) {
      activeLayers = activeLayers.filter((i) => (layers[i] as Layer).to > r);
      changed = true;
    }
    while (nextLayer < layerStarts.length && (layerStarts[nextLayer]?.l.from ?? Infinity) <= r) {
      const { l, i } = layerStarts[nextLayer++] as { l: Layer; i: number };
      if (l.to > r) {
        activeLayers.push(i);
        changed = true;
      }
    }
    if (changed) {
      activeLayers.sort((a, b) => a - b);
      const key = activeLayers.join(",");
      let cached = lookCache.get(key);
      if (cached === undefined) {
        cached = rowLooks(
          activeLayers.map((i) => layers[i] as Layer),
          styles,
        );
        lookCache.set(key, cached);
      }
      looks = cached;
    }
    if (active.length === 0 && looks.hi < looks.lo) continue;

    // Each block lays its non-null values over the earlier ones'.
    let lo = looks.lo;
    let hi = looks.hi;
    for (const b of active) {
      const row = b.values[r - b.row] ?? [];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null || v === undefined) continue;
        const c = b.col + j;
        values[c] = v;
        if (hi < lo) lo = hi = c;
        else if (c < lo) lo = c;
        else if (c > hi) hi = c;
      }
    }
    if (hi < lo) continue;
    // The row number as text once per row; each cell's `<c r="COL` once per column; each
    // ` s="N"` once per style: the same text as before, with fewer strings made per cell.
    const rowText = String(r + 1);
    let xml = `<row r="${rowText}">`;
    for (let c = lo; c <= hi; c++) {
      const raw = values[c];
      const xf = c >= looks.lo && c <= looks.hi ? (looks.xf[c - looks.lo] ?? 0) : 0;
      if (raw === undefined && xf === 0) continue;
      values[c] = undefined;
      const v = raw === undefined ? null : excelValue(raw);
      const open =
        (cellOpen[c] ??= `<c r="${columnLetters(c + 1)}`) +
        rowText +
        (xf === 0 ? '"' : (styleAttr[xf] ??= `" s="${xf}"`));
      if (v === null) xml += `${open}/>`;
      else if (typeof v === "number") xml += `${open}><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `${open} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `${open} t="s"><v>${strings.id(v)}</v></c>`;
    }
    out.write(`${xml}</row>`);
    const wait = out.ready();
    if (wait) await wait;
  }
}

/** Per column of a row, its cellXfs index, for one set of active layers. */
interface RowLooks {
  lo: number;
  hi: number;
  xf: Int32Array;
}

function rowLooks(layers: Layer[], styles: StyleBook): RowLooks {
  if (layers.length === 0) return { lo: 0, hi: -1, xf: new Int32Array(0) };
  const lo = Math.min(...layers.map((l) => l.col));
  const hi = Math.max(...layers.map((l) => l.col + l.cols - 1));
  const xf = new Int32Array(hi - lo + 1);
  for (let c = lo; c <= hi; c++) {
    let look: CellLook = {};
    for (const l of layers) if (c >= l.col && c < l.col + l.cols) look = l.apply(look);
    xf[c - lo] = styles.xf(look);
  }
  return { lo, hi, xf };
}

/**
 * The number formats of the blocks' data rows, then the formats, in the order the writer lays
 * them on (a later number format wins; a format merges into the font and alignment).
 */
function layersOf(spec: SheetSpec): Layer[] {
  const layers: Layer[] = [];
  for (const b of spec.blocks) {
    const from = b.row + (b.headerRows ?? 0);
    const to = b.row + b.values.length;
    if (to <= from) continue;
    const width = b.values[0]?.length ?? 0;
    b.numberFormats?.forEach((fmt, j) => {
      if (!fmt || j >= width) return;
      layers.push({ from, to, col: b.col + j, cols: 1, apply: (look) => ({ ...look, numFmt: fmt }) });
    });
  }
  for (const { range, style } of spec.formats) {
    if (range.rows <= 0 || range.cols <= 0) continue;
    layers.push({
      from: range.row,
      to: range.row + range.rows,
      col: range.col,
      cols: range.cols,
      apply: (look) => overlay(look, style),
    });
  }
  return layers;
}
