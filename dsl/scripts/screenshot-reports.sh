#!/bin/sh
# Builds the HTML report of every example model and screenshots each page with headless Chromium,
# to look at what `hamc report --html` draws.
#
#   dsl/scripts/screenshot-reports.sh [OUT]     (run from the repository root; OUT defaults to
#                                                dsl/target/report-screenshots)
#
# Needs dsl/target/hamc.jar (./mvnw -B -q package -pl runtime,dsl -DskipTests) and `chromium`
# (or CHROMIUM=/path/to/chrome). Writes OUT/NAME.html and OUT/NAME.png for each
# examples/src/main/ham/NAME.ham; the window is 1400 x HEIGHT pixels (HEIGHT=2400 by default).
set -eu

out=${1:-dsl/target/report-screenshots}
jar=dsl/target/hamc.jar
chromium=${CHROMIUM:-chromium}
height=${HEIGHT:-2400}

if [ ! -f "$jar" ]; then
    echo "screenshot-reports: $jar is missing; build it with ./mvnw -B -q package -pl runtime,dsl -DskipTests" >&2
    exit 2
fi
command -v "$chromium" >/dev/null || { echo "screenshot-reports: $chromium not found (set CHROMIUM)" >&2; exit 2; }

mkdir -p "$out"
status=0
for ham in examples/src/main/ham/*.ham; do
    name=$(basename "$ham" .ham)
    if java -jar "$jar" report "$ham" --html "$out" >/dev/null; then
        "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
            --screenshot="$out/$name.png" --window-size=1400,"$height" \
            "file://$(cd "$out" && pwd)/$name.html" >/dev/null 2>&1
        echo "$out/$name.png"
    else
        echo "screenshot-reports: hamc report failed on $ham" >&2
        status=1
    fi
done
exit $status
