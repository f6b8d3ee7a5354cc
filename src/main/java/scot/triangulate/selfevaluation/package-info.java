/**
 * Self-evaluation: cycles, evaluations of quality indicators, their grades and consistency checks. It depends on no
 * data module (performance data, and later record reading and surveys): what those say about an indicator arrives
 * through the framework's {@code IndicatorFindings} port, so a wrong-way import fails the modularity check.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"framework", "evidence", "identity", "audit", "partnership", "shared"})
package scot.triangulate.selfevaluation;
