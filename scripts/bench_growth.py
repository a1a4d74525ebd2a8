#!/usr/bin/env python3
"""Time against size for the drafts that used to be slow, whole process.

Usage: scripts/bench_growth.py [--bin PATH] [--sizes 10K,100K,1M,5M] [--runs R]
                               [--format json] [--shapes a,b]

For each shape (the same ones `tests/adversarial.rs` bounds) and each size,
writes the draft to a temporary folder and times `copydesk check --format
FORMAT --output-file ... DRAFT`, analysis and report together, R runs (one
at 5 MB), and prints the median, the throughput and the peak memory (GNU time). Time
that grows with the size, not its square, shows as a steady throughput.
The binary defaults to target/release/copydesk (build it first).
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def grow(unit, size):
    """`unit(i)` repeated until the text holds `size` bytes."""
    out, n, i = [], 0, 0
    while n < size:
        piece = unit(i)
        out.append(piece)
        n += len(piece.encode("utf-8"))
        i += 1
    return "".join(out)


SHAPES = {
    # every answer "he said", while the only person named is a woman
    "interview": ("txt", lambda size: "Mayor Ana Ruiz met reporters at the pier on Monday.\n\n"
                  + grow(lambda i: f"“We will rebuild the pier, section {i},” he said. Ruiz nodded.\n\n", size)),
    # short paragraphs, credited in turn to a woman by name and to "he"
    "short-paragraphs": ("md", lambda size: "Mayor Ana Ruiz met reporters.\n\n"
                         + grow(lambda i: f"“We will fix it {i},” he said.\n\n" if i % 2
                                else f"“Not yet {i},” said Ruiz.\n\n", size)),
    # one line, an unattributed quote every 38 bytes
    "one-line": ("txt", lambda size: grow(lambda i: "“The cars went nowhere today at all.” ", size)),
    # an ignore comment before every paragraph
    "ignores": ("md", lambda size: grow(
        lambda i: f"<!-- copydesk-ignore unattributed-quote -->\n“The cars went nowhere {i}.”\n\n", size)),
}


def parse_size(s):
    s = s.strip().upper()
    scale = {"K": 1000, "M": 1000_000}.get(s[-1], 1)
    return int(float(s.rstrip("KM")) * scale)


def run_once(binary, fmt, path, out):
    """Wall time and peak memory (MB, by GNU time) of one whole run."""
    mem = out + ".rss"
    t0 = time.perf_counter()
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", mem, binary, "check", "--fail-on", "never",
                    "--format", fmt, "--output-file", out, path], check=True, stdout=subprocess.DEVNULL)
    took = time.perf_counter() - t0
    return took, int(open(mem).read().split()[-1]) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "copydesk"))
    ap.add_argument("--sizes", default="10K,100K,1M,5M")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--format", default="json")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    args = ap.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    print("| shape | size | median | throughput | peak memory | findings |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.shapes.split(","):
            ext, make = SHAPES[name]
            second = None
            for size in sizes:
                text = make(size)
                path = os.path.join(tmp, f"draft.{ext}")
                out = os.path.join(tmp, "report")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                runs = 1 if size >= 5_000_000 else args.runs
                results = [run_once(args.bin, args.format, path, out) for _ in range(runs)]
                med = statistics.median(t for t, _ in results)
                peak = max(m for _, m in results)
                findings = open(out, encoding="utf-8").read().count('"code":') if args.format == "json" else "-"
                mb = len(text.encode("utf-8")) / 1e6
                print(f"| {name} | {mb:.2f} MB | {med * 1000:.1f} ms | {mb / med:.1f} MB/s | {peak:.0f} MB | {findings} |")
                sys.stdout.flush()
                if size == sizes[min(1, len(sizes) - 1)]:
                    second = (mb, med)
            # from the second size on: the smallest is mostly process start-up
            mb0, t0 = second
            print(f"| {name}: from {mb0:.1f} to {mb:.1f} MB, ×{mb / mb0:.0f} the text, ×{med / t0:.1f} the time | | | | | |")


if __name__ == "__main__":
    main()
