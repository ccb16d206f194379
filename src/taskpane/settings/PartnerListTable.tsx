import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface PartnerListTableProps {
  /** The table's accessible name. */
  label: string;
  /** Column headers; the first column is the partner (each row's key). */
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** How many rows the list has, when `rows` holds only the first of them (default: `rows.length`). */
  total?: number;
  /** At most this many rows are shown, then "…and N more." */
  shown: number;
}

/**
 * A preview list of partners (the tier simulator's moves, who would fall below the expectations),
 * the first rows of it and how many more, nothing when empty.
 */
export function PartnerListTable({ label, headers, rows, total = rows.length, shown }: PartnerListTableProps) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} className={styles.cell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <tr key={row[0]}>
              {row.map((text, i) => (
                <td key={headers[i]} className={styles.cell}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {total > Math.min(shown, rows.length) && <Caption1>…and {total - Math.min(shown, rows.length)} more.</Caption1>}
    </>
  );
}
