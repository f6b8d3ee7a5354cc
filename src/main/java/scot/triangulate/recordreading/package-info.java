/**
 * Record reading: readers grade the same children's records on the six-point scale, and their agreement is
 * reported with named methods ({@code agreement}). A data module: it sits below self-evaluation and inspections,
 * and what it finds will reach them through the framework's findings port, never by their depending on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package scot.triangulate.recordreading;
