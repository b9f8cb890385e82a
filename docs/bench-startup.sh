#!/bin/sh
# Start-up of a one-shot command, in one hyperfine run: a java hello world, the empty Spring Boot +
# Spring Shell app (docs/empty-shell-app.md), jicha's fat jar, and jicha through its launcher
# (./jicha: extracted layout, AOT-processed context, CDS archive); then the interactive shell
# started and left at once ('exit' on stdin), fat jar and launcher.
# `session status` runs on the example session (examples/suzhou-2016-review), made once in $WORK.
# Printed last: median wall time and mean CPU time (user + system) of each, and their ratios to the
# empty app's (CPU time is what a busy machine inflates least).
# Run from the repository root after './mvnw -q -DskipTests package'; needs hyperfine and network
# or a warm Maven cache for the empty app. RUNS (default 10) and WARMUP (default 2) set the runs.
set -eu
root=$(pwd -P)
work=${WORK:-/tmp/jicha-bench-startup}
mkdir -p "$work"

# the hello world
if [ ! -f "$work/hello/Hello.class" ]; then
  mkdir -p "$work/hello"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
    > "$work/hello/Hello.java"
  javac -d "$work/hello" "$work/hello/Hello.java"
fi

# the empty Spring Shell app, from the source in docs/empty-shell-app.md and jicha's parent and versions
empty=$work/emptyshell
if [ ! -f "$empty/target/emptyshell.jar" ]; then
  mkdir -p "$empty/src/main/java/demo"
  sed -n '/^```java$/,/^```$/p' docs/empty-shell-app.md | sed '1d;$d' > "$empty/src/main/java/demo/App.java"
  cat > "$empty/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>4.0.7</version>
    <relativePath/>
  </parent>
  <groupId>demo</groupId>
  <artifactId>emptyshell</artifactId>
  <version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency>
      <groupId>org.springframework.shell</groupId>
      <artifactId>spring-shell-starter</artifactId>
      <version>4.0.1</version>
    </dependency>
    <dependency>
      <groupId>org.springframework.shell</groupId>
      <artifactId>spring-shell-jline</artifactId>
      <version>4.0.1</version>
    </dependency>
  </dependencies>
  <build>
    <finalName>emptyshell</finalName>
    <plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins>
  </build>
</project>
POM
  (cd "$empty" && "$root/mvnw" -q -B -DskipTests package)
fi

# the example session
ws=$work/ws
if [ ! -f "$ws/suzhou-2016-review/journal.jsonl" ]; then
  rm -rf "$ws"
  JICHA_WORKSPACE=$ws ./jicha @examples/suzhou-2016-review/review.jicha > "$work/example.log" 2>&1 || true
fi
export JICHA_WORKSPACE="$ws" LC_ALL=C.UTF-8

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
hyperfine -N --warmup "${WARMUP:-2}" --runs "${RUNS:-10}" --export-json "$work/startup.json" \
  "java -cp $work/hello Hello" \
  "java -jar $empty/target/emptyshell.jar session list" \
  "java -jar $root/target/jicha.jar session status" \
  "$root/jicha session status" \
  "sh -c 'echo exit | java -jar $root/target/jicha.jar'" \
  "sh -c 'echo exit | $root/jicha'"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
python3 - "$work/startup.json" <<'PY' || true
import json, sys
rs = json.load(open(sys.argv[1]))['results']
empty = rs[1]
cpu = lambda r: r['user'] + r['system']
print('%-58s %9s %7s %9s %7s' % ('command', 'median', 'x empty', 'cpu', 'x empty'))
for r in rs:
    print('%-58s %7.3f s %6.2fx %7.3f s %6.2fx'
          % (r['command'][-58:], r['median'], r['median'] / empty['median'], cpu(r), cpu(r) / cpu(empty)))
PY
