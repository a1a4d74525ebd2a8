#!/usr/bin/env python3
"""Count `unattributed-quote` findings that fall on quotes a corpus marks as
attributed: false alarms on published copy.

Usage: unattributed_on_gold.py CORPUS.jsonl [--bin PATH] [--show] [--rules]

CORPUS.jsonl lines: {"id", "text", "quotes": [{"start", "end"}], "other_quotes":
[{"start", "end"}]} with Unicode code point offsets (the PolNeAR quote corpus
format). Every text is written to a scratch folder and checked with one
`copydesk check --format json` run. A finding counts as "on gold" when its
byte range overlaps a gold quote's.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def byte_offsets(text):
    """Code point offset -> byte offset (one entry past the end too)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def overlaps(spans, start, end):
    return any(s < end and start < e for s, e in spans)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--bin", default=os.environ.get("COPYDESK", "target/release/copydesk"))
    ap.add_argument("--show", action="store_true", help="print each finding on a gold quote")
    ap.add_argument("--rules", action="store_true",
                    help="also count every other rule's findings (published copy: nearly all false alarms)")
    a = ap.parse_args()

    records = [json.loads(line) for line in open(a.corpus, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        for i, r in enumerate(records):
            with open(os.path.join(tmp, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(r["text"])
        p = subprocess.run([a.bin, "check", "--format", "json", tmp], capture_output=True)
        if p.returncode not in (0, 1):
            sys.stderr.write(p.stderr.decode("utf-8", "replace"))
            raise SystemExit(f"copydesk check exited {p.returncode}")
        out = json.loads(p.stdout)

    total = on_gold = on_other = 0
    by_rule = {}
    for f in out["files"]:
        for d in f["diagnostics"]:
            by_rule[d["code"]] = by_rule.get(d["code"], 0) + 1
        r = records[int(os.path.basename(f["path"])[:6])]
        bo = byte_offsets(r["text"])
        raw = r["text"].encode("utf-8")
        gold = [(bo[q["start"]], bo[q["end"]]) for q in r["quotes"]]
        other = [(bo[q["start"]], bo[q["end"]]) for q in r.get("other_quotes", [])]
        for d in f["diagnostics"]:
            if d["code"] != "unattributed-quote":
                continue
            total += 1
            s, e = d["byte_start"], d["byte_end"]
            if overlaps(gold, s, e):
                on_gold += 1
                if a.show:
                    before = raw[max(0, s - 160):s].decode("utf-8", "replace")
                    quote = raw[s:e].decode("utf-8", "replace")[:100]
                    print(f"{r['id']}: …{before}[{quote}]".replace("\n", " / "), end="\n\n")
            elif overlaps(other, s, e):
                on_other += 1
    n = len(records)
    print(
        f"{n} articles: {total} unattributed-quote findings ({100 * total / n:.1f} per 100 articles), "
        f"{on_gold} on quotes the corpus marks as attributed, {on_other} on its other quoted spans"
    )
    if a.rules:
        for code in sorted(by_rule):
            print(f"  {code:24} {by_rule[code]}")


if __name__ == "__main__":
    main()
