import type { Analysis } from "../engine/analyze";
import type { RadarSector } from "../engine/radar";
import { SheetBuilder, tableRow } from "./sheet-builder";
import { type CellRange, type CellValue, type ChartSeriesSpec, EXCEL_MAX_ROWS, type SheetSpec } from "./sheet-spec";
import { grouped, NUMBER_FORMATS as F, PALETTE, TIER_STYLES } from "./style";

export const RADAR_TABLE = "PED_Radar";
export const RADAR_SECTORS_TABLE = "PED_RadarSectors";

/** Partner names label the points up to this many points; beyond, they would be unreadable. */
export const RADAR_LABEL_LIMIT = 60;
/**
 * Points are sized by revenue up to this many points. Each size is one point override (an
 * Office.js request operation, a `c:dPt` in the file): 20,000 of them would overflow Excel's
 * request limit, and markers that small would not show a difference anyway.
 */
export const RADAR_SIZED_POINTS = 500;
/** Outer edge of the Scale ring: the chart's axes run from −R to +R (with a margin). */
const OUTER = 3;
/** Each ring is drawn as a 72-gon: close enough to a circle at chart sizes. */
const CIRCLE_STEPS = 72;
/** Marker sizes (points) for the smallest and the largest revenue. */
const MARKER_MIN = 5;
const MARKER_MAX = 20;

/** One colour per sector, in the radar's sector order. */
export const SECTOR_COLORS: Record<RadarSector, string> = {
  "Co-sell": "#0F6CBD",
  "Co-market": "#C239B3",
  Integrate: "#1E7B4F",
  Implement: "#CA5010",
  Influence: "#8764B8",
  Other: "#605E5C",
};

const HEADERS = ["Partner", "Sector", "Ring", "θ (degrees)", "x", "y", "Revenue"];
/** Rows the sheet needs under the points table: a note, the sectors table and their spacing. */
const ROWS_BELOW_TABLE = 16;
/** Chart geometry sits right of the chart: sheet columns of its first column. */
const GUIDE_COL = 22;
const CHART_COL = 8;

/**
 * The Radar sheet (SPEC §2.11): the table of partner, sector, ring, θ, x, y (and revenue, the
 * point size), the partners per sector and ring, and the partnership radar drawn as a native
 * scatter chart: one series per sector, ring boundaries at r = 1, 2, 3 as circles, sector
 * boundaries as lines from the centre.
 *
 * Why a scatter and not a bubble chart: the SPEC sizes points by revenue, which only a bubble
 * chart reads from cells, but Excel cannot combine a bubble chart with any other chart type, and
 * the rings and sector lines need line series (a bubble series cannot draw lines). A scatter
 * chart draws both, and sizes each point with its own marker size (a data-point override:
 * `c:dPt/c:marker/c:size` in the file, `ChartPoint.markerSize` in Office.js). Those sizes and the
 * partner-name labels are fixed when the sheet is written; the next run refreshes them.
 */
export function buildRadarSheet(analysis: Pick<Analysis, "radar">): SheetSpec {
  const { points, sectors } = analysis.radar;
  const b = new SheetBuilder("radar");
  b.title(
    "Partnership radar",
    "Rings from the centre: Strategic, Focus, Scale (Unscored partners are not drawn) · sectors: primary role · point size: revenue",
  );
  const top = b.row;
  // At a million partners the table would run past Excel's last row: it lists the first points
  // that fit with the sectors table below them, and says how many more there are.
  const fit = EXCEL_MAX_ROWS - (top + 1) - ROWS_BELOW_TABLE;
  const listed = points.length > fit ? points.slice(0, fit) : points;
  const table = b.table({
    name: RADAR_TABLE,
    headers: HEADERS,
    rows: listed.map((p) => tableRow(p.partner, p.sector, p.ring, p.theta, p.x, p.y, p.revenue)),
    numberFormats: [null, null, null, F.score, F.decimal, F.decimal, F.money],
  });
  if (listed.length < points.length)
    b.note(
      `… and ${grouped(points.length - listed.length)} more partners past Excel's last row, not listed or drawn here (the JSON output lists every one).`,
    );
  for (const [tier, style] of Object.entries(TIER_STYLES))
    b.conditional({ kind: "equals", range: table.column("Ring"), value: tier, style });
  if (points.length === 0) {
    b.note("No tiered partner: the radar has nothing to draw.");
    return b
      .minWidth(0, 24)
      .freeze(top + 1)
      .build();
  }

  b.section("Partners per sector and ring");
  b.table({
    name: RADAR_SECTORS_TABLE,
    headers: ["Sector", "Strategic", "Focus", "Scale", "Partners"],
    rows: sectors.map((s) => [s.sector, s.rings.Strategic, s.rings.Focus, s.rings.Scale, s.count]),
    numberFormats: [null, F.integer, F.integer, F.integer, F.integer],
  });

  const guides = guideBlock(sectors.map((s) => s.start));
  b.cells(
    top,
    GUIDE_COL,
    [
      ["Chart guides", null, null, null],
      ["Rings x", "Rings y", "Sectors x", "Sectors y"],
    ],
    { bold: true, fontColor: PALETTE.muted },
    false,
  );
  b.cells(top + 2, GUIDE_COL, guides.rows, undefined, false);
  const guide = (col: number, rows: number): CellRange => ({ row: top + 2, col: GUIDE_COL + col, rows, cols: 1 });

  const labelled = points.length <= RADAR_LABEL_LIMIT;
  const sized = points.length <= RADAR_SIZED_POINTS;
  // Not Math.max(...): a million arguments overflow the stack. Not for…of either: run once
  // per report, unoptimised, it makes an iterator result per point.
  const maxRevenue = points.reduce((max, p) => (p.revenue > max ? p.revenue : max), 0);
  const series: ChartSeriesSpec[] = [
    {
      name: "Rings",
      categories: { range: guide(0, guides.ringPoints) },
      values: { range: guide(1, guides.ringPoints) },
      color: "#A19F9D",
      draw: "lines",
      hideInLegend: true,
    },
    {
      name: "Sector lines",
      categories: { range: guide(2, guides.sectorPoints) },
      values: { range: guide(3, guides.sectorPoints) },
      color: "#C8C6C4",
      draw: "lines",
      hideInLegend: true,
    },
  ];
  for (const s of sectors) {
    const first = points.findIndex((p) => p.sector === s.sector);
    // Only the listed points are on the sheet to draw.
    const count = listed === points ? s.count : Math.max(0, Math.min(first + s.count, listed.length) - first);
    if (listed !== points && count === 0) continue;
    // The points themselves only when they are sized or labelled (a million would be copied for nothing).
    const members = sized || labelled ? points.slice(first, first + count) : [];
    const column = (header: string): CellRange => ({
      ...table.column(header),
      row: table.data.row + first,
      rows: count,
    });
    series.push({
      name: s.sector,
      categories: { range: column("x") },
      values: { range: column("y") },
      color: SECTOR_COLORS[s.sector],
      draw: "markers",
      ...(sized ? { markerSizes: members.map((p) => markerSize(p.revenue, maxRevenue)) } : {}),
      ...(labelled ? { pointLabels: members.map((p) => p.partner) } : {}),
    });
  }
  b.chart({
    name: "PartnershipRadar",
    type: "scatter",
    title: labelled
      ? "Partnership radar"
      : `Partnership radar (${grouped(points.length)} partners; names in the table${sized ? "" : `, sized by revenue up to ${RADAR_SIZED_POINTS}`})`,
    // About square at default row heights and 10-character columns, so the rings stay round.
    anchor: { row: top, col: CHART_COL, rows: 34, cols: 9 },
    series,
    axes: { min: -OUTER - 0.3, max: OUTER + 0.3, hidden: true },
    legend: true,
  });
  b.minWidth(0, 24).minWidth(3, 12);
  b.freeze(top + 1);
  return b.build();
}

/**
 * A marker from 5 to 20 points, its area in proportion to revenue (as a bubble's would be); a
 * portfolio without revenue gets mid-sized markers.
 * @example markerSize(100, 100) === 20; markerSize(0, 100) === 5
 */
export function markerSize(revenue: number, maxRevenue: number): number {
  if (maxRevenue <= 0) return Math.round((MARKER_MIN + MARKER_MAX) / 2);
  return Math.round(MARKER_MIN + (MARKER_MAX - MARKER_MIN) * Math.sqrt(Math.max(0, revenue) / maxRevenue));
}

/**
 * The guides' coordinates: the three ring circles as one path (each starts and ends at 12
 * o'clock, joined along the 12 o'clock radius, which is a sector boundary anyway), and the
 * sector boundaries as one path out and back from the centre.
 */
function guideBlock(starts: number[]): { rows: CellValue[][]; ringPoints: number; sectorPoints: number } {
  const ring: [number, number][] = [];
  for (let r = 1; r <= OUTER; r++) {
    for (let i = 0; i <= CIRCLE_STEPS; i++) ring.push(polar(r, 90 - (360 * i) / CIRCLE_STEPS));
  }
  const lines: [number, number][] = [[0, 0]];
  for (const start of starts) lines.push(polar(OUTER, start), [0, 0]);
  const rows = Array.from({ length: Math.max(ring.length, lines.length) }, (_, i): CellValue[] => [
    ring[i]?.[0] ?? null,
    ring[i]?.[1] ?? null,
    lines[i]?.[0] ?? null,
    lines[i]?.[1] ?? null,
  ]);
  return { rows, ringPoints: ring.length, sectorPoints: lines.length };
}

/** Rounded to 9 decimals so that cos 90° is 0, not 6e-17, in the cells. */
function polar(r: number, degrees: number): [number, number] {
  const rad = (degrees * Math.PI) / 180;
  const round = (v: number) => Math.round(v * 1e9) / 1e9 + 0;
  return [round(r * Math.cos(rad)), round(r * Math.sin(rad))];
}
