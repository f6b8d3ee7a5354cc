package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The PDF download is a tagged PDF (PDF/UA-1) a screen reader can follow: marked, with a structure tree of
 * headings, paragraphs, lists, links and a table with header cells, in British English, titled with the
 * partnership's name, and with every font embedded.
 */
class PdfExportTest {

    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    private final Words words = ExportTestData.words();

    private byte[] pdf(PositionStatement statement) throws IOException {
        ExportLinks links = new ExportLinks("https://triangulate.example.gov.scot", statement.partnership(), ExportTestData.log());
        List<String[]> rows = links.log().values().stream()
                .map(i -> new String[] {i.documentNumber(), i.title(), links.url(i), words.get(i.status().messageKey())})
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter(words).write(statement, links, rows, out);
        return out.toByteArray();
    }

    @Test
    void theStatementIsTaggedForAssistiveTechnology() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(ExportTestData.draft()))) {
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
        try (PDDocument document = Loader.loadPDF(pdf(ExportTestData.draft()))) {
            assertThat(document.getDocumentCatalog().getViewerPreferences()).as("ViewerPreferences").isNotNull();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Clackmannanshire \u2013 Position statement: Self-evaluation 2026");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(ExportTestData.draft()))) {
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
