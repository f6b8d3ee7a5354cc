package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;

@IntegrationTest
class SignInTest {

    private static final AtomicInteger SOURCES = new AtomicInteger();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccessTokenService tokens;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcClient jdbc;

    /** A source address of its own, so that no other test's attempts count against this one's. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form posted from the given source address. */
    static MockHttpServletRequestBuilder signIn(String username, String password, String source) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(source));
    }

    private static String newSource() {
        return "test-source-" + SOURCES.incrementAndGet() + "-" + System.nanoTime();
    }

    @Test
    void demoAccountsSignInWithTheDemoPassword() throws Exception {
        mvc.perform(formLogin("/login").user("demo-lead").password("triangulate-demo"))
                .andExpect(authenticated().withUsername("demo-lead"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        mvc.perform(signIn("demo-lead", "wrong password", newSource()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from account where username = 'demo-lead'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("triangulate-demo");
    }

    @Test
    void repeatedFailuresDelayTheNextAttemptWithTheSameAnswerUntilAnAdministratorLetsThemIn() throws Exception {
        String username = "lock-out-" + System.nanoTime();
        accounts.create(username, "Lock Out", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signIn(username, "wrong " + attempt, newSource()))
                    .andExpect(unauthenticated());
        }
        // Even the right password waits now, and the answer is the one every failure gets.
        mvc.perform(signIn(username, "correct horse battery", newSource()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.get(username).locked()).isTrue();
        assertThat(audit.latest(50)).anyMatch(e -> e.action().equals("account.sign-in-delayed") && e.subjectId().equals(username));

        accounts.unlock(username);
        mvc.perform(signIn(username, "correct horse battery", newSource()))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAndTheSameDelay() throws Exception {
        String username = "nobody-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(signIn(username, "wrong", newSource()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(jdbc.sql("select not_before > now() from sign_in_throttle where throttle_key = :k")
                .param("k", "account:" + username).query(Boolean.class).single()).isTrue();
    }

    @Test
    void parallelAttemptsAreCountedBeforeAnyPasswordIsChecked() throws Exception {
        String username = "parallel-" + System.nanoTime();
        accounts.create(username, "Parallel", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (int attempt = 0; attempt < 25; attempt++) {
                String password = "wrong " + attempt;
                String source = newSource();
                attempts.add(() -> mvc.perform(signIn(username, password, source))
                        .andReturn().getResponse().getRedirectedUrl());
            }
            for (Future<String> answer : pool.invokeAll(attempts)) {
                assertThat(answer.get()).isEqualTo("/login?error");
            }
        } finally {
            pool.shutdown();
        }
        // Only the allowance of five reached a password check; the others were turned away unchecked.
        assertThat(jdbc.sql("select attempts from sign_in_throttle where throttle_key = :k")
                .param("k", "account:" + username).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void oneSourceTryingManyAccountsIsDelayedWithoutDelayingThoseAccountsElsewhere() throws Exception {
        String attacker = newSource();
        String username = "targeted-" + System.nanoTime();
        accounts.create(username, "Targeted", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        for (int attempt = 1; attempt <= 20; attempt++) {
            mvc.perform(signIn("guess-" + attempt + "-" + System.nanoTime(), "wrong", attacker));
        }
        mvc.perform(signIn(username, "correct horse battery", attacker))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(username, "correct horse battery", newSource()))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void failedSignInsNeverStopTheAccountsTokens() throws Exception {
        String username = "token-keeper-" + System.nanoTime();
        accounts.create(username, "Token Keeper", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        String token = tokens.create(username, "client");
        for (int attempt = 1; attempt <= 8; attempt++) {
            mvc.perform(signIn(username, "wrong", newSource()));
        }
        assertThat(accounts.get(username).locked()).isTrue();
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        String username = "reset-" + System.nanoTime();
        accounts.create(username, "Reset", null, "correct horse battery", EnumSet.noneOf(AccountRole.class));
        String source = newSource();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(username, "wrong", source));
        }
        mvc.perform(signIn(username, "correct horse battery", source)).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(signIn(username, "wrong", source));
        }
        mvc.perform(signIn(username, "correct horse battery", source)).andExpect(authenticated());
    }

    @Test
    void shortPasswordsAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("short-" + System.nanoTime(), "Short", null,
                        "too short", EnumSet.noneOf(AccountRole.class)))
                .hasMessage("password.too-short");
    }
}
