package scot.triangulate.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;

/**
 * Forms rendered with errors keep their accessibility wiring: every error summary link lands on an element of the page,
 * every question shown as wrong has its error message named by its control's aria-describedby (and the control marked
 * aria-invalid), every hint is named too, every id a control names exists, and no id is used twice.
 */
@IntegrationTest
class FormWiringTest {

    private static final String HOME = "/partnerships/clackmannanshire";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    /** The page a form answers with, after the redirect when it sends its problems on as flash attributes. */
    private Document answer(MockHttpServletRequestBuilder request, String username) throws Exception {
        MvcResult result = mvc.perform(request.with(as(username)).with(csrf())).andReturn();
        String redirect = result.getResponse().getRedirectedUrl();
        if (redirect == null) {
            return Jsoup.parse(result.getResponse().getContentAsString());
        }
        MockHttpServletRequestBuilder next = get(redirect).with(as(username));
        Cookie session = result.getResponse().getCookie("SESSION");
        return page(session == null ? next.flashAttrs(result.getFlashMap()) : next.cookie(session));
    }

    private MockHttpServletRequestBuilder lead(MockHttpServletRequestBuilder request) {
        return request.with(as("demo-lead")).with(csrf());
    }

    private String cyclePath() throws Exception {
        return page(get(HOME).with(as("demo-lead"))).select("#task-cycle a").attr("href");
    }

    @Test
    void boundFormsWithErrorsAreWired() throws Exception {
        String cycle = cyclePath();
        assertWired(page(post("/admin/people").with(as("demo-admin")).with(csrf())), 2);
        assertWired(page(lead(post(HOME + "/cycles"))), 2);
        assertWired(page(lead(post(cycle + "/improvement-plan/actions/new")).param("dueDate", "not a date")), 1);
        assertWired(page(lead(multipart(HOME + "/evidence")).param("kind", "FILE")), 2);
        assertWired(page(lead(post("/account/password")).param("currentPassword", "wrong")), 1);
    }

    @Test
    void formsCheckedByTheirControllersAreWired() throws Exception {
        String cycle = cyclePath();
        assertWired(page(post("/feedback").with(csrf()).param("feedback", " ")), 1);
        assertWired(page(get("/login").param("error", "")), 1);
        assertWired(page(lead(multipart(HOME + "/performance/import").file("file", "indicator,period\nnot-an-indicator,2024\n".getBytes()))), 1);
        String indicator = page(get(HOME + "/performance").with(as("demo-lead"))).select("table a").attr("href");
        assertWired(answer(post(indicator + "/values").param("period", "not a period"), "demo-lead"), 1);
        String evaluation = page(get(cycle).with(as("demo-lead"))).select("table a[href*=/evaluations/]").attr("href");
        assertWired(answer(post(evaluation + "/perspective"), "demo-lead"), 1);
        assertWired(answer(post(evaluation + "/citations").param("number", "D999"), "demo-lead"), 1);
        String coreDocuments = HOME + "/core-documents";
        String category = page(get(coreDocuments).with(as("demo-lead"))).select(".ds_task-list__task textarea").attr("id").substring("reason-".length());
        assertWired(answer(post(coreDocuments + "/" + category + "/not-held").param("reason", " "), "demo-lead"), 1);
    }

    @Test
    void pagesWithoutErrorsAreWired() throws Exception {
        String cycle = cyclePath();
        for (String path : List.of(HOME + "/evidence", HOME + "/evidence/new", HOME + "/core-documents", HOME + "/performance/import",
                HOME + "/performance/comparators", cycle, cycle + "/improvement-plan/actions/new", "/account", "/feedback")) {
            assertWired(page(get(path).with(as("demo-lead"))), 0);
        }
        assertWired(page(get("/admin/people/demo-lead").with(as("demo-admin"))), 0);
    }

    /** Checks the page's wiring; expects at least the given number of error summary links. */
    private static void assertWired(Document page, int summaryLinks) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element e : page.select("[id]")) {
            if (!ids.add(e.id())) {
                problems.add("id used twice: " + e.id());
            }
        }
        List<Element> links = page.select(".ds_error-summary a[href^=#]");
        assertThat(links).as("error summary links").hasSizeGreaterThanOrEqualTo(summaryLinks);
        for (Element link : links) {
            String target = link.attr("href").substring(1);
            if (page.getElementById(target) == null) {
                problems.add("error summary link to nothing: #" + target);
            }
        }
        for (Element described : page.select("[aria-describedby]")) {
            for (String id : described.attr("aria-describedby").trim().split("\\s+")) {
                if (page.getElementById(id) == null) {
                    problems.add(described.tagName() + "#" + described.id() + " is described by nothing: " + id);
                }
            }
        }
        for (Element question : page.select(".ds_question")) {
            List<Element> controls = question.is("fieldset") ? List.of(question)
                    : question.select("input:not([type=hidden]), textarea, select");
            for (Element hint : question.select("> .ds_hint-text")) {
                for (Element control : controls) {
                    if (hint.id().isEmpty() || !describedBy(control).contains(hint.id())) {
                        problems.add(control.tagName() + "#" + control.id() + " does not name its hint");
                    }
                }
            }
            Element error = question.selectFirst("> .ds_question__error-message");
            if (question.hasClass("ds_question--error") && error != null) {
                for (Element control : controls) {
                    if (error.id().isEmpty() || !describedBy(control).contains(error.id())) {
                        problems.add(control.tagName() + "#" + control.id() + " does not name its error " + error.text());
                    }
                    if (!control.is("fieldset") && !control.attr("aria-invalid").equals("true")) {
                        problems.add(control.tagName() + "#" + control.id() + " is not marked invalid");
                    }
                }
            }
        }
        for (Element control : page.select("main input:not([type=hidden]), main textarea, main select")) {
            if (control.id().isEmpty() || page.select("label[for=" + control.id() + "]").isEmpty()) {
                problems.add(control.tagName() + " " + control.attr("name") + " has no label");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> describedBy(Element control) {
        return Arrays.asList(control.attr("aria-describedby").trim().split("\\s+"));
    }
}
