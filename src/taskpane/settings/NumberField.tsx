import { Field, SpinButton, type SpinButtonOnChangeData, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ input: { width: "100%", minWidth: "5em" } });

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
}

/**
 * A labelled number control. Arrow keys and buttons step the value; typed text is taken on
 * Enter or when focus leaves, and text that is not a number becomes NaN so that the settings
 * check flags it instead of the control silently keeping the old value.
 */
export function NumberField({ label, value, onChange, min, max, step, error, hint }: NumberFieldProps) {
  const styles = useStyles();
  const change = (_: unknown, data: SpinButtonOnChangeData) => {
    if (typeof data.value === "number") onChange(data.value);
    else if (data.displayValue !== undefined) onChange(data.displayValue.trim() === "" ? NaN : Number(data.displayValue));
  };
  const invalidText = Number.isNaN(value) ? "Enter a number." : error;
  return (
    <Field label={label} hint={hint} validationState={invalidText ? "error" : "none"} validationMessage={invalidText ?? undefined}>
      <SpinButton className={styles.input} value={Number.isNaN(value) ? null : value} min={min} max={max} step={step} onChange={change} />
    </Field>
  );
}
