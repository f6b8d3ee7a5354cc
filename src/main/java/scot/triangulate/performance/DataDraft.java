package scot.triangulate.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A first draft of "What your data is telling you" for the indicators an author chooses: for each, the latest
 * figure, its direction since the period before, special-cause signals on the latest points, and its position
 * against the family group, Scotland and the top quartile. Plain Markdown for the author to edit; the draft is
 * only ever offered, never inserted by itself.
 */
@Service
public class DataDraft {

    private final IndicatorSummaries summaries;
    private final IndicatorCatalogue indicators;
    private final MessageSource messages;

    DataDraft(IndicatorSummaries summaries, IndicatorCatalogue indicators, MessageSource messages) {
        this.summaries = summaries;
        this.indicators = indicators;
        this.messages = messages;
    }

    /** The indicators with figures, to choose from. */
    public List<IndicatorSummary> choices(String partnership) {
        return summaries.all(partnership);
    }

    /** One paragraph per chosen indicator with figures, in the order chosen; unknown codes are skipped. */
    public String draft(String partnership, List<String> codes) {
        List<String> paragraphs = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes.stream().distinct().toList()) {
            if (indicators.find(code).isPresent()) {
                summaries.of(partnership, code).ifPresent(s -> paragraphs.add(paragraph(s)));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    String paragraph(IndicatorSummary s) {
        Indicator indicator = s.indicator();
        StringBuilder text = new StringBuilder();
        text.append(word("draft.latest", indicator.name(), figure(s.latest().value(), indicator), s.latest().period().label()));
        if (s.previous() != null) {
            String change = s.change() == IndicatorSummary.Change.SAME ? "draft.same"
                    : s.changeFavourable() == null ? "draft.changed." + s.change()
                    : "draft.changed." + s.change() + (s.changeFavourable() ? ".better" : ".worse");
            text.append(' ').append(word(change, figure(s.previous().value(), indicator), s.previous().period().label()));
        }
        if (s.chart() != null) {
            String method = word("chart.name." + s.chart());
            if (s.recentSignals().isEmpty()) {
                text.append(' ').append(word("draft.noSignals", method));
            } else {
                String rules = s.recentSignals().stream().map(r -> word("signal." + r.rule())).distinct()
                        .collect(Collectors.joining(", "));
                String direction = !s.unfavourableSignals().isEmpty() ? "draft.signals.worse"
                        : !s.favourableSignals().isEmpty() ? "draft.signals.better" : "draft.signals";
                text.append(' ').append(word(direction, method, rules));
            }
        }
        List<String> against = new ArrayList<>();
        if (s.familyGroup() != null) {
            against.add(word("draft.familyGroup", figure(s.familyGroup(), indicator)));
        }
        if (s.scotland() != null) {
            against.add(word("draft.scotland", figure(s.scotland(), indicator)));
        }
        if (!against.isEmpty()) {
            text.append(' ').append(word("draft.against", String.join(word("draft.and"), against)));
        } else {
            // Nobody else's figure for this period: say so rather than compare the partnership with itself.
            text.append(' ').append(word("draft.noComparator", s.latest().period().label()));
        }
        if (s.inTopQuartile() != null) {
            text.append(' ').append(word(s.inTopQuartile() ? "draft.topQuartile.in" : "draft.topQuartile.out",
                    figure(s.topQuartile(), indicator)));
        }
        return text.toString();
    }

    private String figure(Number value, Indicator indicator) {
        BigDecimal n = value instanceof BigDecimal b ? b : BigDecimal.valueOf(value.doubleValue());
        return n.setScale(indicator.decimals(), RoundingMode.HALF_UP).toPlainString()
                + messages.getMessage(indicator.unitKey(), null, "", Locale.UK);
    }

    private String word(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
