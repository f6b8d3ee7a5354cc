package scot.triangulate.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.DocumentNumber;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.NewEvidence;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.partnership.Agency;

/**
 * Demo mode only: fills Clackmannanshire's document log from {@code demo/clackmannanshire-evidence.yaml}, making
 * real PDF, Word and text files so extraction, screening and search have something to work on.
 */
@Component
@Conditional(DemoMode.class)
class DemoEvidence {

    static final String PARTNERSHIP = "clackmannanshire";

    record Document(String title, String kind, String url, SourceType sourceType, Agency agency, LocalDate date,
            List<String> indicators, CoreDocumentCategory core, List<List<String>> pages, List<String> paragraphs,
            String text) {
    }

    private final EvidenceService evidence;
    private final CoreDocuments coreDocuments;

    DemoEvidence(EvidenceService evidence, CoreDocuments coreDocuments) {
        this.evidence = evidence;
        this.coreDocuments = coreDocuments;
    }

    /**
     * Adds each demo document the partnership's log does not hold yet (matched by title), wherever the log's numbers
     * have got to, and says where each one is: safe to run on every start and after an interrupted one.
     */
    DemoLog load(String partnership) throws IOException {
        List<Document> documents = YAMLMapper.builder().findAndAddModules().build().readValue(
                new ClassPathResource("demo/clackmannanshire-evidence.yaml").getInputStream(), new TypeReference<>() { });
        Map<String, EvidenceItem> held = new HashMap<>();
        evidence.log(partnership).forEach(item -> held.putIfAbsent(item.title(), item));
        Map<String, String> numbers = new HashMap<>();
        int i = 0;
        for (Document document : documents) {
            String by = i % 3 == 0 ? "demo-contributor" : "demo-lead";
            EvidenceItem item = held.get(document.title());
            if (item == null) {
                item = evidence.add(partnership, toNewEvidence(document), by);
            }
            numbers.put(DocumentNumber.format(++i), item.documentNumber());
        }
        boolean povertyPlanExplained = coreDocuments.checklist(partnership).stream()
                .anyMatch(e -> e.category() == CoreDocumentCategory.LOCAL_POVERTY_ACTION_PLAN && e.complete());
        if (!povertyPlanExplained) {
            coreDocuments.markNotHeld(partnership, CoreDocumentCategory.LOCAL_POVERTY_ACTION_PLAN,
                    "The local child poverty action report is published jointly with Stirling; the 2024-25 report is due in June.",
                    "demo-lead");
        }
        return new DemoLog(numbers);
    }

    private static NewEvidence toNewEvidence(Document d) throws IOException {
        NewEvidence.Upload upload = switch (d.kind()) {
            case "pdf" -> upload(slug(d.title()) + ".pdf", DemoDocuments.pdf(d.pages()));
            case "docx" -> upload(slug(d.title()) + ".docx", DemoDocuments.docx(d.paragraphs()));
            case "txt" -> upload(slug(d.title()) + ".txt", d.text().getBytes(StandardCharsets.UTF_8));
            default -> null;
        };
        return new NewEvidence(d.title(), "", d.agency(), d.date(), d.sourceType(), d.indicators(), d.core(), upload,
                upload == null ? d.url() : null);
    }

    private static NewEvidence.Upload upload(String name, byte[] content) {
        return new NewEvidence.Upload(name, content.length, new ByteArrayInputStream(content));
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
