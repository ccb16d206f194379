import { Combobox, Field, Option, Tag, TagGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";

/** Options listed at once; typing narrows thousands of names down to these. */
const LISTED = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  tags: { flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface NamePickerProps {
  label: string;
  names: readonly string[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  hint?: string;
}

/** Picks several names from a long list: type to search, choose, and remove again from the tags below. */
export function NamePicker({ label, names, chosen, onChange, hint }: NamePickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q === "" ? names : names.filter((n) => n.toLowerCase().includes(q));
  }, [names, query]);
  // Removing a tag removes the focused control: focus moves to the tag that took its place,
  // else the one before it, else the search box.
  const input = useRef<HTMLInputElement>(null);
  const tags = useRef<HTMLDivElement>(null);
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    refocus.current = null;
    const buttons = tags.current?.querySelectorAll<HTMLElement>("button") ?? [];
    (buttons[Math.min(at, buttons.length - 1)] ?? input.current)?.focus();
  }, [chosen]);
  const listed = matches.slice(0, LISTED);
  const more = matches.length - listed.length;

  return (
    <div className={styles.root}>
      <Field label={label} hint={more > 0 ? `Showing ${LISTED} of ${matches.length}: type to narrow the list.` : hint}>
        <Combobox
          ref={input}
          multiselect
          freeform
          value={query}
          placeholder="Type to search"
          selectedOptions={[...chosen]}
          onChange={(ev) => setQuery(ev.target.value)}
          onOptionSelect={(_, data) => {
            onChange(data.selectedOptions);
            setQuery("");
          }}
        >
          {listed.map((n) => (
            <Option key={n} value={n}>
              {n}
            </Option>
          ))}
          {listed.length === 0 && (
            <Option value="" disabled text="">
              {`No name contains "${query}"`}
            </Option>
          )}
        </Combobox>
      </Field>
      {chosen.length > 0 && (
        <TagGroup
          ref={tags}
          className={styles.tags}
          aria-label={`${label}: chosen`}
          onDismiss={(_, data) => {
            refocus.current = chosen.indexOf(String(data.value));
            onChange(chosen.filter((n) => n !== data.value));
          }}
        >
          {chosen.map((n) => (
            <Tag key={n} value={n} size="small" dismissible aria-label={`Remove ${n}`}>
              {n}
            </Tag>
          ))}
        </TagGroup>
      )}
    </div>
  );
}
