import { makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the usual clip pattern (it keeps the text in the
  // accessibility tree, unlike display: none).
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    border: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "pre",
  },
});

/**
 * Words for screen readers only, inside visible text: they let a control's accessible name be
 * its visible text with punctuation ("Tiering: 48 partners. …"), so the name starts with what
 * is seen (WCAG 2.5.3 Label in Name) without an aria-label that differs from it.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={useStyles().hidden}>{children}</span>;
}

/** The same style, for an element that must be in the page but not seen (a live region). */
export const useVisuallyHiddenClass = () => useStyles().hidden;
