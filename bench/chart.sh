#!/usr/bin/env bash
# Benchmark (JMH): a 120-point XmR chart computed and drawn as SVG with three comparators, and the SVG converted
# to a 1,440-pixel PNG. Target: the SVG well under 5 ms.
# Usage: bench/chart.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'scot.triangulate.performance.ChartBenchmark' -rf text -rff target/chart-benchmark.txt
