import { Field, InfoLabel, SpinButton, type SpinButtonOnChangeData, makeStyles } from "@fluentui/react-components";

// The control fills its grid cell and no more: with the input's default width, three weight
// boxes in a 380px row overlapped each other and overflowed the pane.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  inner: { width: "100%", minWidth: 0 },
});

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  step: number;
  /** The problem with the value, shown under the control; null when valid. */
  error: string | null;
  hint?: string;
  /** What the figure means, behind an info button beside the label. */
  info?: string;
}

/**
 * A labelled number control. Arrow keys and buttons step the value; typed text is taken on
 * Enter or when focus leaves, and text that is not a number becomes NaN so that the settings
 * check flags it instead of the control silently keeping the old value.
 */
export function NumberField({ label, value, onChange, min, max, step, error, hint, info }: NumberFieldProps) {
  const styles = useStyles();
  const change = (_: unknown, data: SpinButtonOnChangeData) => {
    if (typeof data.value === "number") onChange(data.value);
    else if (data.displayValue !== undefined)
      onChange(data.displayValue.trim() === "" ? NaN : Number(data.displayValue));
  };
  const invalidText = Number.isNaN(value) ? "Enter a number." : error;
  return (
    <Field
      className={styles.field}
      label={
        info
          ? {
              children: (_: unknown, props: object) => (
                <InfoLabel {...props} info={info}>
                  {label}
                </InfoLabel>
              ),
            }
          : label
      }
      hint={hint}
      validationState={invalidText ? "error" : "none"}
      validationMessage={invalidText ?? undefined}
    >
      <SpinButton
        className={styles.input}
        input={{ className: styles.inner }}
        value={Number.isNaN(value) ? null : value}
        min={min}
        max={max}
        step={step}
        onChange={change}
      />
    </Field>
  );
}
