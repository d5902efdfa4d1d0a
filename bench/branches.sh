#!/usr/bin/env bash
# branches.sh: what the parse path costs the processor's front end per worst-case mail - instructions, conditional
# branches, the mispredicted ones and instruction-cache misses - by callgrind's simulation, for decode_mail and
# analyse only (not the corpus loading), with the functions that mispredict most. Instruction counts alone stopped
# predicting the parse's wall time (BENCHMARKS.md, thirty-second session): a change to the detectors is read by this
# and by alternating wall-time rounds together.
#
#   bash bench/branches.sh [MAILS]     # 300 worst-case mails by default; writes bench/results-branches.json
#
# The simulation's predictor is simpler than a real one and it models no prefetching: compare its figures with
# each other (before and after a change), not with a processor's counters. Needs valgrind (scripts/setup.sh --bench).
set -euo pipefail
cd "$(dirname "$0")/.."
MAILS="${1:-300}"
command -v valgrind >/dev/null || { echo "branches.sh: valgrind is not installed (bash scripts/setup.sh --bench)" >&2; exit 69; }
bash scripts/build.sh >/dev/null  # configured as bench/run.sh and the tests build it (RelWithDebInfo)
WORK="$(mktemp -d /dev/shm/pstbranches.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
build/bench/parse_bench --count "$MAILS" --worst-case --passes 1 --write-corpus "$WORK/corpus" --out /dev/null >/dev/null
valgrind --tool=callgrind --branch-sim=yes --cache-sim=yes --callgrind-out-file="$WORK/cg" \
  '--toggle-collect=pst::analyse(*' '--toggle-collect=pst::decode_mail(*' \
  build/bench/parse_bench --dir "$WORK/corpus" --analyse --passes 1 --out /dev/null >/dev/null 2>"$WORK/log"
callgrind_annotate --show=Ir,Bc,Bcm,I1mr --sort=Bcm "$WORK/cg" >"$WORK/annotated" 2>/dev/null
/usr/bin/python3 - "$WORK/annotated" "$MAILS" bench/results-branches.json <<'EOF'
import json, re, sys
annotated, mails, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(annotated, encoding="utf-8", errors="replace").read().splitlines()
num = lambda s: int(s.replace(",", ""))
row = re.compile(r"^\s*([\d,]+)\s+\([^)]*\)\s+([\d,]+)\s+\([^)]*\)\s+([\d,]+)\s+\([^)]*\)\s+([\d,]+)\s+\([^)]*\)\s+(.*)$")
totals, functions = None, []
for line in lines:
    m = row.match(line)
    if not m:
        continue
    ir, bc, bcm, i1 = (num(m.group(k)) for k in range(1, 5))
    name = m.group(5)
    if "PROGRAM TOTALS" in name:
        totals = (ir, bc, bcm, i1)
    elif totals is not None and len(functions) < 15:
        name = re.sub(r"\(anonymous namespace\)", "anon", name.split(" [")[0])
        functions.append({"function": name[:160], "mispredicted_conditional": bcm, "share": bcm / totals[2] if totals[2] else 0})
if totals is None:
    sys.exit("branches.sh: no totals in callgrind's output")
ir, bc, bcm, i1 = totals
result = {"benchmark": "branches", "mails": mails, "corpus": "parse_bench --worst-case",
          "per_mail": {"instructions": ir / mails, "conditional_branches": bc / mails,
                       "mispredicted_conditional_branches": bcm / mails, "instruction_cache_misses": i1 / mails},
          "mispredict_rate": bcm / bc if bc else 0, "top_mispredicting": functions}
json.dump(result, open(out, "w"), indent=2)
p = result["per_mail"]
print(f"per worst-case mail: {p['instructions']:,.0f} instructions, {p['conditional_branches']:,.0f} conditional branches, "
      f"{p['mispredicted_conditional_branches']:,.0f} of them mispredicted ({result['mispredict_rate']:.1%}), "
      f"{p['instruction_cache_misses']:,.0f} instruction-cache misses")
for f in functions[:10]:
    print(f"  {f['share']:6.1%}  {f['function'][:110]}")
print(f"written {out}")
EOF
