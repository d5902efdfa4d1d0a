#!/usr/bin/python3
"""summarise.py: the fault table of RELIABILITY.md from the reliability tests' JSON lines.

    python3 tests/reliability/summarise.py build/tests/reliability/reliability-results.jsonl

One row per fault (the last run of each fault counts): runs, mails, lost, duplicated, and every
other figure the test recorded as a note. The tests append to the file; delete it for a fresh table.
"""
import json
import sys

KEYS = ("fault", "runs", "mails", "lost", "duplicated")


def main(path):
    rows = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                r = json.loads(line)
                rows[r["fault"]] = r
    print("| fault | runs | mails | lost | duplicated | notes |")
    print("|---|---:|---:|---:|---:|---|")
    for fault, r in sorted(rows.items()):
        notes = ", ".join(f"{k} {round(v, 2) if isinstance(v, float) else v}" for k, v in sorted(r.items())
                          if k not in KEYS)
        print(f"| {fault} | {r.get('runs', '')} | {r.get('mails', '')} | {r.get('lost', '')} | "
              f"{r.get('duplicated', '')} | {notes} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/tests/reliability/reliability-results.jsonl")
