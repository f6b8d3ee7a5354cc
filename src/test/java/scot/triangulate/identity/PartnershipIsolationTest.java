package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;

/** Another partnership's URLs answer 403 or 404, never its data; tokens carry exactly their owner's rights. */
@IntegrationTest
class PartnershipIsolationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;

    @Test
    void anotherPartnershipsHomePageShowsNoneOfItsData() throws Exception {
        String body = mvc.perform(get("/partnerships/stirling").with(user(users.loadUserByUsername("demo-lead"))))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Oisin").doesNotContain("Stirling Council");
    }

    @Test
    void membersSeeTheirOwnPartnershipsHomePage() throws Exception {
        mvc.perform(get("/partnerships/clackmannanshire").with(user(users.loadUserByUsername("demo-contributor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NHS Forth Valley")));
    }

    @Test
    void anUnknownPartnershipIsNotFoundForAnAdministrator() throws Exception {
        mvc.perform(get("/partnerships/atlantis").with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/partnerships/atlantis").header("Authorization", "Bearer demo-admin-token"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aTokenCarriesItsOwnersRights() throws Exception {
        mvc.perform(get("/api/partnerships/clackmannanshire").header("Authorization", "Bearer demo-lead-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("clackmannanshire"))
                .andExpect(jsonPath("$.peopleFamilyGroup").value(3));
        String refused = mvc.perform(get("/api/partnerships/stirling").header("Authorization", "Bearer demo-lead-token"))
                .andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("Stirling");
        mvc.perform(get("/api/partnerships/stirling").header("Authorization", "Bearer demo-other-lead-token"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/partnerships/clackmannanshire").header("Authorization", "Bearer demo-inspector-token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() throws Exception {
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer "))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/partnerships")).andExpect(status().isUnauthorized());
    }

    @Test
    void signedInPeopleListEveryPartnershipWithItsFamilyGroups() throws Exception {
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer demo-inspector-token"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(32))
                .andExpect(jsonPath("$[?(@.id == 'clackmannanshire')].name").value("Clackmannanshire"))
                .andExpect(jsonPath("$[?(@.id == 'clackmannanshire')].placeFamilyGroup").value(3));
    }

    @Test
    void formPostsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "x").with(user(users.loadUserByUsername("demo-lead"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void tokenRequestsToTheApiNeedNoCsrfToken() throws Exception {
        mvc.perform(post("/api/spc").header("Authorization", "Bearer demo-inspector-token")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"chart\":\"run\",\"values\":[1,2,3]}"))
                .andExpect(status().isOk());
    }
}
