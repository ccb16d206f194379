import type { CellRange } from "../../report/sheet-spec";
import { escapeXml } from "./xml";

/** One chart placed on a sheet's drawing. */
export interface PlacedChart {
  /** Shape name: the spec's sheet-unique chart name, as the Office.js writer names it. */
  name: string;
  anchor: CellRange;
  /** Relationship id (in the drawing's rels) of the chart part. */
  rId: string;
}

export const CHART_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
/** [Content_Types].xml types of the chart and drawing parts. */
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/**
 * The xl/drawings/drawingN.xml part: a graphic frame per chart, anchored to cells so it covers
 * exactly the anchor's rows and columns and moves and sizes with them, as the add-in's charts do.
 * @example drawingXml([{ name: "TierDistribution", anchor: { row: 1, col: 4, rows: 15, cols: 8 }, rId: "rId1" }])
 */
export function drawingXml(charts: PlacedChart[]): string {
  const anchors = charts.map((c, i) => {
    const { row, col, rows, cols } = c.anchor;
    return (
      `<xdr:twoCellAnchor editAs="twoCell">${marker("from", row, col)}${marker("to", row + rows, col + cols)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.name)}"/>` +
      `<xdr:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></xdr:cNvGraphicFramePr></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
      `<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${c.rId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join("")}</xdr:wsDr>`
  );
}

/** A 0-based cell corner of an anchor. */
function marker(which: "from" | "to", row: number, col: number): string {
  return `<xdr:${which}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${which}>`;
}

/**
 * A relationships part listing targets of one type, numbered rId1, rId2, …
 * @example relationshipsXml(CHART_RELATIONSHIP, ["../charts/chart1.xml"])
 */
export function relationshipsXml(type: string, targets: string[]): string {
  const rels = targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${escapeXml(t)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`
  );
}
