package scot.triangulate.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode has an administrator with a published password, so it listens on the loopback address only: with no
 * {@code server.address} it binds 127.0.0.1, and it refuses to start on any other address unless
 * {@code triangulate.demo-allow-non-loopback=true} says so.
 */
public class DemoAddress implements EnvironmentPostProcessor {

    static final String ALLOW = "triangulate.demo-allow-non-loopback";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!DemoMode.isOn(environment)) {
            return;
        }
        String address = environment.getProperty("server.address");
        if (address == null || address.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("demoLoopbackAddress",
                    Map.of("server.address", InetAddress.getLoopbackAddress().getHostAddress())));
            return;
        }
        if (!isLoopback(address.strip()) && !environment.getProperty(ALLOW, Boolean.class, false)) {
            throw new IllegalStateException("Demo mode (accounts with the published password) will not listen on "
                    + address.strip() + ", which is not a loopback address. Leave server.address unset (or 127.0.0.1), "
                    + "switch demo mode off (TRIANGULATE_DEMO=false), or set " + ALLOW + "=true to allow it.");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
