/**
 * Which kind of test to write:
 * <ul>
 * <li>A rule or a statistic: a plain unit test of the class that holds it, with reference values from the
 * published source, no Spring and no database.</li>
 * <li>A controller, a repository or an access rule: an {@link scot.triangulate.IntegrationTest} against the
 * embedded PostgreSQL, using MockMvc for requests and asserting on the rendered HTML or JSON.</li>
 * <li>A page as a person uses it: a journey under {@code scot.triangulate.journeys} in Chromium, which also
 * runs axe-core on every page it visits, with JavaScript on and off.</li>
 * </ul>
 */
package scot.triangulate;
