package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import scot.triangulate.IntegrationTest;
import scot.triangulate.partnership.Agency;

/**
 * A change of rights reaches every session of the person at once: taking rights away or changing the password
 * ends them, a new membership is added to them. Being signed in writes nothing to the database per request.
 */
@IntegrationTest
class AccountSessionsTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccessTokenService tokens;
    @Autowired
    private JdbcClient jdbc;

    private String person(Set<AccountRole> roles) {
        String username = "session-" + System.nanoTime();
        accounts.create(username, "Session Person", null, PASSWORD, roles.isEmpty() ? EnumSet.noneOf(AccountRole.class) : EnumSet.copyOf(roles));
        return username;
    }

    /** Signs in as a browser does and returns the session cookie. */
    private Cookie signIn(String username) throws Exception {
        Cookie session = mvc.perform(SignInTest.signIn(username, PASSWORD, "sessions-" + System.nanoTime()))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    private void signedIn(Cookie session) throws Exception {
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
    }

    private void signedOut(Cookie session) throws Exception {
        mvc.perform(get("/account").cookie(session)).andExpect(toSignIn());
    }

    private static ResultMatcher toSignIn() {
        return result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void disablingAPersonEndsTheirSessions() throws Exception {
        String username = person(Set.of());
        Cookie first = signIn(username);
        Cookie second = signIn(username);
        signedIn(first);
        Account account = accounts.get(username);
        accounts.update(username, account.displayName(), null, account.roles(), false, account.version());
        signedOut(first);
        signedOut(second);
    }

    @Test
    void anAdministratorWhoseRoleIsRemovedCanNoLongerAdminister() throws Exception {
        String username = person(Set.of(AccountRole.ADMINISTRATOR));
        Cookie session = signIn(username);
        mvc.perform(get("/admin/people").cookie(session)).andExpect(status().isOk());
        Account account = accounts.get(username);
        accounts.update(username, account.displayName(), null, EnumSet.noneOf(AccountRole.class), true, account.version());
        String other = "made-by-ex-admin-" + System.nanoTime();
        mvc.perform(post("/admin/people").with(csrf()).cookie(session).param("username", other)
                .param("displayName", "Other").param("password", "a long enough password").param("roles", "ADMINISTRATOR"))
                .andExpect(toSignIn());
        assertThat(accounts.find(other)).isEmpty();
        // Signing in again gives the rights the person now has.
        mvc.perform(get("/admin/people").cookie(signIn(username))).andExpect(status().isForbidden());
    }

    @Test
    void removingAMembershipEndsTheSessionAndAddingOneReachesItAtOnce() throws Exception {
        String username = person(Set.of());
        Cookie session = signIn(username);
        mvc.perform(get("/partnerships/stirling").cookie(session)).andExpect(status().isForbidden());

        accounts.addMembership(username, "stirling", MembershipRole.CONTRIBUTOR, Agency.POLICE_SCOTLAND, null);
        mvc.perform(get("/partnerships/stirling").cookie(session)).andExpect(status().isOk());

        accounts.removeMembership(username, "stirling");
        signedOut(session);
        mvc.perform(get("/partnerships/stirling").cookie(signIn(username))).andExpect(status().isForbidden());
    }

    @Test
    void changingARoleInAPartnershipEndsTheSession() throws Exception {
        String username = person(Set.of());
        accounts.addMembership(username, "stirling", MembershipRole.PARTNERSHIP_LEAD, Agency.POLICE_SCOTLAND, null);
        Cookie session = signIn(username);
        signedIn(session);
        accounts.addMembership(username, "stirling", MembershipRole.CONTRIBUTOR, Agency.POLICE_SCOTLAND, null);
        signedOut(session);
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() throws Exception {
        String username = person(Set.of());
        Cookie here = signIn(username);
        Cookie elsewhere = signIn(username);
        mvc.perform(post("/account/password").with(csrf()).cookie(here).param("currentPassword", PASSWORD)
                        .param("newPassword", "a brand new passphrase").param("confirmPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account"));
        signedIn(here);
        signedOut(elsewhere);
    }

    @Test
    void aSignedInRequestWritesNothingToTheSession() throws Exception {
        String username = person(Set.of());
        Cookie session = signIn(username);
        signedIn(session);
        String before = jdbc.sql("select last_access_time || '/' || expiry_time from spring_session where principal_name = :u")
                .param("u", username).query(String.class).single();
        signedIn(session);
        mvc.perform(get("/frameworks").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select last_access_time || '/' || expiry_time from spring_session where principal_name = :u")
                .param("u", username).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void aTokenRecordsItsLastUseAtMostOnceAMinute() throws Exception {
        String username = person(Set.of());
        String token = tokens.create(username, "busy client");
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        Object first = tokens.tokens(username).get(0).lastUsedAt();
        assertThat(first).isNotNull();
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(tokens.tokens(username).get(0).lastUsedAt()).isEqualTo(first);
    }
}
