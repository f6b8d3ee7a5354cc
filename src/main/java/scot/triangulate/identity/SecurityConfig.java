package scot.triangulate.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import scot.triangulate.shared.ResourceId;

/**
 * The access rules. Every route is denied unless a rule here allows it; a partnership's pages and API
 * answer only its members and administrators.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Set on a request denied because what it names is not there for the asker: answered as not found. */
    private static final String NOT_FOUND = SecurityConfig.class.getName() + ".NOT_FOUND";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in each hash so it can be raised later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PartnershipAccess access, AccessTokenService tokens,
            UserDetailsService users, List<PartnershipResources> resources) throws Exception {
        Map<String, PartnershipResources> owners = resources.stream()
                .collect(Collectors.toMap(PartnershipResources::type, r -> r));
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        http
            .addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
            .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::isTokenRequest))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/accessibility", "/login", "/error", "/favicon.ico", "/favicon.svg", "/feedback",
                        "/feedback/thanks").permitAll()
                .requestMatchers("/sgds/**", "/css/**", "/js/**", "/images/**").permitAll()
                .requestMatchers("/frameworks", "/frameworks/**", "/api/frameworks", "/api/frameworks/**",
                        "/api/scales/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/v3/api-docs",
                        "/v3/api-docs/**").permitAll()
                .requestMatchers("/admin", "/admin/**").hasRole(AccountRole.ADMINISTRATOR.name())
                .requestMatchers("/partnerships/{partnership}/audit", "/partnerships/{partnership}/audit/**",
                        "/partnerships/{partnership}/evidence/*/findings/**",
                        "/partnerships/{partnership}/evidence/*/versions/*/erase",
                        "/partnerships/{partnership}/screening/**")
                    .access(partnership(access, true))
                .requestMatchers("/partnerships/{partnership}", "/partnerships/{partnership}/**",
                        "/api/partnerships/{partnership}", "/api/partnerships/{partnership}/**")
                    .access(partnership(access, false))
                .requestMatchers("/api/record-reading/exercises/{id}", "/api/record-reading/exercises/{id}/**")
                    .access(ownedResource(access, owners, context -> "record-reading/exercises"))
                .requestMatchers("/api/{type}/{id}", "/api/{type}/{id}/**")
                    .access(ownedResource(access, owners, context -> context.getVariables().get("type")))
                .requestMatchers("/account", "/account/**", "/logout", "/api/partnerships", "/api/spc",
                        "/api/agreement").authenticated()
                .anyRequest().denyAll())
            .formLogin(form -> form
                .loginPage("/login")
                // One answer for every failure: a wrong password, an unknown or disabled account, too many attempts.
                .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error"))
                .defaultSuccessUrl("/", false))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(SecurityConfig::signInProblem, api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                .defaultAccessDeniedHandlerFor((request, response, denied) -> response.sendError(
                        request.getAttribute(NOT_FOUND) != null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN), api)
                // A form posted after the sign-in expired fails its CSRF check: ask the person to sign in again
                // (pages keep unsaved text in the browser and offer it back) rather than show "forbidden".
                .defaultAccessDeniedHandlerFor((request, response, denied) -> {
                    if (denied instanceof CsrfException && !signedIn()) {
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                    } else {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    }
                }, AnyRequestMatcher.INSTANCE))
            // Over HTTPS (directly, or through a trusted proxy's X-Forwarded-Proto) browsers are told to use nothing else.
            .headers(headers -> headers
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * A resource addressed by its own id (e.g. {@code /api/cycles/42}, or under a two-part type such as
     * {@code /api/record-reading/exercises/7}, whose type the caller names) answers those who may see the partnership
     * owning it. An id that is not written canonically ({@link ResourceId}), or names nothing, is denied; so is
     * another partnership's resource, and all three answer alike (404), so nobody learns which ids exist.
     */
    private static AuthorizationManager<RequestAuthorizationContext> ownedResource(PartnershipAccess access,
            Map<String, PartnershipResources> owners, java.util.function.Function<RequestAuthorizationContext, String> type) {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            PartnershipResources owner = owners.get(type.apply(context));
            Authentication who = authentication.get();
            if (owner == null || !signedIn(who)) {
                return new AuthorizationDecision(false);
            }
            OptionalLong id = ResourceId.parse(context.getVariables().get("id"));
            Optional<String> partnership = id.isPresent() ? owner.partnershipOf(id.getAsLong()) : Optional.empty();
            boolean visible = partnership.map(p -> access.canView(who, p)).orElse(false);
            if (!visible) {
                context.getRequest().setAttribute(NOT_FOUND, Boolean.TRUE);
                return new AuthorizationDecision(false);
            }
            return new AuthorizationDecision(readsOnly(context) || access.canContribute(who, partnership.get()));
        };
    }

    /** The API asks for sign-in with a problem document (RFC 9457), like every other refusal it makes. */
    private static void signInProblem(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in, or send a personal access token as Authorization: Bearer <token>\"}");
    }

    private static boolean signedIn(Authentication who) {
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    private static boolean signedIn() {
        return signedIn(SecurityContextHolder.getContext().getAuthentication());
    }

    private static AuthorizationManager<RequestAuthorizationContext> partnership(PartnershipAccess access, boolean leadOnly) {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            String partnership = context.getVariables().get("partnership");
            Authentication who = authentication.get();
            if (leadOnly) {
                return new AuthorizationDecision(access.canLead(who, partnership));
            }
            return new AuthorizationDecision(access.canView(who, partnership)
                    && (readsOnly(context) || access.canContribute(who, partnership)));
        };
    }

    /** A request that only reads (GET, HEAD, OPTIONS); any other changes something, which a reader may not. */
    private static boolean readsOnly(RequestAuthorizationContext context) {
        String method = context.getRequest().getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
