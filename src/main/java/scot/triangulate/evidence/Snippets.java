package scot.triangulate.evidence;

import org.springframework.web.util.HtmlUtils;

/** Search snippets: escaped as HTML, then the words PostgreSQL matched (between U+E000 and U+E001) marked. */
final class Snippets {

    private Snippets() {
    }

    static String highlight(String headline) {
        return HtmlUtils.htmlEscape(headline.replace('\f', ' ')).replace("\uE000", "<mark>").replace("\uE001", "</mark>");
    }
}
