import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { RawCell, RawTable } from "../../engine/model";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, whiteSpace: "nowrap" },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    maxWidth: "14em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  field: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorBrandForeground1 },
  ignored: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground4 },
});

export interface PreviewTableProps {
  table: RawTable;
  /** What each column is read as ("Partner", "Fit"), or null when it is ignored. */
  readAs: (string | null)[];
  label: string;
  /** A control under a column's header (the Responsibilities preview's role of the column). */
  columnControl?: (col: number) => ReactNode;
}

/** The header and first rows of a table, each column marked with the field it is read as. */
export function PreviewTable({ table, readAs, label, columnControl }: PreviewTableProps) {
  const styles = useStyles();
  return (
    // Focusable and named: the table is wider than the pane, and keyboard users scroll it with the arrow keys.
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${label}, scrolls sideways`}>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            {table.header.map((h, j) => (
              <th key={j} className={styles.cell} scope="col">
                {show(h)}
                <span className={readAs[j] ? styles.field : styles.ignored}>
                  {readAs[j] ? `→ ${readAs[j]}` : "ignored"}
                </span>
                {columnControl?.(j)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.header.map((_, j) => (
                <td key={j} className={styles.cell}>
                  {show(row[j] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function show(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.kind === "error" ? cell.code : cell.iso;
  return String(cell);
}
