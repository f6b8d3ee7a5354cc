package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.partnership.Agency;

@IntegrationTest
class AdminPeopleTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AuditLog audit;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(users.loadUserByUsername("demo-admin")));
    }

    @Test
    void anAdministratorAddsAPersonAndTheirMembership() throws Exception {
        String username = "new-person-" + System.nanoTime();
        mvc.perform(asAdmin(post("/admin/people")).param("username", username).param("displayName", "New Person")
                        .param("email", "new@example.org").param("password", "a long enough password")
                        .param("roles", "INSPECTOR"))
                .andExpect(redirectedUrl("/admin/people/" + username));
        assertThat(accounts.get(username).roles()).containsExactly(AccountRole.INSPECTOR);

        mvc.perform(asAdmin(post("/admin/people/" + username + "/memberships")).param("partnership", "stirling")
                        .param("role", "CONTRIBUTOR").param("agency", "POLICE_SCOTLAND").param("agencyName", ""))
                .andExpect(redirectedUrl("/admin/people/" + username));
        assertThat(accounts.members("stirling")).anyMatch(m -> m.username().equals(username)
                && m.role() == MembershipRole.CONTRIBUTOR && m.agency() == Agency.POLICE_SCOTLAND);
        assertThat(audit.latestForPartnership("stirling", 10)).anyMatch(e -> e.action().equals("membership.saved")
                && e.subjectId().equals(username + "@stirling") && e.actor().equals("demo-admin"));

        mvc.perform(asAdmin(post("/admin/people/" + username + "/memberships/stirling/remove")))
                .andExpect(redirectedUrl("/admin/people/" + username));
        assertThat(accounts.members("stirling")).noneMatch(m -> m.username().equals(username));
    }

    @Test
    void aBadFormShowsEachProblemAndCreatesNothing() throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/people")).param("username", "Bad Name!").param("displayName", "")
                        .param("email", "not-an-email").param("password", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("href=\"#username\"").contains("The username must be 2 to 63 lower-case letters")
                .contains("Enter the person&#39;s name")
                .contains("Enter an email address in the right format");
        assertThat(accounts.find("Bad Name!")).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefused() throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/people")).param("username", "demo-lead").param("displayName", "Copy")
                        .param("password", "a long enough password"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("That username is already taken");
        assertThat(accounts.get("demo-lead").displayName()).isEqualTo("Lesley Lead");
    }

    @Test
    void aStaleEditIsRefusedWithAVisibleConflict() throws Exception {
        String username = "edited-" + System.nanoTime();
        Account account = accounts.create(username, "Edited", null, "a long enough password", java.util.EnumSet.noneOf(AccountRole.class));
        accounts.update(username, "Edited by someone else", null, java.util.EnumSet.noneOf(AccountRole.class), true, account.version());
        String page = mvc.perform(asAdmin(post("/admin/people/" + username)).param("displayName", "Edited by me")
                        .param("version", String.valueOf(account.version())).param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this person while you were editing");
        assertThat(accounts.get(username).displayName()).isEqualTo("Edited by someone else");
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/admin/people/nobody-at-all").with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().isNotFound());
    }
}
