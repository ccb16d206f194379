import { paneSession } from "./support/pane";
const pane = paneSession();
it("probe", async () => {
  const { page } = await pane.open({ workbook: "sample" });
  await page.getByRole("button", { name: "Analyze", exact: true }).click();
  await page.getByRole("list", { name: "Results" }).waitFor();
  const snap = await page.locator("body").ariaSnapshot();
  console.log(snap.slice(0, 3000));
  await page.getByRole("tab", { name: "Issues" }).click();
  await page.getByRole("list", { name: "Issues" }).waitFor();
  console.log((await page.getByRole("list", { name: "Issues" }).ariaSnapshot()).slice(0, 1500));
}, 120000);
