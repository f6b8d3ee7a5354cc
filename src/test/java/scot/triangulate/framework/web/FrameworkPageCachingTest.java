package scot.triangulate.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;

/**
 * Framework pages are tagged with the version of the stored frameworks: a browser holding the tag is answered 304,
 * public pages may be kept by any cache, a signed-in reader's are private to them, and an import changes the tag.
 */
@IntegrationTest
class FrameworkPageCachingTest {

    private static final String INDICATOR = "/frameworks/qif-2018/indicators/5.2";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;

    private MockHttpServletResponse anonymous(String path, String ifNoneMatch) throws Exception {
        var request = get(path);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anIndicatorPageIsPublicTaggedAndNotSentAgainToABrowserHoldingIt() throws Exception {
        MockHttpServletResponse first = anonymous(INDICATOR, null);
        assertThat(first.getStatus()).isEqualTo(200);
        String tag = first.getHeader("ETag");
        assertThat(tag).startsWith("W/\"").endsWith("\"");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(first.getHeaders("Vary")).anyMatch(v -> v.contains("Cookie") && v.contains("Authorization"));
        assertThat(first.getHeader("Pragma")).isNull();

        MockHttpServletResponse again = anonymous(INDICATOR, tag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(tag);
        assertThat(again.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        // Weak comparison, and a list of tags, as browsers and caches send them.
        assertThat(anonymous(INDICATOR, "\"other\", " + tag.substring(2)).getStatus()).isEqualTo(304);
        assertThat(anonymous(INDICATOR, "W/\"other\"").getStatus()).isEqualTo(200);

        Document page = Jsoup.parse(anonymous(INDICATOR, "W/\"other\"").getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("QI 5.2: Assessing risk and need");
        assertThat(page.select("section[aria-labelledby=key-factors] li")).isNotEmpty();
    }

    @Test
    void listsAreRevalidatedEachTimeAndErrorsAreNotTagged() throws Exception {
        MockHttpServletResponse list = anonymous("/frameworks", null);
        assertThat(list.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(anonymous("/frameworks", list.getHeader("ETag")).getStatus()).isEqualTo(304);
        MockHttpServletResponse missing = anonymous("/frameworks/qif-2018/indicators/99.9", null);
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getHeader("ETag")).isNull();
        assertThat(missing.getHeader("Cache-Control")).doesNotContain("public");
    }

    @Test
    void aSignedInReadersPageIsPrivateToThemWithItsOwnTagAndTheirOwnHeader() throws Exception {
        MockHttpServletResponse anonymous = anonymous(INDICATOR, null);
        MockHttpServletResponse signedIn = mvc.perform(get(INDICATOR).with(user(users.loadUserByUsername("demo-lead"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(signedIn.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(signedIn.getHeader("ETag")).isNotEqualTo(anonymous.getHeader("ETag"));
        // The framework's part is shared; the header around it is each reader's own.
        Document mine = Jsoup.parse(signedIn.getContentAsString());
        Document theirs = Jsoup.parse(anonymous.getContentAsString());
        assertThat(mine.select("main").html()).isEqualTo(theirs.select("main").html());
        assertThat(mine.select(".tri-signout")).isNotEmpty();
        assertThat(theirs.select(".tri-signout")).isEmpty();
        // A signed-in reader holding the public tag is sent their own page.
        assertThat(mvc.perform(get(INDICATOR).header("If-None-Match", anonymous.getHeader("ETag"))
                .with(user(users.loadUserByUsername("demo-lead")))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(INDICATOR).header("If-None-Match", signedIn.getHeader("ETag"))
                .with(user(users.loadUserByUsername("demo-lead")))).andReturn().getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void importingAFrameworkChangesTheTag() throws Exception {
        String before = anonymous(INDICATOR, null).getHeader("ETag");
        String id = "cached-" + System.nanoTime();
        String file = """
                id: %s
                title: Imported framework
                version: "2031"
                publisher: Test publisher
                scale: six-point
                questions:
                  - {code: "1", title: "How good is our leadership?"}
                keyAreas:
                  - {code: "1", question: "1", title: Leadership}
                indicators:
                  - {code: "1.1", keyArea: "1", title: Vision, keyFactors: [Shared vision]}
                """.formatted(id);
        mvc.perform(multipart("/admin/frameworks")
                        .file(new MockMultipartFile("file", id + ".yaml", "application/yaml", file.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().is3xxRedirection());
        MockHttpServletResponse after = anonymous(INDICATOR, before);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(before);
        MockHttpServletResponse list = anonymous("/frameworks", before);
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains(id);
    }

    @Test
    void ifNoneMatchIsComparedWeakly() {
        assertThat(FrameworkPageCaching.matches("W/\"a\"", "W/\"a\"")).isTrue();
        assertThat(FrameworkPageCaching.matches("\"a\"", "W/\"a\"")).isTrue();
        assertThat(FrameworkPageCaching.matches("\"b\" , W/\"a\"", "W/\"a\"")).isTrue();
        assertThat(FrameworkPageCaching.matches("*", "W/\"a\"")).isTrue();
        assertThat(FrameworkPageCaching.matches("W/\"ab\"", "W/\"a\"")).isFalse();
        assertThat(FrameworkPageCaching.matches(null, "W/\"a\"")).isFalse();
        assertThat(FrameworkPageCaching.matches("", "W/\"a\"")).isFalse();
    }
}
