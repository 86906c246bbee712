#!/bin/sh
# Runs the anchors' suite (../shared/anchors: sympy and FORM on 35 polynomials) and CheapNet's
# planner on the same .poly files, and prints one Markdown table side by side.
# Usage (from the project root, after ./mvnw -B -q package -DskipTests):
#   sh dsl/scripts/anchors-compare.sh [ANCHORS_DIR [OUT_DIR]]
# Needs: apt-get install -y form python3-sympy python3-numpy (the anchors' requirements).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
ANCHORS=${1:-$ROOT/../shared/anchors}
OUT=${2:-$ROOT/dsl/target/anchors}
HAMC="$ROOT/dsl/target/hamc.jar"
[ -f "$HAMC" ] || { echo "missing $HAMC: run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
PY=""
for p in $(which -a python3); do "$p" -c 'import sympy' 2>/dev/null && PY=$p && break; done
[ -n "$PY" ] || { echo 'no python3 with sympy: apt-get install -y form python3-sympy python3-numpy' >&2; exit 1; }
command -v form >/dev/null || { echo 'FORM is missing: apt-get install -y form' >&2; exit 1; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$OUT"
"$PY" "$ANCHORS/gen.py" suite "$OUT/polys" >/dev/null
"$PY" "$ANCHORS/bench.py" "$OUT/polys" --json "$OUT/anchors.json" --md "$OUT/anchors.md" >/dev/null
"$JAVA" -jar "$HAMC" plan "$OUT"/polys/*.poly --json > "$OUT/cheapnet.json"
"$PY" "$ROOT/dsl/scripts/anchors_table.py" "$OUT/anchors.json" "$OUT/cheapnet.json" | tee "$OUT/comparison.md"
