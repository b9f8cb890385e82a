#!/bin/sh
# Wall time of the whole example review (examples/suzhou-2016-review/review.jicha), each run in a
# fresh workspace; hyperfine reports mean, min/max and (with --export-json) the median.
# Run from the repository root after './mvnw -q -DskipTests package'.
set -eu
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
hyperfine --runs "${RUNS:-5}" --warmup 0 \
  --prepare "rm -rf '$ws/run' && mkdir '$ws/run'" \
  --export-json "${EXPORT:-/tmp/jicha-example-bench.json}" \
  "JICHA_WORKSPACE='$ws/run' LC_ALL=C.UTF-8 java -jar target/jicha.jar @examples/suzhou-2016-review/review.jicha"
python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('median %.2f s' % r['median'])" \
  "${EXPORT:-/tmp/jicha-example-bench.json}" 2>/dev/null || true
