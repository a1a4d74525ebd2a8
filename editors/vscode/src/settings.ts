// Mapping from the extension's settings to the server's configuration
// (initializationOptions and workspace/didChangeConfiguration). Pure, so it
// can be unit-tested without VS Code.

export type Severity = "error" | "warning" | "information" | "hint";

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface ExtensionSettings {
  rules: Record<string, RuleSetting>;
  houseNames: string[];
  inlayHints: boolean;
  languages: string[];
  checkWorkspace: boolean;
  /** The largest draft read from disk, e.g. "64MB"; empty for the server's default. */
  maxFileSize: string;
}

export interface ServerSettings {
  copydesk: {
    rules: Record<string, RuleSetting>;
    preferredNames: string[];
    inlayHints: boolean;
    languages: string[];
    checkWorkspace: boolean;
    maxFileSize?: string;
    /** VS Code shows a diagnostic's message and related places in its own
     * hover, above the server's: the server's hover must not repeat them. */
    hoverFindings: false;
  };
}

const SEVERITIES: ReadonlySet<string> = new Set(["error", "warning", "information", "hint"]);

/** Reads a value from a settings getter, falling back on a default of the same shape. */
export type Getter = <T>(key: string, fallback: T) => T;

export function readSettings(get: Getter): ExtensionSettings {
  return {
    rules: get<Record<string, RuleSetting>>("rules", {}),
    houseNames: [],
    inlayHints: get<boolean>("inlayHints.speakers", true),
    languages: get<string[]>("languages", ["markdown", "plaintext"]),
    checkWorkspace: get<boolean>("checkWorkspace", false),
    maxFileSize: get<string>("maxFileSize", ""),
  };
}

/** One house name per line; blank lines and `#` comments are skipped. */
export function parseHouseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"));
}

/** A size as the server reads it: digits and an optional B, K(i)B, M(i)B or G(i)B. */
const SIZE = /^\s*[0-9]+\s*(B|KB?|KIB|MB?|MIB|GB?|GIB)?\s*$/i;

/** The server's settings: only well-formed rule entries and sizes are passed on. */
export function toServerSettings(s: ExtensionSettings): ServerSettings {
  const rules: Record<string, RuleSetting> = {};
  for (const [code, value] of Object.entries(s.rules ?? {})) {
    if (typeof value !== "object" || value === null) {
      continue;
    }
    const rule: RuleSetting = {};
    if (typeof value.enabled === "boolean") {
      rule.enabled = value.enabled;
    }
    if (typeof value.severity === "string" && SEVERITIES.has(value.severity)) {
      rule.severity = value.severity;
    }
    rules[code] = rule;
  }
  const out: ServerSettings = {
    copydesk: {
      rules,
      preferredNames: [...s.houseNames],
      inlayHints: s.inlayHints !== false,
      languages: s.languages.filter((l) => typeof l === "string" && l.length > 0),
      checkWorkspace: s.checkWorkspace === true,
      hoverFindings: false,
    },
  };
  if (typeof s.maxFileSize === "string" && SIZE.test(s.maxFileSize) && !/^\s*0+\s*[a-z]*\s*$/i.test(s.maxFileSize)) {
    out.copydesk.maxFileSize = s.maxFileSize.trim();
  }
  return out;
}

/** The language ids as a document selector for the language client. */
export function documentSelector(languages: string[]): { scheme: string; language: string }[] {
  const out: { scheme: string; language: string }[] = [];
  for (const language of languages) {
    out.push({ scheme: "file", language }, { scheme: "untitled", language });
  }
  return out;
}
