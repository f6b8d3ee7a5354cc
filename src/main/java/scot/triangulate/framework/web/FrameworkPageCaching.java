package scot.triangulate.framework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import scot.triangulate.framework.FrameworkCatalogue;

/**
 * The framework explorer's pages change only with the stored frameworks (a version of one is never changed under
 * its id) and with the application itself, so each page names that version in a weak {@code ETag} and a browser
 * that already holds it is answered 304 without the page being made again. A page someone signed in sees also
 * carries who they are and their session's sign-out form, so it is private to them and its tag names their
 * session; a page anyone sees is public. The tag is weak because each response carries a fresh script nonce.
 */
@Component
class FrameworkPageCaching implements HandlerInterceptor, WebMvcConfigurer {

    /** Public pages of one framework may be reused for this long without asking; lists are always revalidated. */
    static final String PUBLIC_FRAMEWORK = "public, max-age=300";
    static final String PUBLIC_LIST = "public, no-cache";
    static final String PRIVATE = "private, no-cache";

    private static final String TAG = FrameworkPageCaching.class.getName() + ".tag";

    private final FrameworkCatalogue catalogue;
    /** A new start may bring new templates or words, so it changes every tag. */
    private final String started;

    FrameworkPageCaching(FrameworkCatalogue catalogue, ApplicationContext context) {
        this.catalogue = catalogue;
        this.started = Long.toString(context.getStartupDate(), 36);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/frameworks", "/frameworks/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
        String tag = "W/\"" + started + "-" + catalogue.version() + (signedIn ? "-" + reader(who, request) : "") + "\"";
        String cacheControl = signedIn ? PRIVATE
                : request.getRequestURI().matches(".*/frameworks(/search|/compare)?") ? PUBLIC_LIST : PUBLIC_FRAMEWORK;
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            headers(response, tag, cacheControl);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return false;
        }
        request.setAttribute(TAG, new String[] {tag, cacheControl});
        return true;
    }

    /** Only a page made successfully is tagged: an error page is not the framework's. */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (request.getAttribute(TAG) instanceof String[] tag && response.getStatus() == HttpServletResponse.SC_OK) {
            headers(response, tag[0], tag[1]);
        }
    }

    private static void headers(HttpServletResponse response, String tag, String cacheControl) {
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.addHeader(HttpHeaders.VARY, "Cookie, Authorization");
    }

    /** If-None-Match holds "*" or a list of tags, compared weakly (RFC 9110, section 13.1.2). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The reader and their session, digested: the tag must not show either. */
    private static String reader(Authentication who, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String text = who.getName() + "|" + who.getAuthorities() + "|" + (session == null ? "" : session.getId());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
