package scot.triangulate;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk through each other's public faces only, with no cycles: checked on every build. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(TriangulateApplication.class).verify();
    }
}
