import { test } from "node:test";
import * as assert from "node:assert/strict";
import { documentSelector, parseHouseNames, readSettings, toServerSettings } from "../settings";

test("defaults map to the server's defaults", () => {
  const s = readSettings((_key, fallback) => fallback);
  assert.deepEqual(toServerSettings(s), {
    copydesk: { rules: {}, preferredNames: [], inlayHints: true, languages: ["markdown", "plaintext"], checkWorkspace: false, hoverFindings: false },
  });
});

test("the server's hover does not repeat the findings VS Code's own hover shows", () => {
  const s = readSettings((_key, fallback) => fallback);
  assert.equal(toServerSettings(s).copydesk.hoverFindings, false);
});

test("rule settings pass through, malformed ones are dropped", () => {
  const values: Record<string, unknown> = {
    rules: {
      "first-reference": { enabled: false },
      "unattributed-quote": { severity: "error" },
      "name-spelling": { severity: "loud", enabled: "yes" },
      "conflicting-age": null,
    },
    "inlayHints.speakers": false,
    languages: ["markdown", "", "restructuredtext"],
    checkWorkspace: true,
  };
  const get = <T>(key: string, fallback: T): T => (key in values ? (values[key] as T) : fallback);
  const server = toServerSettings({ ...readSettings(get), houseNames: ["Volodymyr Zelenskyy"] });
  assert.deepEqual(server.copydesk.rules, {
    "first-reference": { enabled: false },
    "unattributed-quote": { severity: "error" },
    "name-spelling": {},
  });
  assert.equal(server.copydesk.inlayHints, false);
  assert.deepEqual(server.copydesk.languages, ["markdown", "restructuredtext"]);
  assert.deepEqual(server.copydesk.preferredNames, ["Volodymyr Zelenskyy"]);
  assert.equal(server.copydesk.checkWorkspace, true);
});

test("a file size limit passes through only when it is a size", () => {
  const withSize = (maxFileSize: string) =>
    toServerSettings({ ...readSettings((_key, fallback) => fallback), maxFileSize }).copydesk.maxFileSize;
  assert.equal(withSize(""), undefined);
  assert.equal(withSize("128MB"), "128MB");
  assert.equal(withSize(" 512 kib "), "512 kib");
  assert.equal(withSize("1000000"), "1000000");
  assert.equal(withSize("lots"), undefined);
  assert.equal(withSize("0MB"), undefined);
});

test("house names file: one name a line, comments skipped", () => {
  assert.deepEqual(parseHouseNames("# house list\nViktor Orbán\r\n\n  Kaja Kallas  \n"), ["Viktor Orbán", "Kaja Kallas"]);
});

test("document selector covers files and untitled buffers", () => {
  assert.deepEqual(documentSelector(["markdown"]), [
    { scheme: "file", language: "markdown" },
    { scheme: "untitled", language: "markdown" },
  ]);
});
