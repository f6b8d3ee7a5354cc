package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;

@IntegrationTest
class SignInTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void demoAccountsSignInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("demo-lead").password("triangulate-demo"))
                .andExpect(authenticated().withUsername("demo-lead"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("demo-lead").password("wrong password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from account where username = 'demo-lead'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("triangulate-demo");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String username = "lock-out-" + System.nanoTime();
        accounts.create(username, "Lock Out", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong " + attempt))
                    .andExpect(unauthenticated());
        }
        // Even the right password is refused while locked, and the page says why.
        mvc.perform(formLogin("/login").user(username).password("correct horse battery"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(accounts.get(username).locked()).isTrue();
        assertThat(audit.latest(50)).anyMatch(e -> e.action().equals("account.locked") && e.subjectId().equals(username));

        accounts.unlock(username);
        mvc.perform(formLogin("/login").user(username).password("correct horse battery"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String username = "reset-" + System.nanoTime();
        accounts.create(username, "Reset", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong"));
        }
        mvc.perform(formLogin("/login").user(username).password("correct horse battery")).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong"));
        }
        mvc.perform(formLogin("/login").user(username).password("correct horse battery")).andExpect(authenticated());
    }

    @Test
    void shortPasswordsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("short-" + System.nanoTime(), "Short", null,
                        "too short", EnumSet.noneOf(AccountRole.class)))
                .hasMessage("password.too-short");
    }
}
