package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The PDF download is a tagged PDF (PDF/UA-1) a screen reader can follow: marked, with a structure tree of
 * headings, paragraphs, lists, links and a table with header cells, in British English, titled with the
 * partnership's name, and with every font embedded. Its appendix keeps statuses whole, and nothing in it points at
 * Triangulate's pages, which inspectors cannot open.
 */
class PdfExportTest {

    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    @Test
    void theStatementIsTaggedForAssistiveTechnology() throws Exception {
        try (PDDocument document = Loader.loadPDF(ExportTestData.pdf(ExportTestData.draft(), false))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
            assertThat(structureTypes(catalog.getStructureTreeRoot()))
                    .contains("H1", "H2", "H3", "P", "L", "LI", "Link", "Table", "TR", "TH", "TD");
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdfUaParts(catalog)).containsExactly("1");
        }
    }

    @Test
    void viewersShowTheTitleWithThePartnershipsName() throws Exception {
        try (PDDocument document = Loader.loadPDF(ExportTestData.pdf(ExportTestData.draft(), false))) {
            assertThat(document.getDocumentCatalog().getViewerPreferences()).as("ViewerPreferences").isNotNull();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Clackmannanshire \u2013 Position statement: Self-evaluation 2026");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(ExportTestData.pdf(ExportTestData.draft(), false))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
        }
    }

    @Test
    void theAppendixKeepsEachStatusWhole() throws Exception {
        try (PDDocument document = Loader.loadPDF(ExportTestData.pdf(ExportTestData.draft(), false))) {
            String text = new PDFTextStripper().getText(document);
            String appendix = text.substring(text.indexOf("Appendix: document log"));
            // A status broken mid-word ("Cleare" / "d") reads as something else; each row's must be there whole.
            assertThat(Pattern.compile("\\bCleared\\b").matcher(appendix).results().count()).isEqualTo(3);
            assertThat(Pattern.compile("\\bHeld\\b").matcher(appendix).results().count()).isEqualTo(1);
            for (String number : List.of("D001", "D002", "D003", "D004")) {
                assertThat(appendix).containsPattern("\\b" + number + "\\b");
            }
        }
    }

    @Test
    void onItsOwnThePdfLinksPublishedItemsAndSaysWhereFilesAre() throws Exception {
        try (PDDocument document = Loader.loadPDF(ExportTestData.pdf(ExportTestData.draft(), false))) {
            List<String> uris = uris(document);
            assertThat(uris).contains(ExportTestData.LONG_URL, "https://www.careinspectorate.com/")
                    .noneMatch(uri -> uri.contains("/partnerships/") || uri.contains("triangulate") || uri.startsWith("evidence"));
            String text = squeezed(new PDFTextStripper().getText(document));
            assertThat(text).contains(
                    squeezed("D002 Multi-agency chronology audit In the submission pack: evidence/D002 chronology audit.txt"),
                    squeezed("D003 Case file reading notes Not in the submission pack"),
                    squeezed("D004 Practice guide Not in the submission pack"));
            // [D002] and [D003] in the text go to their rows in the appendix, which say where the files are.
            assertThat(internalLinks(document)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void inThePackThePdfLinksCitedFilesByTheirPathInThePack() throws Exception {
        try (PDDocument document = Loader.loadPDF(ExportTestData.pdf(ExportTestData.draft(), true))) {
            List<String> uris = uris(document);
            // Once for the citation [D002], once for its row in the appendix.
            assertThat(uris.stream().filter("evidence/D002%20chronology%20audit.txt"::equals)).hasSize(2);
            assertThat(uris).contains(ExportTestData.LONG_URL).noneMatch(uri -> uri.contains("/partnerships/"));
            String text = squeezed(new PDFTextStripper().getText(document));
            assertThat(text).contains(squeezed("D002 Multi-agency chronology audit evidence/D002 chronology audit.txt"),
                    squeezed("D003 Case file reading notes Not in the submission pack"));
            // [D003] is held, so not packed: it still goes to its row in the appendix.
            assertThat(internalLinks(document)).isGreaterThanOrEqualTo(1);
        }
    }

    /** The text without its white space, as a cell may wrap its lines anywhere. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> uris(PDDocument document) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    private static long internalLinks(PDDocument document) throws IOException {
        long links = 0;
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                    links++;
                }
            }
        }
        return links;
    }

    /** Every structure type in the tree, as written and as mapped to a standard type through the role map. */
    private static Set<String> structureTypes(PDStructureNode node) {
        Set<String> types = new LinkedHashSet<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.add(element.getStandardStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }

    /** The values of pdfuaid:part in the XMP metadata, whether written as elements or as attributes. */
    private static List<String> pdfUaParts(PDDocumentCatalog catalog) throws Exception {
        assertThat(catalog.getMetadata()).as("XMP metadata").isNotNull();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xmp;
        try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
            xmp = factory.newDocumentBuilder().parse(in);
        }
        List<String> parts = new ArrayList<>();
        NodeList elements = xmp.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (PDFUA_NAMESPACE.equals(element.getNamespaceURI()) && "part".equals(element.getLocalName())) {
                parts.add(element.getTextContent().strip());
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                if (PDFUA_NAMESPACE.equals(attribute.getNamespaceURI()) && "part".equals(attribute.getLocalName())) {
                    parts.add(attribute.getNodeValue().strip());
                }
            }
        }
        return parts;
    }

    private static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts);
            }
        }
    }
}
