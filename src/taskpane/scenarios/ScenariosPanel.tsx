import type { PanelProps } from "../app/panel-props";
import type { RunResult } from "../analyze/useAnalyzeRun";

export function ScenariosPanel(_props: PanelProps & { result?: RunResult | null }) {
  return <p>Coming soon.</p>;
}
