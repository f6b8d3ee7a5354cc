package scot.triangulate.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients by personal access token ({@code Authorization: Bearer ...}), on {@code /api/**}
 * only: a token never opens a page, and so never reaches token management or administration. The
 * authentication lasts for the request only; nothing is stored in a session. Sign-in throttling never
 * affects tokens.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private static final RequestMatcher API = new AntPathRequestMatcher("/api/**");

    private final AccessTokenService tokens;
    private final UserDetailsService users;

    BearerTokenFilter(AccessTokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** An API request carrying a token: the only kind a token authenticates, and the only kind without CSRF checks. */
    static boolean isTokenRequest(HttpServletRequest request) {
        return hasBearerToken(request) && API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTokenRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(PREFIX.length()).strip();
        Optional<UserDetails> user = token.isEmpty() || token.length() > 200 ? Optional.empty()
                : tokens.authenticate(token).map(users::loadUserByUsername);
        if (user.isEmpty() || !user.get().isEnabled()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"The access token is not valid or has been revoked\"}");
            return;
        }
        if (user.get() instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
