package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import scot.triangulate.partnership.Agency;

/**
 * An action of a cycle's improvement plan, with its place in the plan ({@code number}, from 1), its PDSA cycles
 * (oldest first) and its SMART check.
 */
public record ImprovementAction(long id, int number, long cycleId, String partnership, String description, String ownerName,
        Agency ownerAgency, String ownerAgencyName, LocalDate dueDate, String indicatorCode, BigDecimal baseline,
        BigDecimal target, String qualityIndicator, String areaIndicator, String areaText, ActionStatus status,
        int version, String createdBy, LocalDate createdOn, String updatedBy, Instant updatedAt,
        List<PdsaCycle> pdsaCycles, SmartResult smart) {

    private static final int TITLE_LENGTH = 80;

    /**
     * What the action does, in a line: the first sentence of its description, cut at a word to at most 80
     * characters. Its heading and the links to it use this rather than its number alone.
     */
    public String title() {
        String text = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        int stop = firstSentenceEnd(text);
        String sentence = stop < 0 ? text : text.substring(0, stop);
        if (sentence.length() <= TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_LENGTH - 1);
        return sentence.substring(0, cut > 0 ? cut : TITLE_LENGTH - 1).stripTrailing() + "…";
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ' && !abbreviationBefore(text, i)) {
                return c == '.' ? i : i + 1;
            }
        }
        return text.endsWith(".") ? text.length() - 1 : -1;
    }

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "st");

    private static boolean abbreviationBefore(String text, int period) {
        int start = text.lastIndexOf(' ', period - 1) + 1;
        return text.charAt(period) == '.' && ABBREVIATIONS.contains(text.substring(start, period).toLowerCase(Locale.ROOT));
    }

    /** Due before today and neither complete nor stopped. */
    public boolean overdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status.open();
    }

    public PdsaCycle latestPdsa() {
        return pdsaCycles.isEmpty() ? null : pdsaCycles.get(pdsaCycles.size() - 1);
    }

    public ActionDetails details() {
        return new ActionDetails(description, ownerName, ownerAgency, ownerAgencyName, dueDate, indicatorCode, baseline,
                target, qualityIndicator, areaIndicator, areaText, status);
    }
}
