package scot.triangulate.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word on screen comes from messages.properties: a template's visible text must be replaced by a
 * Thymeleaf attribute, and every message key a template names must exist.
 */
class TemplateWordsTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    /** A key named in an expression: #messages.msg('key', ...) or a table's column headings, columns=${ {'key', ...} }. */
    private static final Pattern MSG_KEY = Pattern.compile("#messages\\.msg(?:WithParams)?\\('([a-zA-Z0-9._-]+)'\\s*[,)]");
    private static final Pattern COLUMNS = Pattern.compile("columns=\\$\\{ \\{([^}]*)\\} \\}");
    private static final Pattern QUOTED = Pattern.compile("'([a-zA-Z0-9._-]+)'");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource template : templates()) {
            Document document = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsText(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (LETTER.matcher(text.text()).find() && !insideReplacedText(element)) {
                        problems.add(template.getFilename() + ": <" + element.tagName() + "> '" + text.text().strip() + "'");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedExists() throws IOException {
        Properties messages = new Properties();
        for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages*.properties")) {
            try (InputStream in = bundle.getInputStream()) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Resource template : templates()) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            List<String> keys = new ArrayList<>();
            for (Pattern pattern : List.of(KEY, MSG_KEY)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
            Matcher columns = COLUMNS.matcher(text);
            while (columns.find()) {
                Matcher quoted = QUOTED.matcher(columns.group(1));
                while (quoted.find()) {
                    keys.add(quoted.group(1));
                }
            }
            for (String key : keys) {
                if (!messages.containsKey(key)) {
                    missing.add(template.getFilename() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean replacesItsText(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || replacedByFragment(element)
                || element.hasAttr("th:insert") || element.hasAttr("th:errors") || element.tagName().equals("script")
                || element.tagName().equals("style") || element.tagName().equals("title");
    }

    private static boolean insideReplacedText(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || replacedByFragment(parent)) {
                return true;
            }
        }
        return false;
    }

    /** A page's root element is replaced by the layout, which then shows the page's own elements: not a replacement of its text. */
    private static boolean replacedByFragment(Element element) {
        return element.hasAttr("th:replace") && !element.tagName().equals("html");
    }

    private static Resource[] templates() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
    }
}
