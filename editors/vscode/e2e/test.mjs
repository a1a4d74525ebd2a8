// Opens a draft in a real VS Code (code-server) with the copydesk extension
// installed, and checks that the finding appears in the Problems panel,
// that hovering the flagged name explains it, and that the rule's
// documentation opens from `copydesk explain`. Saves screenshots.
//   node test.mjs URL WORKSPACE SCREENSHOT_DIR
import { chromium } from "playwright-core";

const [url, workspace, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const fail = async (message) => {
  await page.screenshot({ path: `${shots}/failure.png` }).catch(() => {});
  console.error(`FAIL: ${message}`);
  await browser.close();
  process.exit(1);
};

try {
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: 60000 });
  await page.waitForTimeout(2000);
  // Open the draft from the Explorer. Quick Open raced its own file search:
  // an Enter pressed before the result row appeared did nothing.
  const entry = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "draft.md" });
  await entry.first().waitFor({ timeout: 30000 });
  await entry.first().click();
  await page.waitForSelector(".monaco-editor .view-lines", { timeout: 30000 });
  // the Problems panel shows the finding
  await page.keyboard.press("Control+Shift+M");
  const problem = page.locator(".markers-panel").getByText("is spelled “Calloway”", { exact: false });
  await problem.first().waitFor({ timeout: 60000 });
  await page.screenshot({ path: `${shots}/problems.png` });
  // hover over the misspelled name
  const word = page.locator(".view-lines span", { hasText: "Caloway" }).first();
  await word.waitFor({ timeout: 20000 });
  const box = await word.boundingBox();
  if (!box) await fail("the misspelled name is not on screen");
  // the span can hold more than the name: aim at its first letters
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  const hover = page.locator(".monaco-hover").getByText("is spelled “Calloway”", { exact: false });
  await hover.first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: `${shots}/hover.png` });
  // the rule's documentation, from `copydesk explain`, for the finding
  // under the cursor
  await page.mouse.click(box.x + 12, box.y + box.height / 2);
  await page.keyboard.press("Escape");
  await page.keyboard.press("F1");
  await page.keyboard.type("copydesk: Open the documentation of a rule");
  const command = page.locator(".quick-input-list .monaco-list-row", { hasText: "Open the documentation of a rule" });
  await command.first().waitFor({ timeout: 20000 });
  await page.keyboard.press("Enter");
  await page.locator(".tab", { hasText: "name-spelling.txt" }).first().waitFor({ timeout: 20000 });
  await page.locator(".view-lines", { hasText: "Silence" }).first().waitFor({ timeout: 20000 });
  await page.screenshot({ path: `${shots}/rule-docs.png` });
  console.log("code-server: Problems panel, hover and rule documentation OK");
} catch (e) {
  await fail(String(e));
}
await browser.close();
