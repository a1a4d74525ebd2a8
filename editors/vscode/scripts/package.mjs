// Builds a platform-specific .vsix with the copydesk server inside it
// (bin/copydesk, or bin/copydesk.exe for Windows targets).
//
//   node scripts/package.mjs [--target linux-x64] [--binary PATH]
//
// The target defaults to this machine's platform; the binary to
// $COPYDESK_BIN, else the repository's target/release/copydesk. For the
// other targets of a release, cross-build the binary and pass it with
// --binary. Writes copydesk-TARGET.vsix in this folder.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const root = path.resolve(here, "..", "..");
const TARGETS = ["win32-x64", "win32-arm64", "linux-x64", "linux-arm64", "linux-armhf", "alpine-x64", "alpine-arm64", "darwin-x64", "darwin-arm64"];

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const target = option("--target") ?? `${process.platform}-${process.arch === "arm" ? "armhf" : process.arch}`;
if (!TARGETS.includes(target)) {
  console.error(`package: unknown target ${target}; one of ${TARGETS.join(", ")}`);
  process.exit(2);
}
const exe = target.startsWith("win32") ? "copydesk.exe" : "copydesk";
const binary = path.resolve(option("--binary") ?? process.env.COPYDESK_BIN ?? path.join(root, "target", "release", exe));
if (!fs.existsSync(binary)) {
  console.error(`package: no server binary at ${binary}; build it with \`cargo build --release\` in ${root}, or pass --binary PATH`);
  process.exit(2);
}

const bin = path.join(here, "bin");
fs.rmSync(bin, { recursive: true, force: true });
fs.mkdirSync(bin);
fs.copyFileSync(binary, path.join(bin, exe));
fs.chmodSync(path.join(bin, exe), 0o755);
const out = `copydesk-${target}.vsix`;
try {
  execFileSync(
    path.join(here, "node_modules", ".bin", process.platform === "win32" ? "vsce.cmd" : "vsce"),
    ["package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--target", target, "--out", out],
    { cwd: here, stdio: "inherit" },
  );
} finally {
  fs.rmSync(bin, { recursive: true, force: true });
}
console.log(`package: ${path.join(here, out)} (server: ${binary})`);
