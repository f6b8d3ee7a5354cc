#!/usr/bin/env bash
# Writes an indicator set of N monthly percentages (codes bench-01, bench-02, ...) for the benchmarks, as an
# installation's own set would be written, to be read with --triangulate.performance.indicator-sets.
# Usage: bench/extra-indicators.sh N FILE
set -euo pipefail
n=$1
file=$2
{
  echo "id: benchmark-measures"
  echo "title: Benchmark measures"
  echo "indicators:"
  for i in $(seq -w 1 "$n"); do
    cat <<YAML
  - code: bench-$i
    name: Benchmark measure $i
    numerator: Things done on time
    denominator: Things done
    factor: 100
    decimals: 1
    polarity: HIGHER_IS_BETTER
    category: HOW_WELL
    periodType: MONTH
    qualityIndicators: ["6.4"]
    source: Generated for the benchmarks
YAML
  done
} >"$file"
