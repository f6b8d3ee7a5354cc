package scot.triangulate.positionstatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A section's text: Markdown with light formatting (headings, lists, bold, italic, links), rendered safely.
 * Raw HTML is shown as text, never run; only http, https and mailto links survive (anything else becomes
 * plain text); images become their description; citations such as [D012] become links to the document log.
 */
public final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(false) // links are checked in the tree below, where citations are added too
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link && !attributes.getOrDefault("href", "").startsWith("/")) {
                    attributes.put("rel", "noopener noreferrer");
                }
            })
            .build();
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private MarkdownText() {
    }

    /**
     * The text as a safe tree: unsafe links unlinked, images reduced to their description, citations linked where
     * {@code citationUrl} knows the document, and headings moved down {@code headingOffset} levels so the
     * writer's top heading sits below the page's own.
     */
    public static Node parse(String markdown, Function<String, Optional<String>> citationUrl, int headingOffset) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        List<Node> unsafe = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!safe(link.getDestination())) {
                    unsafe.add(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                unsafe.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + headingOffset));
                visitChildren(heading);
            }

            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        unsafe.forEach(MarkdownText::unwrap);
        texts.forEach(text -> linkCitations(text, citationUrl));
        return document;
    }

    public static String html(String markdown, Function<String, Optional<String>> citationUrl, int headingOffset) {
        return HTML.render(parse(markdown, citationUrl, headingOffset));
    }

    /**
     * The items of the lists under a heading whose text is {@code heading} (any level, any case, a trailing colon
     * ignored), up to the next heading of the same or a higher level: how the key achievements and the priority
     * areas for improvement are found in a section.
     */
    public static List<String> listItemsUnder(String markdown, String heading) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        List<String> items = new ArrayList<>();
        Integer level = null;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                if (level != null && h.getLevel() <= level) {
                    break;
                }
                if (level == null && sameHeading(plainText(h), heading)) {
                    level = h.getLevel();
                }
            } else if (level != null && block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        String text = plainText(item).strip();
                        if (!text.isEmpty()) {
                            items.add(text);
                        }
                    }
                }
            }
        }
        return items;
    }

    /** Whether the text has a heading of that name. */
    public static boolean hasHeading(String markdown, String heading) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h && sameHeading(plainText(h), heading)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a node, without formatting. */
    public static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                visitChildren(paragraph);
            }
        });
        return text.toString().replaceAll("\\s+", " ");
    }

    static boolean safe(String destination) {
        if (destination == null) {
            return false;
        }
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        return SAFE_SCHEMES.contains(destination.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }

    private static boolean sameHeading(String text, String heading) {
        return normaliseHeading(text).equals(normaliseHeading(heading));
    }

    private static String normaliseHeading(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** Puts a node's children in its place: a link without its address, an image as its description. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static void linkCitations(Text text, Function<String, Optional<String>> citationUrl) {
        if (insideLink(text)) {
            return;
        }
        String literal = text.getLiteral();
        Matcher matcher = Citations.CITATION.matcher(literal);
        int from = 0;
        boolean changed = false;
        while (matcher.find()) {
            Optional<String> url = citationUrl.apply(Citations.normalise(matcher.group(1)));
            if (url.isEmpty()) {
                continue;
            }
            changed = true;
            if (matcher.start() > from) {
                text.insertBefore(new Text(literal.substring(from, matcher.start())));
            }
            Link link = new Link(url.get(), null);
            link.appendChild(new Text(matcher.group()));
            text.insertBefore(link);
            from = matcher.end();
        }
        if (changed) {
            if (from < literal.length()) {
                text.insertBefore(new Text(literal.substring(from)));
            }
            text.unlink();
        }
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }
}
