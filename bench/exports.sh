#!/usr/bin/env bash
# Benchmark (JMH): the position statement's Word and PDF exports of a 5,000-word statement with a 30-row
# document log. Targets: DOCX under 500 ms, PDF under 2 s.
# Usage: bench/exports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'scot.triangulate.positionstatement.ExportBenchmark' -rf text -rff target/export-benchmark.txt
