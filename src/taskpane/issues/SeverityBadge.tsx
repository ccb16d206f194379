import { Badge } from "@fluentui/react-components";
import type { Severity } from "../../engine/model";

const LOOK: Record<Severity, { color: "danger" | "warning" | "informative"; text: string }> = {
  error: { color: "danger", text: "Error" },
  warning: { color: "warning", text: "Warning" },
  info: { color: "informative", text: "Info" },
};

/** An issue's severity as a coloured badge with its name in words (colour is never the only cue). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const look = LOOK[severity];
  return (
    <Badge appearance="tint" color={look.color} shape="rounded" size="small">
      {look.text}
    </Badge>
  );
}
