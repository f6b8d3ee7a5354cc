package scot.triangulate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo mode, with its published password, listens on the loopback address unless explicitly allowed otherwise. */
class DemoAddressTest {

    private final DemoAddress check = new DemoAddress();

    @Test
    void demoModeWithNoAddressListensOnLoopbackOnly() {
        MockEnvironment environment = new MockEnvironment().withProperty("triangulate.demo", "true");
        check.postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void demoModeRefusesToStartOnEveryAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "0.0.0.0");
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("triangulate.demo-allow-non-loopback");
    }

    @Test
    void demoModeOnAnotherAddressWhenForced() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("triangulate.demo-allow-non-loopback", "true");
        check.postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void demoModeOnALoopbackAddressStarts() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "localhost");
        check.postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("server.address")).isEqualTo("localhost");
    }

    @Test
    void withoutDemoModeAnyAddressWillDo() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.address", "0.0.0.0")
                .withProperty("triangulate.demo", "false");
        check.postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("server.address")).isEqualTo("0.0.0.0");
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/t");
        check.postProcessEnvironment(external, null);
        assertThat(external.getProperty("server.address")).isNull();
    }
}
