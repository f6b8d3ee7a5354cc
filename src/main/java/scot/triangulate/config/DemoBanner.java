package scot.triangulate.config;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether pages show the demo mode banner: {@code ${@demoBanner.shown()}} in the page layout. */
@Component("demoBanner")
public class DemoBanner {

    private final boolean shown;

    public DemoBanner(Environment environment) {
        this.shown = DemoMode.isOn(environment);
    }

    public boolean shown() {
        return shown;
    }
}
