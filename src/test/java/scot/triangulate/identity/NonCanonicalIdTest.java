package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import scot.triangulate.IntegrationTest;

/**
 * Every route with a numeric id, asked over real HTTP for an id that exists (Clackmannanshire's) but spelled in
 * every way other than the canonical one: hexadecimal, {@code #}, padded, signed, leading zeros, beyond range,
 * other scripts' digits. Whoever asks, such a path names nothing: 404 for anyone signed in (401 or the sign-in
 * page for nobody), never the data and never a server error. Another partnership's cycle answers 404 whether
 * or not it exists.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NonCanonicalIdTest {

    private static final String PASSWORD = "triangulate-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ID_VARIABLE = Pattern.compile("\\{(cycle|cycleId|actionId|finding|version|exercise|id)}");
    private static final List<String> PEOPLE = List.of("", "demo-admin", "demo-lead", "demo-contributor",
            "demo-other-lead", "demo-inspector");

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private JdbcClient jdbc;

    private final Map<String, HttpClient> browsers = new LinkedHashMap<>();
    private final Map<String, String> csrfTokens = new LinkedHashMap<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeAll
    void signIn() throws Exception {
        for (String person : PEOPLE) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String token = csrf(browser, "/login");
            if (!person.isEmpty()) {
                HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + person + "&password=" + PASSWORD
                                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signedIn.headers().firstValue("Location")).as(person + " signs in").hasValueSatisfying(
                        location -> assertThat(location).doesNotContain("/login"));
                token = csrf(browser, "/account");
            }
            browsers.put(person, browser);
            csrfTokens.put(person, token);
        }
        // Ids that exist and belong to Clackmannanshire's demo cycle, library and improvement plan.
        long cycle = jdbc.sql("select min(id) from cycle where partnership = 'clackmannanshire'").query(Long.class).single();
        ids.put("cycle", cycle);
        ids.put("cycleId", cycle);
        ids.put("actionId", jdbc.sql("select coalesce(min(id), 1) from improvement_action").query(Long.class).single());
        ids.put("finding", jdbc.sql("select coalesce(min(id), 1) from screening_finding").query(Long.class).single());
        ids.put("version", 1L);
        ids.put("exercise", jdbc.sql("select min(id) from record_reading_exercise where partnership = 'clackmannanshire'")
                .query(Long.class).single());
        ids.put("id", jdbc.sql("select min(id) from access_token").query(Long.class).single());
    }

    /** The ways of writing a number that lenient parsers read as that number. */
    static List<String> spellings(long id) {
        String arabicIndic = String.valueOf(id).chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0')))
                .reduce("", String::concat);
        return List.of("0x" + Long.toHexString(id), "0X0" + Long.toHexString(id).toUpperCase(), "%23" + id,
                id + "%20", "%20" + id, "%09" + id, "+" + id, "%2B" + id, "0" + id, "000" + id, id + ".0",
                BigInteger.TWO.pow(64).add(BigInteger.valueOf(id)).toString(),
                URLEncoder.encode(arabicIndic, StandardCharsets.UTF_8));
    }

    @Test
    void aNumberSpelledAnyOtherWayNamesNothingForAnyone() throws Exception {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? EnumSet.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                Matcher variables = ID_VARIABLE.matcher(pattern);
                while (variables.find()) {
                    String variable = variables.group(1);
                    if (variable.equals("id") && !pattern.startsWith("/account/tokens/")) {
                        continue; // framework and scale ids are names, not numbers
                    }
                    for (String spelling : spellings(ids.get(variable))) {
                        String path = fill(pattern.replace(variables.group(), spelling));
                        for (RequestMethod method : methods) {
                            for (String person : PEOPLE) {
                                asked++;
                                check(method, path, person, wrong);
                            }
                        }
                    }
                }
            }
        }
        assertThat(asked).as("requests made").isGreaterThan(1000);
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherPartnershipsCycleIsNotFoundWhetherOrNotItExists() throws Exception {
        long cycle = ids.get("cycle");
        for (String path : List.of("/api/cycles/" + cycle + "/evaluations/2.1", "/api/cycles/999999/evaluations/2.1",
                "/api/cycles/" + cycle + "/position-statement", "/api/cycles/999999/position-statement")) {
            assertThat(send(RequestMethod.GET, path, "demo-other-lead").statusCode()).as(path).isEqualTo(404);
        }
        long exercise = ids.get("exercise");
        for (String path : List.of("/api/record-reading/exercises/" + exercise, "/api/record-reading/exercises/999999",
                "/api/record-reading/exercises/" + exercise + "/population")) {
            assertThat(send(RequestMethod.GET, path, "demo-other-lead").statusCode()).as(path).isEqualTo(404);
        }
        assertThat(send(RequestMethod.POST, "/api/record-reading/exercises/" + exercise + "/population", "demo-other-lead")
                .statusCode()).as("another partnership's lead uploading").isEqualTo(404);
        assertThat(send(RequestMethod.GET, "/api/record-reading/exercises/" + exercise, "demo-lead").statusCode())
                .as("the partnership's own lead").isEqualTo(200);
        assertThat(send(RequestMethod.GET, "/api/cycles/" + cycle + "/position-statement", "demo-lead").statusCode())
                .as("the canonical id answers the partnership's own lead").isEqualTo(200);
        assertThat(send(RequestMethod.GET, "/partnerships/clackmannanshire/cycles/" + cycle, "demo-lead").statusCode())
                .isEqualTo(200);
    }

    private void check(RequestMethod method, String path, String person, List<String> wrong) throws Exception {
        HttpResponse<String> response = send(method, path, person);
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        String who = person.isEmpty() ? "nobody" : person;
        // Nobody's changes to the API fail the CSRF check (403) before authentication (401).
        boolean refused = person.isEmpty()
                ? (path.startsWith("/api/") ? status == 401 || (status == 403 && method != RequestMethod.GET)
                        : location.endsWith("/login"))
                : status == 404 || (status == 403 && refusedWhateverTheId(path, person));
        // Tomcat and the firewall refuse some spellings (a decoded space or tab) before the application: 400.
        if (!refused && status != 400) {
            wrong.add(method + " " + path + " as " + who + ": " + status + " " + location);
        }
    }

    /** Paths the access rules refuse this person before any id is read: another partnership's, or lead-only ones. */
    private static boolean refusedWhateverTheId(String path, String person) {
        boolean member = Set.of("demo-admin", "demo-lead", "demo-contributor").contains(person);
        boolean partnershipPath = path.startsWith("/partnerships/") || path.startsWith("/api/partnerships/");
        return partnershipPath && (!member || (person.equals("demo-contributor") && (path.contains("/findings/") || path.endsWith("/erase"))));
    }

    private HttpResponse<String> send(RequestMethod method, String path, String person) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        boolean api = path.startsWith("/api/");
        if (api && !person.isEmpty()) {
            request.header("Authorization", "Bearer " + person + "-token");
        }
        HttpRequest.BodyPublisher body;
        if (api) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"version\":1}");
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded");
            body = HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrfTokens.get(person), StandardCharsets.UTF_8));
        }
        request.method(method.name(), method == RequestMethod.GET ? HttpRequest.BodyPublishers.noBody() : body);
        HttpClient browser = api ? HttpClient.newHttpClient() : browsers.get(person);
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(HttpClient browser, String path) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a form with a CSRF token on " + path).isTrue();
        return token.group(1);
    }

    private String fill(String pattern) {
        String path = pattern.replace("{partnership}", "clackmannanshire").replace("{code}", "2.1").replace("{number}", "D001")
                .replace("{key}", "context").replace("{period}", "2024-03").replace("{category}", "LOCAL_POVERTY_ACTION_PLAN");
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return path;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
