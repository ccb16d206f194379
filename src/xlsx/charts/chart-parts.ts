/** The pieces every chart part is built from: data references with caches, titles, axes. */
import type { SeriesData } from "./chart-data";
import { escapeXml, rgb } from "./xml";

const GRID_GREY = "D9D9D9";
const AXIS_GREY = "BFBFBF";
const TEXT_GREY = "404040";

/**
 * Numbers from a range: the formula plus the values cached now (text and empty cells are gaps).
 * @example numRef(data) starts with "<c:numRef><c:f>'Summary'!$B$5:$B$8</c:f>"
 */
export function numRef(d: SeriesData): string {
  const points = d.cells
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(d.formula)}</c:f><c:numCache><c:formatCode>${escapeXml(d.formatCode)}</c:formatCode>` +
    `<c:ptCount val="${d.cells.length}"/>${points}</c:numCache></c:numRef>`
  );
}

/**
 * Category labels or X values: numbers when every filled cell is a number, text otherwise.
 * @example axisData(tierNames) starts with "<c:strRef>"
 */
export function axisData(d: SeriesData): string {
  const filled = d.cells.filter((v) => v !== null);
  if (filled.length > 0 && filled.every((v) => typeof v === "number")) return numRef(d);
  const points = d.cells
    .map((v, i) =>
      v === null
        ? ""
        : `<c:pt idx="${i}"><c:v>${escapeXml(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))}</c:v></c:pt>`,
    )
    .join("");
  return `<c:strRef><c:f>${escapeXml(d.formula)}</c:f><c:strCache><c:ptCount val="${d.cells.length}"/>${points}</c:strCache></c:strRef>`;
}

/** A series name given as text (the spec names series in words, not by a header cell). */
export function seriesName(name: string): string {
  return `<c:tx><c:v>${escapeXml(name)}</c:v></c:tx>`;
}

export function solidFill(color: string, alpha?: number): string {
  const clr =
    alpha === undefined
      ? `<a:srgbClr val="${rgb(color)}"/>`
      : `<a:srgbClr val="${rgb(color)}"><a:alpha val="${alpha}"/></a:srgbClr>`;
  return `<a:solidFill>${clr}</a:solidFill>`;
}

function line(color: string, width = 9525): string {
  return `<a:ln w="${width}">${solidFill(color)}</a:ln>`;
}

/** Rich text with one run: chart and axis titles. `rotate` turns it to read bottom-up. */
export function title(text: string, size: number, bold: boolean, rotate = false): string {
  const props = `sz="${size * 100}" b="${bold ? 1 : 0}"`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr${rotate ? ' rot="-5400000" vert="horz"' : ""}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr ${props}/></a:pPr><a:r><a:rPr lang="en-US" ${props}>${solidFill(TEXT_GREY)}</a:rPr>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

export type AxisPosition = "b" | "l" | "t" | "r";

export interface AxisOptions {
  id: number;
  crossId: number;
  position: AxisPosition;
  title?: string | undefined;
  /** Number format of the axis labels: the data's, so money reads "25,000,000" like the cells. */
  formatCode?: string | undefined;
  /** Distance between gridlines; unset lets the viewer choose. */
  majorUnit?: number | undefined;
  /** Fixed bounds; unset lets the viewer choose. */
  min?: number | undefined;
  max?: number | undefined;
  /** Neither the axis nor its gridlines are drawn (a chart that is a picture). */
  hidden?: boolean | undefined;
}

const AXIS_TITLE_SIZE = 10;

/** The axis along which categories are laid out (column, bar and radar charts). */
export function categoryAxis(o: AxisOptions): string {
  return (
    `<c:catAx><c:axId val="${o.id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${o.position}"/>${o.title ? title(o.title, AXIS_TITLE_SIZE, false, o.position === "l") : ""}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr>${line(AXIS_GREY)}</c:spPr><c:crossAx val="${o.crossId}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

/**
 * A value axis with light gridlines. `between` for columns and bars (values sit between
 * category ticks), `midCat` for bubbles (values sit on the ticks).
 */
export function valueAxis(o: AxisOptions & { crossBetween: "between" | "midCat" }): string {
  return (
    `<c:valAx><c:axId val="${o.id}"/><c:scaling><c:orientation val="minMax"/>` +
    `${o.max === undefined ? "" : `<c:max val="${o.max}"/>`}${o.min === undefined ? "" : `<c:min val="${o.min}"/>`}</c:scaling>` +
    `<c:delete val="${o.hidden ? 1 : 0}"/><c:axPos val="${o.position}"/>` +
    `${o.hidden ? "" : `<c:majorGridlines><c:spPr>${line(GRID_GREY)}</c:spPr></c:majorGridlines>`}` +
    `${o.title ? title(o.title, AXIS_TITLE_SIZE, false, o.position === "l") : ""}` +
    `<c:numFmt formatCode="${escapeXml(o.formatCode ?? "General")}" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:crossAx val="${o.crossId}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="${o.crossBetween}"/>` +
    `${o.majorUnit === undefined ? "" : `<c:majorUnit val="${o.majorUnit}"/>`}</c:valAx>`
  );
}

/** Marker and line of a radar series, in the series colour. */
export function radarLook(color: string): string {
  return (
    `<c:spPr><a:ln w="22225" cap="rnd">${solidFill(color)}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solidFill(color)}${line(color)}</c:spPr></c:marker>`
  );
}

/** A line in the series colour without markers (a guide), or markers without a line. */
export function scatterLook(color: string, draw: "markers" | "lines" | "linesAndMarkers"): string {
  const ln =
    draw === "markers"
      ? `<a:ln w="19050"><a:noFill/></a:ln>`
      : `<a:ln w="${draw === "lines" ? 9525 : 22225}" cap="rnd">${solidFill(color)}<a:round/></a:ln>`;
  const marker =
    draw === "lines"
      ? `<c:marker><c:symbol val="none"/></c:marker>`
      : `<c:marker><c:symbol val="circle"/><c:size val="${draw === "markers" ? 7 : 5}"/><c:spPr>${solidFill(color, draw === "markers" ? 80000 : undefined)}${line("FFFFFF")}</c:spPr></c:marker>`;
  return `<c:spPr>${ln}</c:spPr>${marker}`;
}

/** Per-point marker sizes: a data-point override each (sizes outside 2–72 are clamped). */
export function markerSizePoints(sizes: readonly number[] | undefined, color: string): string {
  if (!sizes) return "";
  // The symbol and fill are repeated: a point's marker override replaces the series' marker.
  const look = `<c:spPr>${solidFill(color, 80000)}${line("FFFFFF")}</c:spPr>`;
  return sizes
    .map(
      (size, i) =>
        `<c:dPt><c:idx val="${i}"/><c:marker><c:symbol val="circle"/><c:size val="${Math.min(72, Math.max(2, Math.round(size)))}"/>${look}</c:marker><c:bubble3D val="0"/></c:dPt>`,
    )
    .join("");
}

/** Per-point labels with fixed text, right of each point; the series' own labels stay off. */
export function pointLabels(labels: readonly string[] | undefined): string {
  if (!labels || labels.length === 0) return "";
  const off =
    '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
  const one = (text: string, i: number) =>
    `<c:dLbl><c:idx val="${i}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="800"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`;
  return `<c:dLbls>${labels.map(one).join("")}${off}</c:dLbls>`;
}

/** Translucent fill with a white edge, so overlapping bubbles stay readable. */
export function bubbleLook(color: string): string {
  return `<c:spPr>${solidFill(color, 75000)}${line("FFFFFF")}</c:spPr>`;
}

export function fillLook(color: string): string {
  return `<c:spPr>${solidFill(color)}</c:spPr>`;
}

/** The white, lightly outlined chart area. */
export const CHART_AREA = `<c:spPr>${solidFill("FFFFFF")}${line(GRID_GREY)}</c:spPr>`;

/** Default text of the chart: 9 pt dark grey. */
export const CHART_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">${solidFill(TEXT_GREY)}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
