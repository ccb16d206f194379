import { Select, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnRole } from "../../engine/model";
import { type MatrixColumnView, roleLabel } from "./matrix-columns-view";

const useStyles = makeStyles({
  select: { marginTop: tokens.spacingVerticalXXS, minWidth: "7em" },
});

export interface MatrixColumnRoleProps {
  column: MatrixColumnView;
  form: "wide" | "long";
  onChoose: (column: MatrixColumnView, role: ColumnRole) => void;
}

/**
 * Under a column header of the Responsibilities preview: what the column is read as (party,
 * section or notes), for the user to change. A native select: compact inside a table header,
 * and keyboard and screen-reader friendly as it is.
 */
export function MatrixColumnRole({ column, form, onChoose }: MatrixColumnRoleProps) {
  const styles = useStyles();
  if (column.role === null) return null;
  return (
    <Select
      size="small"
      className={styles.select}
      aria-label={`Read column ${column.header} as`}
      value={column.role}
      onChange={(_, data) => onChoose(column, data.value as ColumnRole)}
    >
      {column.offered.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role, form)}
          {role === column.automatic ? " (automatic)" : ""}
        </option>
      ))}
    </Select>
  );
}
