#!/usr/bin/env bash
# Benchmark (JMH): extracting and screening a 100-page PDF. Target: under 2 s.
# Usage: bench/extraction.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'scot.triangulate.bench.ExtractionBenchmark' -rf text -rff target/extraction-benchmark.txt
