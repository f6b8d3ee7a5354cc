package scot.triangulate.framework.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import scot.triangulate.framework.FrameworkCatalogue;

/**
 * The framework's part of an explorer page (its template's {@code body} fragment), rendered once for each version of
 * the catalogue and kept; the layout around it, which shows who is signed in, is rendered for each request.
 */
@Component
class FrameworkPages {

    /** The model attribute holding a page's rendered body; its template renders the fragment only without it. */
    static final String BODY = "frameworkContent";
    /** The fragment of each page template that holds the framework's part of the page. */
    static final String FRAGMENT = "framework-content";
    private static final int MAX_PAGES = 2_000;

    private final ITemplateEngine templates;
    private final FrameworkCatalogue catalogue;
    private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(MAX_PAGES).build();
    private volatile JakartaServletWebApplication application;

    private record Key(String template, String page, String version, Locale locale) {
    }

    FrameworkPages(ITemplateEngine templates, FrameworkCatalogue catalogue) {
        this.templates = templates;
        this.catalogue = catalogue;
    }

    /**
     * Adds the body of {@code template} for the page named (by what it shows, such as a framework's id and an
     * indicator's code) to the model, rendering it from the model only when this version has not been rendered yet.
     */
    void addBody(String template, String page, Model model) {
        Key key = new Key(template, page, catalogue.version(), LocaleContextHolder.getLocale());
        String body = rendered.get(key, k -> render(template, model.asMap(), k.locale()));
        model.addAttribute(BODY, body);
    }

    private String render(String template, Map<String, Object> variables, Locale locale) {
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        JakartaServletWebApplication web = application;
        if (web == null) {
            web = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = web;
        }
        WebContext context = new WebContext(web.buildExchange(request, response), locale, variables);
        return templates.process(template, Set.of(FRAGMENT), context);
    }
}
