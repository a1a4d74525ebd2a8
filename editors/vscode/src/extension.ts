// copydesk for VS Code: starts `copydesk lsp` and maps the settings.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { documentSelector, parseHouseNames, readSettings, toServerSettings, ServerSettings } from "./settings";

let client: LanguageClient | undefined;

/** Rule documentation as read-only documents: copydesk-rule:CODE.txt shows `copydesk explain CODE`. */
const RULE_SCHEME = "copydesk-rule";

function serverSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration("copydesk");
  const settings = readSettings(<T>(key: string, fallback: T) => config.get<T>(key, fallback));
  const file = config.get<string>("houseNamesFile", "");
  if (file) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
    const full = path.isAbsolute(file) ? file : path.join(folder, file);
    try {
      settings.houseNames = parseHouseNames(fs.readFileSync(full, "utf8"));
    } catch (e) {
      void vscode.window.showWarningMessage(`copydesk: cannot read the house names file ${full}: ${e}`);
    }
  }
  return toServerSettings(settings);
}

/** copydesk.path, else the binary bundled in the extension, else PATH. */
function findServer(context: vscode.ExtensionContext): string | undefined {
  const configured = vscode.workspace.getConfiguration("copydesk").get<string>("path", "");
  if (configured) {
    return fs.existsSync(configured) ? configured : undefined;
  }
  const bundled = context.asAbsolutePath(path.join("bin", process.platform === "win32" ? "copydesk.exe" : "copydesk"));
  if (fs.existsSync(bundled)) {
    if (process.platform !== "win32") {
      try {
        fs.accessSync(bundled, fs.constants.X_OK);
      } catch {
        // an unpacker that dropped the executable bit
        fs.chmodSync(bundled, 0o755);
      }
    }
    return bundled;
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, process.platform === "win32" ? "copydesk.exe" : "copydesk");
    if (dir && fs.existsSync(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const command = findServer(context);
  if (!command) {
    const configured = vscode.workspace.getConfiguration("copydesk").get<string>("path", "");
    const message = configured
      ? `copydesk: the binary set in copydesk.path (${configured}) does not exist.`
      : "copydesk: no copydesk binary found. Install the copydesk extension built for your platform (it carries the server), or `pip install copydesk`, or set copydesk.path.";
    void vscode.window.showErrorMessage(message, "Open settings").then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.path");
      }
    });
    return;
  }
  const settings = serverSettings();
  const serverOptions: ServerOptions = { command, args: ["lsp"] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings.copydesk.languages),
    initializationOptions: settings,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/{copydesk.toml,*.md,*.markdown,*.txt}") },
  };
  client = new LanguageClient("copydesk", "copydesk", serverOptions, clientOptions);
  await client.start();
}

/** The text of `copydesk explain CODE`, from the same binary the server runs. */
function explain(context: vscode.ExtensionContext, code: string): Promise<string> {
  const command = findServer(context);
  if (!command) {
    return Promise.resolve("copydesk: no copydesk binary found, so the rule documentation cannot be shown.\n");
  }
  return new Promise((resolve) => {
    execFile(command, ["explain", code], { timeout: 10000 }, (error, stdout, stderr) => {
      resolve(error && !stdout ? `${stderr || error.message}\n` : stdout);
    });
  });
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    await client.stop();
    client = undefined;
  }
  await start(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RULE_SCHEME, {
      provideTextDocumentContent: (uri) => explain(context, uri.path.replace(/^\/+/, "").replace(/\.txt$/, "")),
    }),
    vscode.commands.registerCommand("copydesk.restartServer", () => restart(context)),
    vscode.commands.registerCommand("copydesk.showSources", () =>
      vscode.commands.executeCommand("workbench.action.gotoSymbol"),
    ),
    vscode.commands.registerCommand("copydesk.openRuleDocs", async (code?: string) => {
      const editor = vscode.window.activeTextEditor;
      let rule = code;
      if (!rule && editor) {
        const here = vscode.languages
          .getDiagnostics(editor.document.uri)
          .find((d) => d.source === "copydesk" && d.range.contains(editor.selection.active));
        rule = typeof here?.code === "object" ? String(here.code.value) : here?.code?.toString();
      }
      if (!rule) {
        rule = await vscode.window.showInputBox({ prompt: "Rule code, e.g. unattributed-quote" });
      }
      rule = rule?.trim();
      if (rule) {
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: RULE_SCHEME, path: `${rule}.txt` }));
        await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      }
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("copydesk")) {
        return;
      }
      if (e.affectsConfiguration("copydesk.path") || e.affectsConfiguration("copydesk.languages")) {
        await restart(context);
      } else if (client) {
        await client.sendNotification("workspace/didChangeConfiguration", { settings: serverSettings() });
      }
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
