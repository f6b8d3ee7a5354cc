/**
 * Record reading: exercises for a partnership's self-evaluation cycle, their population from a pre-inspection return,
 * a stratified random sample drawn from it ({@code sampling}), and agreement between readers who grade the same
 * records ({@code agreement}). A data module: it sits below self-evaluation and inspections, learns a partnership's
 * cycles through the partnership module's port ({@link scot.triangulate.partnership.PartnershipCycles}), which
 * self-evaluation provides, and what it finds will reach them through the framework's findings port, never by their depending on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "audit", "partnership", "evidence"})
package scot.triangulate.recordreading;
