package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import scot.triangulate.IntegrationTest;

/**
 * Walks every route of the application with every kind of user and checks the access rules: a
 * partnership's pages and API answer only its members and administrators, and only its leads, contributors
 * and administrators may change anything (a record reader reads, and is not offered forms to change things); admin
 * pages only administrators. A new route fails this test until it is given its rule below.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    enum Rule { PUBLIC, SIGNED_IN, MEMBER, CONTRIBUTOR, LEAD, ADMIN }

    /** Every route and who may use it. Variables are filled from {@link #VALUES}. */
    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("/", Rule.PUBLIC);
        RULES.put("/accessibility", Rule.PUBLIC);
        RULES.put("/feedback", Rule.PUBLIC);
        RULES.put("/feedback/thanks", Rule.PUBLIC);
        RULES.put("/admin/feedback", Rule.ADMIN);
        RULES.put("/login", Rule.PUBLIC);
        RULES.put("/frameworks", Rule.PUBLIC);
        RULES.put("/frameworks/search", Rule.PUBLIC);
        RULES.put("/frameworks/compare", Rule.PUBLIC);
        RULES.put("/frameworks/{id}", Rule.PUBLIC);
        RULES.put("/frameworks/{id}/indicators/{code}", Rule.PUBLIC);
        RULES.put("/frameworks/{id}/wellbeing", Rule.PUBLIC);
        RULES.put("/frameworks/{id}/guidance", Rule.PUBLIC);
        RULES.put("/frameworks/scales/{id}", Rule.PUBLIC);
        RULES.put("/api/frameworks", Rule.PUBLIC);
        RULES.put("/api/frameworks/{id}", Rule.PUBLIC);
        RULES.put("/api/frameworks/{id}/indicators/{code}", Rule.PUBLIC);
        RULES.put("/api/scales/{id}", Rule.PUBLIC);
        RULES.put("/account", Rule.SIGNED_IN);
        RULES.put("/account/password", Rule.SIGNED_IN);
        RULES.put("/account/tokens", Rule.SIGNED_IN);
        RULES.put("/account/tokens/{id}/revoke", Rule.SIGNED_IN);
        RULES.put("/api/partnerships", Rule.SIGNED_IN);
        RULES.put("/api/spc", Rule.SIGNED_IN);
        RULES.put("/api/agreement", Rule.SIGNED_IN);
        RULES.put("/partnerships/{partnership}", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/audit", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/evidence", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/evidence/new", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/evidence/{number}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/evidence/{number}/versions", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/evidence/{number}/details", Rule.CONTRIBUTOR);
        RULES.put("/partnerships/{partnership}/evidence/{number}/versions/{version}/file", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/evidence/{number}/findings", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/evidence/{number}/versions/{version}/erase", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/screening/findings/{finding}/clear", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/core-documents", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/core-documents/{category}/not-held", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/core-documents/{category}/held", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles", Rule.MEMBER);
        RULES.put("POST /partnerships/{partnership}/cycles", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/cycles/new", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/summary.xlsx", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/answers", Rule.CONTRIBUTOR);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/perspective", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/grade", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/citations", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycle}/evaluations/{code}/citations/{number}/remove", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}/cycles", Rule.LEAD);
        RULES.put("/api/cycles/{cycle}/evaluations/{code}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement/sections/{key}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement/sections/{key}/preview", Rule.CONTRIBUTOR);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement/checks", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement/compare", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement/submit", Rule.LEAD);
        RULES.put("/api/cycles/{cycleId}/position-statement", Rule.MEMBER);
        RULES.put("/api/cycles/{cycleId}/position-statement/sections/{key}", Rule.MEMBER);
        RULES.put("/api/cycles/{cycleId}/position-statement/checks", Rule.MEMBER);
        RULES.put("/api/cycles/{cycleId}/position-statement/submit", Rule.LEAD);
        RULES.put("/api/cycles/{cycleId}/position-statement.docx", Rule.MEMBER);
        RULES.put("/api/cycles/{cycleId}/position-statement.pdf", Rule.MEMBER);
        RULES.put("/api/cycles/{cycleId}/position-statement/submission-pack.zip", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/position-statement/data-draft", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/progress", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan.xlsx", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan.docx", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/actions/new", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/actions/{actionId}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/actions/{actionId}/pdsa", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/actions/{actionId}/pdsa/{number}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/import", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/import/templates/{set}.csv", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/comparators", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/chart.svg", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/chart.png", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/data.csv", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/values", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/periods/{period}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/phases", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/publish", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/performance/indicators/{code}/share", Rule.LEAD);
        RULES.put("/api/partnerships/{partnership}/indicator-values", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}/indicators/{code}/spc", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}/evidence", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}/evidence/{number}", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}/document-log.csv", Rule.MEMBER);
        RULES.put("/api/partnerships/{partnership}/document-log.xlsx", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/record-reading", Rule.MEMBER);
        RULES.put("POST /partnerships/{partnership}/record-reading", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/record-reading/new", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/record-reading/return-template.csv", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/record-reading/{exercise}", Rule.MEMBER);
        RULES.put("/partnerships/{partnership}/record-reading/{exercise}/population", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/record-reading/{exercise}/sample", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/record-reading/{exercise}/sample/add", Rule.LEAD);
        RULES.put("/partnerships/{partnership}/record-reading/{exercise}/sample/swap", Rule.LEAD);
        RULES.put("/api/partnerships/{partnership}/record-reading/exercises", Rule.MEMBER);
        RULES.put("/api/record-reading/exercises/{exercise}", Rule.MEMBER);
        RULES.put("/api/record-reading/exercises/{exercise}/population", Rule.LEAD);
        RULES.put("/admin", Rule.ADMIN);
        RULES.put("/admin/audit", Rule.ADMIN);
        RULES.put("/admin/people", Rule.ADMIN);
        RULES.put("/admin/people/new", Rule.ADMIN);
        RULES.put("/admin/people/{username}", Rule.ADMIN);
        RULES.put("/admin/people/{username}/unlock", Rule.ADMIN);
        RULES.put("/admin/people/{username}/memberships", Rule.ADMIN);
        RULES.put("/admin/people/{username}/memberships/{partnership}/remove", Rule.ADMIN);
        RULES.put("/admin/partnerships", Rule.ADMIN);
        RULES.put("/admin/partnerships/{slug}", Rule.ADMIN);
        RULES.put("/admin/frameworks", Rule.ADMIN);
    }

    /** Routes served by libraries, with their own rules checked elsewhere. */
    private static final Set<String> LIBRARY_ROUTES = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/v3/api-docs/{group}", "/v3/api-docs.yaml/{group}");

    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("{partnership}", "clackmannanshire"),
            Map.entry("{slug}", "clackmannanshire"),
            Map.entry("{code}", "2.1"),
            Map.entry("{username}", "route-walk-target"),
            Map.entry("{number}", "D99999"),
            Map.entry("{version}", "1"),
            Map.entry("{finding}", "999999"),
            Map.entry("{category}", "LOCAL_POVERTY_ACTION_PLAN"),
            // The demo cycle, started for Clackmannanshire when the application starts.
            Map.entry("{cycle}", "1"),
            Map.entry("{cycleId}", "1"),
            // The demo record-reading exercise, created for the demo cycle when the application starts.
            Map.entry("{exercise}", "1"),
            Map.entry("{actionId}", "999999"),
            Map.entry("{period}", "2024-03"),
            Map.entry("{set}", "scotland-children-in-need-of-protection"),
            Map.entry("{key}", "context"));

    /** The kinds of user: nobody, then demo accounts holding each role. */
    private static final List<String> PEOPLE = List.of("", "demo-admin", "demo-lead", "demo-contributor",
            "demo-other-lead", "demo-inspector", "route-walk-reader");

    @Autowired
    private MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AccountService accounts;

    @BeforeAll
    void target() {
        if (accounts.find("route-walk-target").isEmpty()) {
            accounts.create("route-walk-target", "Route walk target", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        }
        if (accounts.find("route-walk-reader").isEmpty()) {
            accounts.create("route-walk-reader", "Route walk reader", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
            accounts.addMembership("route-walk-reader", "clackmannanshire", MembershipRole.RECORD_READER,
                    scot.triangulate.partnership.Agency.POLICE_SCOTLAND, "Police Scotland");
        }
    }

    @Test
    void everyRouteHasARule() {
        Set<String> unruled = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!RULES.containsKey(pattern) && !LIBRARY_ROUTES.contains(pattern)) {
                    unruled.add(pattern);
                }
            }
        }
        assertThat(unruled).as("routes without an access rule in this test").isEmpty();
    }

    @Test
    void everyRouteAnswersOnlyThoseItsRuleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? EnumSet.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!RULES.containsKey(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods) {
                    // A rule for one method ("POST /path") overrides the path's rule.
                    Rule rule = RULES.getOrDefault(method + " " + pattern, RULES.get(pattern));
                    for (String person : PEOPLE) {
                        check(method, pattern, rule, person, wrong);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(RequestMethod method, String pattern, Rule rule, String person, List<String> wrong) throws Exception {
        String path = path(pattern);
        MockHttpServletRequestBuilder request = switch (method) {
            case POST -> post(path).with(csrf());
            case PUT -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path).with(csrf());
            default -> get(path);
        };
        if (path.startsWith("/api/") && method != RequestMethod.GET) {
            request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}");
        }
        if (!person.isEmpty()) {
            request.with(user(users.loadUserByUsername(person)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean toSignIn = redirect != null && redirect.endsWith("/login");
        String who = person.isEmpty() ? "nobody" : person;
        if (allowed(rule, person, method)) {
            if (status == 401 || status == 403 || toSignIn) {
                wrong.add(method + " " + path + " as " + who + ": refused (" + status + ") but " + rule + " allows it");
            } else if (status >= 500) {
                wrong.add(method + " " + path + " as " + who + ": failed with " + status);
            }
        } else if (person.isEmpty()) {
            boolean refused = path.startsWith("/api/") ? status == 401 : toSignIn;
            if (!refused) {
                wrong.add(method + " " + path + " as nobody: answered " + status + " but should ask for sign-in");
            }
        } else if (status != 403 && status != 404) {
            wrong.add(method + " " + path + " as " + who + ": answered " + status + " but " + rule + " forbids it");
        }
    }

    private static boolean allowed(Rule rule, String person, RequestMethod method) {
        boolean reads = method == RequestMethod.GET || method == RequestMethod.HEAD;
        return switch (rule) {
            case PUBLIC -> true;
            case SIGNED_IN -> !person.isEmpty();
            case MEMBER -> Set.of("demo-admin", "demo-lead", "demo-contributor").contains(person)
                    || (reads && person.equals("route-walk-reader"));
            case CONTRIBUTOR -> Set.of("demo-admin", "demo-lead", "demo-contributor").contains(person);
            case LEAD -> Set.of("demo-admin", "demo-lead").contains(person);
            case ADMIN -> person.equals("demo-admin");
        };
    }

    private static String path(String pattern) {
        String path = pattern;
        if (pattern.startsWith("/frameworks/scales/") || pattern.startsWith("/api/scales/")) {
            path = path.replace("{id}", "six-point");
        } else if (pattern.startsWith("/account/tokens/")) {
            path = path.replace("{id}", "999999");
        } else {
            path = path.replace("{id}", "qif-2018");
        }
        for (Map.Entry<String, String> value : VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        return path;
    }
}
