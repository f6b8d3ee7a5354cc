package scot.triangulate.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;

@IntegrationTest
class AccessTokenTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private AccountService accounts;
    @Autowired
    private AccessTokenService tokens;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void aTokenWorksUntilRevokedAndOnlyItsHashIsStored() throws Exception {
        String username = "token-owner-" + System.nanoTime();
        accounts.create(username, "Token Owner", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        String token = tokens.create(username, "test client");
        assertThat(token).startsWith("tri_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select count(*) from access_token where token_hash = :t").param("t", token).query(Long.class).single())
                .isZero();

        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        AccessToken listed = tokens.tokens(username).get(0);
        assertThat(listed.lastUsedAt()).isNotNull();

        tokens.revoke(username, listed.id());
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyCanRevokeAnotherPersonsToken() {
        String owner = "owner-" + System.nanoTime();
        accounts.create(owner, "Owner", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        tokens.create(owner, "mine");
        long id = tokens.tokens(owner).get(0).id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.revoke("demo-lead", id))
                .isInstanceOf(scot.triangulate.shared.NotFoundException.class);
        assertThat(tokens.tokens(owner).get(0).active()).isTrue();
    }

    @Test
    void aTokenOpensNoPageAndCannotMakeMoreTokens() throws Exception {
        String username = "token-admin-" + System.nanoTime();
        accounts.create(username, "Token Admin", null, "a long enough password", EnumSet.of(AccountRole.ADMINISTRATOR));
        String token = tokens.create(username, "leaked");
        mvc.perform(get("/admin/people").header("Authorization", "Bearer " + token))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(get("/account").header("Authorization", "Bearer " + token))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        mvc.perform(post("/account/tokens").header("Authorization", "Bearer " + token)
                        .param("name", "another").param("password", "a long enough password"))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/account/tokens").with(csrf()).header("Authorization", "Bearer " + token)
                        .param("name", "another").param("password", "a long enough password"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
        assertThat(tokens.tokens(username)).hasSize(1);
        // The API still answers it.
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void creatingATokenNeedsThePasswordEnteredAgain() throws Exception {
        String username = "token-maker-" + System.nanoTime();
        accounts.create(username, "Token Maker", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        String page = mvc.perform(post("/account/tokens").with(csrf()).with(user(users.loadUserByUsername(username)))
                        .param("name", "nightly export").param("password", "not my password"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your password is not right");
        assertThat(tokens.tokens(username)).isEmpty();

        mvc.perform(post("/account/tokens").with(csrf()).with(user(users.loadUserByUsername(username)))
                        .param("name", "nightly export").param("password", "a long enough password"))
                .andExpect(redirectedUrl("/account#tokens"));
        assertThat(tokens.tokens(username)).extracting(AccessToken::name).containsExactly("nightly export");
    }

    @Test
    void guessingThePasswordOnTheTokenFormIsThrottledLikeSigningIn() throws Exception {
        String username = "token-guesser-" + System.nanoTime();
        accounts.create(username, "Token Guesser", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/account/tokens").with(csrf()).with(user(users.loadUserByUsername(username)))
                    .param("name", "guess").param("password", "guess " + attempt)).andExpect(status().isOk());
        }
        mvc.perform(post("/account/tokens").with(csrf()).with(user(users.loadUserByUsername(username)))
                .param("name", "guess").param("password", "a long enough password")).andExpect(status().isOk());
        assertThat(tokens.tokens(username)).isEmpty();
        assertThat(accounts.get(username).locked()).isTrue();
    }

    @Test
    void aDisabledAccountsTokenStopsWorking() throws Exception {
        String username = "disabled-" + System.nanoTime();
        Account account = accounts.create(username, "Disabled", null, "a long enough password", EnumSet.noneOf(AccountRole.class));
        String token = tokens.create(username, "client");
        accounts.update(username, "Disabled", null, EnumSet.noneOf(AccountRole.class), false, account.version());
        mvc.perform(get("/api/partnerships").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }
}
