// Placeholder entry so the build and the manifest can be exercised before the real task pane
// lands; the task pane engineer replaces this file.
import { createRoot } from "react-dom/client";

function mount(): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<h1>Partner Ecosystem Designer</h1>);
}

if (typeof Office !== "undefined") void Office.onReady(mount);
else mount();
