package scot.triangulate.performance;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where what a section already says about an indicator disagrees with its figures: a sentence that names the
 * indicator (or cites the document its charts were published as) and says it got better while its figures got worse,
 * or the other way round. A claim is read from plain words: "improved", "better", … say better; "deteriorated",
 * "worse", … say worse; "rose", "fell", … say better or worse by the indicator's polarity.
 */
final class DraftDisagreements {

    private static final Pattern BETTER = Pattern.compile(
            "\\b(improv\\w*|better|progress\\w*|strengthen\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORSE = Pattern.compile(
            "\\b(deteriorat\\w*|worse\\w*|declin\\w*|weaken\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RISE = Pattern.compile(
            "\\b(increas\\w*|rise|rises|rising|rose|risen|higher|grew|grown|up)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALL = Pattern.compile(
            "\\b(decreas\\w*|fall|falls|falling|fell|fallen|lower|reduc\\w*|down)\\b", Pattern.CASE_INSENSITIVE);

    private DraftDisagreements() {
    }

    /** One indicator's disagreements with the text: each sentence that claims the opposite of what its figures show. */
    static List<String> sentences(String text, IndicatorSummary summary, String citation) {
        int figures = direction(summary);
        if (figures == 0 || text == null || text.isBlank()) {
            return List.of();
        }
        String name = summary.indicator().name().toLowerCase(Locale.UK);
        List<String> found = new ArrayList<>();
        for (String sentence : split(text)) {
            boolean aboutIt = sentence.toLowerCase(Locale.UK).contains(name)
                    || (citation != null && sentence.contains(citation));
            int claim = claim(sentence, summary.indicator().polarity());
            if (aboutIt && claim != 0 && claim != figures) {
                found.add(sentence.strip());
            }
        }
        return found;
    }

    /** +1 when the figures got better (the change or a recent signal), -1 when worse, 0 when they say neither. */
    static int direction(IndicatorSummary summary) {
        if (!summary.unfavourableSignals().isEmpty() || Boolean.FALSE.equals(summary.changeFavourable())) {
            return summary.favourableSignals().isEmpty() && !Boolean.TRUE.equals(summary.changeFavourable()) ? -1 : 0;
        }
        return !summary.favourableSignals().isEmpty() || Boolean.TRUE.equals(summary.changeFavourable()) ? 1 : 0;
    }

    /** What a sentence claims: +1 better, -1 worse, 0 nothing or both. */
    static int claim(String sentence, Polarity polarity) {
        int better = BETTER.matcher(sentence).find() ? 1 : 0;
        int worse = WORSE.matcher(sentence).find() ? 1 : 0;
        int good = polarity.goodDirection();
        if (good != 0) {
            boolean rise = RISE.matcher(sentence).find();
            boolean fall = FALL.matcher(sentence).find();
            if (rise != fall) {
                int moved = rise ? 1 : -1;
                if (moved == good) {
                    better = 1;
                } else {
                    worse = 1;
                }
            }
        }
        return Integer.compare(better, worse);
    }

    private static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.UK);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (!text.substring(start, end).isBlank()) {
                sentences.add(text.substring(start, end));
            }
        }
        return sentences;
    }
}
