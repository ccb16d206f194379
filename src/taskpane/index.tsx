/**
 * The task pane's entry point, in the shape of the Office add-in React template: one
 * FluentProvider (in App) rendered inside Office.onReady, with the Office operations handed
 * in as a prop (the WorkbookGateway). Outside Excel — a browser tab, another Office host, or
 * office.js not loaded — the same App shows what the add-in is and how to load it.
 */
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../excel/office-gateway";
import { createAnalysisService } from "./analysis/worker-service";
import { App } from "./app/App";
import { officeTheme } from "./app/theme";

function mount(inExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <App
      gateway={inExcel ? createOfficeGateway() : null}
      theme={inExcel ? officeTheme() : "light"}
      analysis={createAnalysisService()}
    />,
  );
}

if (typeof Office === "undefined") mount(false);
else void Office.onReady((info) => mount(info.host === Office.HostType.Excel));
