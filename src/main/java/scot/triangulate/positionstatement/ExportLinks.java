package scot.triangulate.positionstatement;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.util.UriUtils;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceStatus;

/**
 * Where a citation and its row in the appendix point in an export. Inspectors cannot open Triangulate's pages, so
 * nothing points there: a published link goes to its public address; a file cited and cleared by screening travels
 * in the submission pack, where the statement links to its path inside the ZIP and a statement downloaded on its own
 * names that path; a citation of anything else goes to the item's row in the appendix, which says where it is.
 */
final class ExportLinks implements Function<String, Optional<String>> {

    /** A row of the appendix: {@code place} says where the item is, {@code href} links there (null: no link). */
    record LogRow(String number, String title, String anchor, String place, String href, String status) {
    }

    private final Map<String, EvidenceItem> log;
    private final Map<String, String> packed = new LinkedHashMap<>();
    private final boolean inPack;

    /**
     * {@code folder}: the pack's folder of evidence files; {@code inPack}: whether the statement is written into the
     * pack (its links then reach the files beside it) or downloaded on its own.
     */
    ExportLinks(PositionStatement statement, Map<String, EvidenceItem> log, String folder, boolean inPack) {
        this.log = log;
        this.inPack = inPack;
        statement.sections().stream()
                .flatMap(s -> Citations.numbers(s.text()).stream())
                .distinct()
                .map(log::get)
                .filter(i -> i != null && !i.isLink() && i.status() == EvidenceStatus.CLEARED)
                .forEach(i -> packed.put(i.documentNumber(), folder + "/" + i.documentNumber() + " " + safeName(i.fileName())));
    }

    @Override
    public Optional<String> apply(String number) {
        return Optional.ofNullable(log.get(number)).map(this::target);
    }

    /** The files the submission pack holds, in the order the statement first cites them. */
    List<EvidenceItem> packedFiles() {
        return packed.keySet().stream().map(log::get).toList();
    }

    /** A packed file's path inside the ZIP, such as "evidence/D012 audit.pdf". */
    String path(EvidenceItem item) {
        return packed.get(item.documentNumber());
    }

    List<LogRow> rows(Words words) {
        return log.values().stream().map(item -> row(item, words)).toList();
    }

    /** The id of an item's row in the appendix, for links to it. */
    static String anchor(String number) {
        return "log_" + number;
    }

    private String target(EvidenceItem item) {
        if (item.isLink()) {
            return item.url();
        }
        String path = packed.get(item.documentNumber());
        return inPack && path != null ? UriUtils.encodePath(path, StandardCharsets.UTF_8) : "#" + anchor(item.documentNumber());
    }

    private LogRow row(EvidenceItem item, Words words) {
        String number = item.documentNumber();
        String path = packed.get(number);
        String place;
        String href = null;
        if (item.isLink()) {
            place = item.url();
            href = item.url();
        } else if (path == null) {
            place = words.get("ps.export.log.notInPack");
        } else if (inPack) {
            place = path;
            href = UriUtils.encodePath(path, StandardCharsets.UTF_8);
        } else {
            place = words.get("ps.export.log.inPack", path);
        }
        return new LogRow(number, item.title(), anchor(number), place, href, words.get(item.status().messageKey()));
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "file" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.isBlank() ? "file" : name;
    }
}
