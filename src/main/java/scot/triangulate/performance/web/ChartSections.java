package scot.triangulate.performance.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import scot.triangulate.performance.IndicatorPage;

/**
 * The charts and table of figures of an indicator page ({@code performance/indicator-charts.html}), rendered once
 * for each computed page and language and kept while {@link scot.triangulate.performance.IndicatorPages} keeps that
 * page. A page is computed again when its figures, phases or comparators change, so the section is rendered again
 * then too. The section depends only on the page; who is looking plays no part in it.
 */
@Component
class ChartSections {

    private static final String TEMPLATE = "performance/indicator-charts";
    private static final Set<String> FRAGMENT = Set.of("charts");

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;
    /** Keyed by the computed page itself: once it is replaced and forgotten, so is its section. */
    private final Cache<IndicatorPage, Map<Locale, String>> rendered = Caffeine.newBuilder().weakKeys().build();

    ChartSections(SpringTemplateEngine templates, ApplicationContext application,
            @Qualifier("mvcConversionService") ConversionService conversions) {
        this.templates = templates;
        this.application = application;
        this.conversions = conversions;
    }

    /** The section's HTML for a page with charts, its variables being those the indicator page's model holds. */
    String html(IndicatorPage page, Map<String, Object> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return rendered.get(page, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(locale, l -> render(variables, l, request, response));
    }

    private String render(Map<String, Object> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        return templates.process(TEMPLATE, FRAGMENT, context);
    }
}
