package scot.triangulate.positionstatement;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The statement as a Word document: real heading styles (so Word's navigation pane and contents work), the
 * section texts with their formatting, citations as hyperlinks, a page number in every footer, and the
 * document log as an appendix table.
 */
final class DocxWriter {

    private static final String LINK_COLOUR = "0065BD";
    private static final int QUOTE_INDENT = 360;
    /** A4 with 2.54 cm margins, in twentieths of a point: the width of text is the page less both margins. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1440;
    private static final int HEADER_FOOTER = 708;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private final Words words;

    DocxWriter(Words words) {
        this.words = words;
    }

    void write(PositionStatement statement, ExportLinks links, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            styles(document);
            footer(document);
            a4(document);
            WordLists lists = new WordLists(document);
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(words.title(statement));
            document.getProperties().getCoreProperties().setTitle(words.title(statement));
            document.getProperties().getCoreProperties().setCreator(statement.partnershipName());
            XWPFParagraph version = document.createParagraph();
            version.createRun().setText(words.versionLine(statement));
            for (Section section : statement.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle("Heading1");
                heading.createRun().setText(section.title());
                Node tree = MarkdownText.parse(section.text(), links, 1);
                for (Node block = tree.getFirstChild(); block != null; block = block.getNext()) {
                    block(document, lists, block, Nesting.TOP);
                }
            }
            new WordAppendix(words).write(document, links.rows(words));
            document.write(out);
        }
    }

    /** How far a block is indented (twentieths of a point), and the level of the list it is in (-1: none). */
    private record Nesting(int indent, int listLevel) {

        static final Nesting TOP = new Nesting(0, -1);
    }

    private void block(XWPFDocument document, WordLists lists, Node block, Nesting nesting) {
        if (block instanceof Heading heading) {
            XWPFParagraph p = document.createParagraph();
            p.setStyle("Heading" + Math.min(3, heading.getLevel()));
            inlines(p, heading, false, false);
        } else if (block instanceof Paragraph paragraph) {
            XWPFParagraph p = document.createParagraph();
            indent(p, nesting.indent());
            inlines(p, paragraph, false, false);
        } else if (block instanceof ListBlock list) {
            list(document, lists, list, Math.min(WordLists.LEVELS - 1, nesting.listLevel() + 1));
        } else if (block instanceof BlockQuote) {
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                block(document, lists, child, new Nesting(nesting.indent() + QUOTE_INDENT, nesting.listLevel()));
            }
        } else if (block instanceof FencedCodeBlock code) {
            codeBlock(document, code.getLiteral(), nesting.indent());
        } else if (block instanceof IndentedCodeBlock code) {
            codeBlock(document, code.getLiteral(), nesting.indent());
        } else if (block instanceof ThematicBreak) {
            document.createParagraph();
        }
    }

    /**
     * Each item's first paragraph carries the list's numbering (Word draws the bullet or number); its further
     * paragraphs line up with that text, and a list inside it goes a level down.
     */
    private void list(XWPFDocument document, WordLists lists, ListBlock list, int level) {
        boolean ordered = list instanceof OrderedList;
        int first = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        BigInteger numId = lists.start(ordered, level, first);
        Nesting inside = new Nesting(WordLists.textIndent(level), level);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            XWPFParagraph marked = document.createParagraph();
            WordLists.item(marked, numId, level);
            Node child = item.getFirstChild();
            if (child instanceof Paragraph paragraph) {
                inlines(marked, paragraph, false, false);
                child = child.getNext();
            }
            for (; child != null; child = child.getNext()) {
                block(document, lists, child, inside);
            }
        }
    }

    private void codeBlock(XWPFDocument document, String literal, int indent) {
        XWPFParagraph p = document.createParagraph();
        indent(p, indent);
        String[] lines = literal.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setFontFamily("Courier New");
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private void inlines(XWPFParagraph p, Node parent, boolean bold, boolean italic) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                run(p.createRun(), t.getLiteral(), bold, italic);
            } else if (node instanceof Code code) {
                XWPFRun run = p.createRun();
                run.setFontFamily("Courier New");
                run(run, code.getLiteral(), bold, italic);
            } else if (node instanceof StrongEmphasis) {
                inlines(p, node, true, italic);
            } else if (node instanceof Emphasis) {
                inlines(p, node, bold, true);
            } else if (node instanceof SoftLineBreak) {
                run(p.createRun(), " ", bold, italic);
            } else if (node instanceof HardLineBreak) {
                p.createRun().addBreak();
            } else if (node instanceof Link link) {
                run(link(p, link.getDestination()), MarkdownText.plainText(link), bold, italic);
            } else {
                inlines(p, node, bold, italic);
            }
        }
    }

    private static void run(XWPFRun run, String words, boolean bold, boolean italic) {
        run.setText(words);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static void indent(XWPFParagraph p, int indent) {
        if (indent > 0) {
            p.setIndentationLeft(indent);
        }
    }

    /** A linked run: to a bookmark in the document for "#name", otherwise to the address. */
    static XWPFHyperlinkRun link(XWPFParagraph p, String href) {
        XWPFHyperlinkRun run;
        if (href.startsWith("#")) {
            CTHyperlink hyperlink = p.getCTP().addNewHyperlink();
            hyperlink.setAnchor(href.substring(1));
            run = new XWPFHyperlinkRun(hyperlink, hyperlink.addNewR(), p);
            p.addRun(run);
        } else {
            run = p.createHyperlinkRun(href);
        }
        run.setColor(LINK_COLOUR);
        run.setUnderline(UnderlinePatterns.SINGLE);
        return run;
    }

    /** "Page N" centred in the footer of every page, N being Word's PAGE field. */
    private void footer(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(words.get("ps.export.page") + " ");
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE \\* MERGEFORMAT");
        page.addNewR().addNewT().setStringValue("1");
    }

    /** Sets the page rather than leaving it to Word's locale, so the appendix's column widths fill the text width. */
    private static void a4(XWPFDocument document) {
        CTBody body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        style(styles, "Title", "Title", 36, -1);
        style(styles, "Heading1", "heading 1", 32, 0);
        style(styles, "Heading2", "heading 2", 26, 1);
        style(styles, "Heading3", "heading 3", 24, 2);
    }

    private static void style(XWPFStyles styles, String id, String name, int halfPoints, int outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        ct.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        if (outlineLevel >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }
}
