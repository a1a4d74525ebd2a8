#!/usr/bin/env python3
"""Language server latency and memory.

Usage: scripts/bench_lsp.py [--edits N] [--dense] [--burst] [--typing] [--bin PATH]

Drives `target/release/copydesk lsp` over stdio: opens a 1,500-word and a
10,000-word draft (built from the sample draft) and, for each, sends N
single-character edits one at a time, timing each from the didChange to
the publishDiagnostics for its version. Then opens 50 drafts and reads the
server's resident memory from /proc.

--dense times drafts built like the analysis benchmark's instead: the
sample draft (which shows every rule) repeated with the people renamed,
hundreds of findings per draft, an upper bound.

--burst sends, right after each edit and without waiting, the requests an
editor sends after a keystroke (hover, codeAction, inlayHint,
documentSymbol), and times the edit to its publishDiagnostics and to the
last of the four answers.

--typing types 60 characters into a 1 MB draft, one every 50 ms (a fast
typist), and reports how many versions were published and how long after
the last key its diagnostics came; repeated --typing-runs times.

--bin times another build of the server (an older commit's, say) instead
of building and timing this checkout's; run the two alternately to
compare them on a shared machine.
"""
import argparse, json, os, queue, statistics, subprocess, sys, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


SURNAMES = ["Okafor", "Lindgren", "Sauer", "Marsh", "Quinn", "Abebe", "Novak", "Reyes", "Tanaka", "Moreau",
            "Castillo", "Haddad", "Nakamura", "Petrov", "Osei", "Brennan", "Kowalski", "Mendez", "Larsen", "Fitzroy",
            "Achebe", "Duval", "Hoffman", "Iqbal", "Jansen", "Kruger", "Laurent", "Mbeki", "Nilsson", "Ortiz",
            "Pereira", "Quiroga", "Rossi", "Sato", "Toivonen", "Ueda", "Varga", "Wojcik", "Yilmaz", "Zeller",
            "Abbott", "Bishop", "Carver", "Dalton", "Ellery", "Fleming", "Garner", "Holt"]
FIRST = ["Ana", "Paul", "Maria", "David", "Sarah", "James", "Laura", "Peter", "Helen", "Omar", "Nina", "Victor"]
TOWNS = ["Alder Creek", "Birchfield", "Cold Harbor", "Dunmore", "Elm Ridge", "Fairhaven", "Glenwood", "Hollis",
         "Ironwood", "Juniper Falls", "Kestrel Bay", "Linden", "Millbrook", "Northgate", "Oak Hollow", "Pine Bluff"]


SUBJECTS = ["the plant", "the old filter house", "our pumping station", "the reservoir", "this system", "the intake",
            "every pipe under Main Street", "the budget", "the treatment line", "our water"]
VERBS = ["has needed", "has been waiting for", "cannot go on without", "was never built for", "will not survive without",
         "keeps asking for", "has outgrown", "depends on", "was designed before", "has run past"]
OBJECTS = ["a real fix", "new pumps", "a second basin", "a modern lab", "steady money", "the repairs we promised",
           "a plan that lasts", "better monitoring", "more capacity", "honest numbers"]
TAILS = ["since the flood", "for a decade", "this summer", "every winter", "before the next drought",
         "by any measure", "and everyone here knows it", "whatever the board decides", "in plain terms", "right now"]


def quote(rng):
    return " ".join([rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]).capitalize()


def draft(words):
    """A realistic draft: sections about different towns and people, with
    the few findings an ordinary draft has (one unattributed quote per
    section's resident, no cross-section conflicts)."""
    section = open(os.path.join(ROOT, "benches", "section.md"), encoding="utf-8").read()
    import random
    rng = random.Random(words)
    out, i = [], 0
    while len(" ".join(out).split()) < words:
        a, b, c = SURNAMES[(3 * i) % len(SURNAMES)], SURNAMES[(3 * i + 1) % len(SURNAMES)], SURNAMES[(3 * i + 2) % len(SURNAMES)]
        text = section
        for key, val in {"{TOWN}": TOWNS[i % len(TOWNS)] + (f" {i // len(TOWNS) + 1}" if i >= len(TOWNS) else ""),
                         "{A_FIRST}": FIRST[i % 12], "{B_FIRST}": FIRST[(i + 5) % 12], "{C_FIRST}": FIRST[(i + 9) % 12],
                         "{A}": a, "{B}": b, "{C}": c, "{V}": str(5 + i % 3), "{M}": str(40 + i), "{AGE}": str(45 + i % 30),
                         "{Q}": str(6 + i % 5), "{F}": str(9 + i % 7)}.items():
            text = text.replace(key, val)
        for slot in range(1, 7):
            text = text.replace("{Q%d}" % slot, quote(rng))
        out.append(text)
        i += 1
    return "\n".join(out)


def dense_draft(words):
    """The analysis benchmark's draft, printed by the example that shares
    its generator (benches/support/dense_draft.rs)."""
    exe = os.path.join(ROOT, "target", "release", "examples", "dense_draft")
    return subprocess.run([exe, str(words)], capture_output=True, check=True, text=True).stdout


class Server:
    def __init__(self, binary):
        self.p = subprocess.Popen([binary, "lsp"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.id = 0

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        length = 0
        while True:
            line = self.p.stdout.readline().strip()
            if not line:
                break
            if line.startswith(b"Content-Length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.p.stdout.read(length))

    def request(self, method, params):
        self.id += 1
        self.send({"jsonrpc": "2.0", "id": self.id, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == self.id and "method" not in m:
                return m

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_diagnostics(self, uri, version):
        while True:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri \
                    and m["params"].get("version") == version:
                return m


BURST = ["textDocument/hover", "textDocument/codeAction", "textDocument/inlayHint", "textDocument/documentSymbol"]


def burst_params(method, uri, line, col):
    at = {"line": line, "character": col}
    doc = {"uri": uri}
    if method == "textDocument/hover":
        return {"textDocument": doc, "position": at}
    if method == "textDocument/codeAction":
        return {"textDocument": doc, "range": {"start": at, "end": at}, "context": {"diagnostics": []}}
    if method == "textDocument/inlayHint":
        return {"textDocument": doc, "range": {"start": {"line": max(0, line - 40), "character": 0}, "end": {"line": line + 40, "character": 0}}}
    return {"textDocument": doc}


def latency(server, uri, text, edits, burst=False):
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    server.wait_diagnostics(uri, 1)
    lines = text.split("\n")
    # the longest ordinary line: an edit in the middle of the prose
    target = max(range(len(lines)), key=lambda i: 0 if lines[i].startswith(("#", "<", "|")) else len(lines[i]))
    times, answered = [], []
    for i in range(edits):
        version = i + 2
        col = len(lines[target]) + i
        t0 = time.perf_counter()
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": target, "character": col}, "end": {"line": target, "character": col}}, "text": "x"}]})
        if not burst:
            server.wait_diagnostics(uri, version)
            times.append((time.perf_counter() - t0) * 1000)
            continue
        ids = set()
        for method in BURST:
            server.id += 1
            ids.add(server.id)
            server.send({"jsonrpc": "2.0", "id": server.id, "method": method, "params": burst_params(method, uri, target, col // 2)})
        published = None
        while ids or published is None:
            m = server.read()
            now = (time.perf_counter() - t0) * 1000
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri \
                    and m["params"].get("version") == version:
                published = now
            elif "method" not in m and m.get("id") in ids:
                ids.discard(m["id"])
                if not ids:
                    last = now
        times.append(published)
        answered.append(last)
    times.sort()
    answered.sort()
    p99 = lambda xs: xs[int(len(xs) * 0.99) - 1]
    if burst:
        return statistics.median(times), p99(times), statistics.median(answered), p99(answered)
    return statistics.median(times), p99(times)


def typing(binary, keys=60, gap=0.05):
    """Types `keys` characters into a 1 MB draft, one every `gap` seconds;
    returns (versions published, seconds from the last key to its
    diagnostics)."""
    s = Server(binary)
    s.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    s.notify("initialized", {})
    text = draft(175000)
    uri = "untitled:long.md"
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    s.wait_diagnostics(uri, 1)
    seen = queue.Queue()

    def reader():
        while True:
            try:
                m = s.read()
            except Exception:
                return
            seen.put((time.perf_counter(), m))
    threading.Thread(target=reader, daemon=True).start()
    lines = text.split("\n")
    target = max(range(len(lines)), key=lambda i: len(lines[i]))
    col = len(lines[target])
    for k in range(keys):
        s.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": k + 2},
            "contentChanges": [{"range": {"start": {"line": target, "character": col + k}, "end": {"line": target, "character": col + k}}, "text": "x"}]})
        last_key = time.perf_counter()
        time.sleep(gap)
    published = []
    while True:
        t, m = seen.get(timeout=30)
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
            published.append(m["params"]["version"])
            if m["params"]["version"] == keys + 1:
                delay = t - last_key
                break
    # how many versions were analysed (a build that can say)
    s.send({"jsonrpc": "2.0", "id": 999999, "method": "copydesk/stats", "params": None})
    analysed = "?"
    while True:
        t, m = seen.get(timeout=30)
        if m.get("id") == 999999:
            analysed = m.get("result", {}).get("analyses", "?") if "result" in m else "?"
            break
    # the server's CPU time for the open and the typing
    fields = open(f"/proc/{s.p.pid}/stat").read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    s.p.kill()
    return len(published), delay, len(text), analysed, cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--dense", action="store_true", help="drafts that show every rule, many times over")
    ap.add_argument("--burst", action="store_true", help="an editor's requests after each edit")
    ap.add_argument("--typing", action="store_true", help="fast typing in a 1 MB draft, and nothing else")
    ap.add_argument("--typing-runs", type=int, default=5)
    ap.add_argument("--bin", help="the copydesk binary to time (default: build this checkout's)")
    a = ap.parse_args()
    if not a.bin or a.dense:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "copydesk", "--example", "dense_draft"],
                       cwd=ROOT, check=True)
    binary = a.bin or os.path.join(ROOT, "target", "release", "copydesk")
    if a.typing:
        for _ in range(a.typing_runs):
            n, delay, size, analysed, cpu = typing(binary)
            print(f"typing 60 keys 50 ms apart in a {size / 1e6:.2f} MB draft: {n} versions published, "
                  f"the last {delay * 1000:.0f} ms after the last key; {analysed} analyses and "
                  f"{cpu:.2f} s of CPU since the open")
        return
    s = Server(binary)
    s.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    s.notify("initialized", {})
    for words in (1500, 10000):
        text = dense_draft(words) if a.dense else draft(words)
        r = latency(s, f"untitled:draft{words}.md", text, a.edits, a.burst)
        print(f"{words}-word draft: didChange -> publishDiagnostics median {r[0]:.2f} ms, p99 {r[1]:.2f} ms over {a.edits} edits"
              + (f"; -> last of the 4 answers median {r[2]:.2f} ms, p99 {r[3]:.2f} ms" if a.burst else ""))
    for i in range(50):
        uri = f"untitled:open{i}.md"
        s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": draft(1500)}})
        s.wait_diagnostics(uri, 1)
    rss = 0
    for line in open(f"/proc/{s.p.pid}/status"):
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
    print(f"52 open drafts (50 of 1,500 words, one of 1,500 and one of 10,000 words after the edits): {rss:.1f} MB resident")
    s.request("shutdown", None)
    s.notify("exit", None)


if __name__ == "__main__":
    main()
