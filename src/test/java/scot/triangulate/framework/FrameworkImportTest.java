package scot.triangulate.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;

/** An administrator imports another framework file; a bad file changes nothing and says why. */
@IntegrationTest
class FrameworkImportTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private FrameworkCatalogue catalogue;
    @Autowired
    private AuditLog audit;

    private static String file(String id, String secondCode) {
        return """
                id: %s
                title: Imported framework
                version: "2030"
                publisher: Test publisher
                scale: six-point
                questions:
                  - {code: "1", title: "How good is our leadership?"}
                keyAreas:
                  - {code: "1", question: "1", title: Leadership}
                indicators:
                  - {code: "1.1", keyArea: "1", title: Vision, keyFactors: [Shared vision]}
                  - {code: "%s", keyArea: "1", title: Direction}
                """.formatted(id, secondCode);
    }

    private String upload(String name, String content, int expected) throws Exception {
        return mvc.perform(multipart("/admin/frameworks")
                        .file(new MockMultipartFile("file", name, "application/yaml", content.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aValidFileIsImportedSearchableAndAudited() throws Exception {
        String id = "imported-" + System.nanoTime();
        upload(id + ".yaml", file(id, "1.2"), 302);
        assertThat(catalogue.framework(id).indicators()).hasSize(2);
        assertThat(catalogue.frameworks()).anyMatch(f -> f.id().equals(id) && !f.builtIn());
        assertThat(catalogue.search("\"shared vision\"", id)).hasSize(1);
        assertThat(audit.latest(20)).anyMatch(e -> e.action().equals("framework.imported") && e.subjectId().equals(id)
                && e.actor().equals("demo-admin"));
        mvc.perform(get("/api/frameworks/" + id)).andExpect(status().isOk());
    }

    @Test
    void aMalformedFileIsRefusedNamingFileAndPlaceAndNothingIsStored() throws Exception {
        String id = "malformed-" + System.nanoTime();
        String page = upload("mine.yaml", file(id, "1.1"), 200);
        assertThat(page).contains("The framework file cannot be imported. Nothing was changed.")
                .contains("mine.yaml: indicators[1]: duplicate quality indicator code &#39;1.1&#39;");
        assertThat(catalogue.frameworks()).noneMatch(f -> f.id().equals(id));
    }

    @Test
    void aFileReusingAnExistingIdIsRefused() throws Exception {
        String page = upload("again.yaml", file("qif-2018", "1.2"), 200);
        assertThat(page).contains("a framework with id &#39;qif-2018&#39; already exists");
        assertThat(catalogue.framework("qif-2018").indicators()).hasSize(23);
    }

    @Test
    void binaryAndEmptyUploadsAreRefused() throws Exception {
        assertThat(upload("picture.yaml", "\u0000\u0001\u0002PNG", 200)).contains("cannot be imported");
        String empty = mvc.perform(multipart("/admin/frameworks")
                        .file(new MockMultipartFile("file", "empty.yaml", "application/yaml", new byte[0]))
                        .with(csrf()).with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Choose a framework file to import");
    }
}
