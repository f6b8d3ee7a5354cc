package scot.triangulate.evidence;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.triangulate.evidence.screening.Finding;
import scot.triangulate.evidence.screening.PersonalDataScreen;

/** Runs personal-data screening over an item's free-text fields and its document's text, placing each finding. */
@Component
class Screening {

    private final PersonalDataScreen screen = new PersonalDataScreen();

    /** The text with its personal data masked. */
    String mask(String text) {
        return screen.mask(text);
    }

    /** A held item as members see it: its description with personal data masked. */
    EvidenceItem masked(EvidenceItem item) {
        if (item.status() != EvidenceStatus.HELD || item.description() == null || item.description().isBlank()) {
            return item;
        }
        return new EvidenceItem(item.id(), item.partnership(), item.number(), item.title(), screen.mask(item.description()),
                item.agency(), item.documentDate(), item.sourceType(), item.indicators(), item.coreCategory(), item.status(),
                item.currentVersion(), item.fileName(), item.sizeBytes(), item.url(), item.extractionProblem(),
                item.createdBy(), item.createdAt(), item.updatedAt(), item.detailsVersion());
    }

    record Placed(String kind, Integer page, Integer line, String field, String excerpt) {
    }

    List<Placed> fields(String title, String description) {
        List<Placed> placed = new ArrayList<>();
        for (Finding finding : screen.screen(title == null ? "" : title)) {
            placed.add(new Placed(finding.kind().name(), null, null, "title", finding.maskedExcerpt()));
        }
        for (Finding finding : screen.screen(description == null ? "" : description)) {
            placed.add(new Placed(finding.kind().name(), null, null, "description", finding.maskedExcerpt()));
        }
        return placed;
    }

    /** Screens text whose pages are separated by form feeds; {@code paged} says whether to report pages. */
    List<Placed> text(String text, boolean paged) {
        List<Placed> placed = new ArrayList<>();
        int page = 1;
        int line = 1;
        int position = 0;
        for (Finding finding : screen.screen(text)) {
            for (; position < finding.start() && position < text.length(); position++) {
                char c = text.charAt(position);
                if (c == '\f') {
                    page++;
                    line = 1;
                } else if (c == '\n') {
                    line++;
                }
            }
            placed.add(new Placed(finding.kind().name(), paged ? page : null, line, null, finding.maskedExcerpt()));
        }
        return placed;
    }
}
