package scot.triangulate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Until start-up has finished loading data, only the health probes are answered. */
class ReadinessGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final ReadinessGate gate;

    ReadinessGateTest() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("starting.title", Locale.ENGLISH, "Triangulate is starting");
        messages.addMessage("starting.text", Locale.ENGLISH, "Try again in a few seconds.");
        gate = new ReadinessGate(availability, messages, Jackson2ObjectMapperBuilder.json().build());
    }

    private MockHttpServletResponse send(String method, String path, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.addPreferredLocale(Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, chain);
        return response;
    }

    @Test
    void anUploadBeforeTheApplicationIsReadyIsRefusedWithRetryAfter() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = send("POST", "/api/partnerships/clackmannanshire/evidence", chain);
        assertThat(chain.getRequest()).as("the request went no further").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"title\":\"Triangulate is starting\"", "\"status\":503");
    }

    @Test
    void probesAreAnsweredWhileStarting() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MockFilterChain chain = new MockFilterChain();
            send("GET", probe, chain);
            assertThat(chain.getRequest()).as(probe).isNotNull();
        }
    }

    @Test
    void everythingPassesOnceReady() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = send("POST", "/api/partnerships/clackmannanshire/evidence", chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
