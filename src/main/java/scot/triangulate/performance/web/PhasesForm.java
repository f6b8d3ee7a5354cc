package scot.triangulate.performance.web;

/** A frozen baseline (first and last period) and change points, one period label per line or comma-separated. */
record PhasesForm(String baselineFrom, String baselineTo, String changePoints, Integer version)
        implements java.io.Serializable {

    static PhasesForm of(scot.triangulate.performance.Phases phases, scot.triangulate.performance.Indicator indicator) {
        java.util.function.Function<java.time.LocalDate, String> label = d -> d == null ? ""
                : new scot.triangulate.performance.Period(indicator.periodType(), d).label();
        return new PhasesForm(label.apply(phases.baselineFrom()), label.apply(phases.baselineTo()),
                String.join(", ", phases.changePoints().stream().map(label).toList()), phases.version());
    }

    java.util.List<String> changePointList() {
        if (changePoints == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(changePoints.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
