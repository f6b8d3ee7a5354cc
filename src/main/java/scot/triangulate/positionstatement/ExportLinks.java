package scot.triangulate.positionstatement;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import scot.triangulate.evidence.EvidenceItem;

/**
 * Where a citation points in an export: the published address for a link in the log, otherwise the item's page
 * in Triangulate (an absolute address, so it works from a downloaded file).
 */
record ExportLinks(String baseUrl, String partnership, Map<String, EvidenceItem> log) implements Function<String, Optional<String>> {

    @Override
    public Optional<String> apply(String number) {
        return Optional.ofNullable(log.get(number)).map(this::url);
    }

    String url(EvidenceItem item) {
        return item.isLink() ? item.url() : pageUrl(item);
    }

    String pageUrl(EvidenceItem item) {
        return baseUrl + "/partnerships/" + partnership + "/evidence/" + item.documentNumber();
    }
}
