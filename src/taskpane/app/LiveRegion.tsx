import { useVisuallyHiddenClass } from "./VisuallyHidden";

/**
 * The pane's polite live region: always in the page (a region added together with its text
 * is not announced), so a screen reader says "Analysis complete: …" when a run ends, on
 * whichever page the analyst is.
 */
export function LiveRegion({ message }: { message: string }) {
  const hidden = useVisuallyHiddenClass();
  return (
    <div className={hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="pane-announcer">
      {message}
    </div>
  );
}
