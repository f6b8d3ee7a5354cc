package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.triangulate.IntegrationTest;

/**
 * Behind a trusted proxy (by default one on this machine) that says the request came over HTTPS, the session
 * cookie is marked Secure and browsers are told to use HTTPS only; over plain HTTP neither.
 */
@IntegrationTest
class HttpsBehindProxyTest {

    @LocalServerPort
    private int port;

    private HttpResponse<Void> signInPage(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<Void> response = signInPage("https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("SESSION=") && cookie.contains("; Secure") && cookie.contains("HttpOnly"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void overPlainHttpNeither() throws Exception {
        HttpResponse<Void> response = signInPage(null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie"))
                .anyMatch(cookie -> cookie.startsWith("SESSION="))
                .noneMatch(cookie -> cookie.contains("Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
