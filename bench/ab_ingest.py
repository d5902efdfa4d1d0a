#!/usr/bin/python3
"""ab_ingest.py: two pstmaild builds against each other on one private Dovecot (bench/run.py's mail stack),
in alternating order, so a shared machine's slow spells hit both alike. The corpus (run.py's, or its worst
case) is delivered once; each run ingests all of it over IMAPS with `--once --no-send` into a fresh database.
Prints each run and the medians (wall, CPU, peak RSS, first ticket) and writes them as JSON.

    python3 bench/ab_ingest.py --a /path/old/pstmaild --b build/daemon/pstmaild --worst-case --runs 6
"""
import argparse
import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (bench/run.py: the mail stack, the config, the timed run)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", required=True, help="one pstmaild binary")
    ap.add_argument("--b", required=True, help="the other")
    ap.add_argument("--runs", type=int, default=6, help="runs of each")
    ap.add_argument("--mails", type=int, default=5000)
    ap.add_argument("--worst-case", action="store_true", help="the worst-case corpus (parse_bench --worst-case)")
    ap.add_argument("--work", default="/dev/shm/pstbench-ab")
    ap.add_argument("--out", default="/dev/shm/pstbench-ab.json")
    args = ap.parse_args()
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    corpus = work / "corpus"
    subprocess.run([str(run.BUILD / "bench" / "parse_bench"), "--count", str(args.mails), "--passes", "1",
                    "--write-corpus", str(corpus), "--out", str(work / "corpus.json")]
                   + (["--worst-case"] if args.worst_case else []), check=True, stdout=subprocess.DEVNULL)
    builds = {"a": args.a, "b": args.b}
    runs = {"a": [], "b": []}
    stack = run.Stack(work / "s")
    try:
        stack.deliver(sorted(corpus.iterdir()))
        for r in range(args.runs):
            for name in ("a", "b") if r % 2 == 0 else ("b", "a"):
                db, cfg = work / "ingest.db", work / "ingest.yaml"
                run.write_config(cfg, stack, db, True)
                run.remove_db(db)
                wall, hwm, cpu, first = run.run_timed([builds[name], "--config", str(cfg), "--once", "--no-send"],
                                                      first_log=run.FIRST_TICKET_LOG)
                counts = run.db_counts(db)
                if counts["processed"] != args.mails:
                    raise RuntimeError(f"{builds[name]}: ingest incomplete: {counts}")
                runs[name].append({"wall": wall, "cpu": cpu, "peak_rss_mb": hwm / 1024, "first_ticket": first})
                print(f"{name}: {wall:.2f} s, cpu {cpu:.2f} s, peak RSS {hwm / 1024:.1f} MB, first ticket after "
                      f"{first if first is not None else float('nan'):.2f} s", flush=True)
    finally:
        stack.stop()
        shutil.rmtree(work, ignore_errors=True)
    out = {"corpus": "worst case" if args.worst_case else "bench corpus", "mails": args.mails, "builds": builds,
           "runs": runs}
    for name, rs in runs.items():
        med = {k: statistics.median(x[k] for x in rs if x[k] is not None) for k in ("wall", "cpu", "first_ticket")}
        med["peak_rss_mb_max"] = max(x["peak_rss_mb"] for x in rs)
        out[f"median_{name}"] = med
        print(f"{name} ({builds[name]}): median {med['wall']:.2f} s, cpu {med['cpu']:.2f} s, first ticket "
              f"{med['first_ticket']:.2f} s, peak RSS at most {med['peak_rss_mb_max']:.1f} MB")
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
