package scot.triangulate.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import scot.triangulate.evidence.DocumentNumber;

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
    private final IndicatorPublications publications;

    DataDraft(IndicatorSummaries summaries, IndicatorCatalogue indicators, MessageSource messages,
            IndicatorPublications publications) {
        this.publications = publications;
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
                summaries.of(partnership, code).ifPresent(s -> paragraphs.add(paragraph(s) + citation(partnership, code)
                        .map(c -> " " + c).orElse("")));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * What a section already says that its figures contradict: for each chosen indicator, the sentences claiming the
     * opposite direction, with what the figures say.
     */
    public List<Disagreement> disagreements(String partnership, List<String> codes, String sectionText) {
        List<Disagreement> found = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes.stream().distinct().toList()) {
            if (indicators.find(code).isEmpty()) {
                continue;
            }
            summaries.of(partnership, code).ifPresent(s -> {
                String citation = citation(partnership, code).orElse(null);
                for (String sentence : DraftDisagreements.sentences(sectionText, s, citation)) {
                    found.add(new Disagreement(s.indicator().name(), sentence, paragraph(s).replace("**", "")));
                }
            });
        }
        return found;
    }

    /** A sentence of a section that says the opposite of what an indicator's figures show, and what they show. */
    public record Disagreement(String indicator, String sentence, String figures) {
    }

    /** The citation of the document the indicator's charts were last published as ("[D012]"), if they were. */
    private Optional<String> citation(String partnership, String code) {
        return publications.latest(partnership, code).map(n -> "[" + DocumentNumber.format(n) + "]");
    }

    String paragraph(IndicatorSummary s) {
        Indicator indicator = s.indicator();
        StringBuilder text = new StringBuilder();
        text.append(word("draft.latest", indicator.name(), figure(s.latest().value(), indicator), when(s.latest().period())));
        if (s.previous() != null) {
            String change = s.change() == IndicatorSummary.Change.SAME ? "draft.same"
                    : s.changeFavourable() == null ? "draft.changed." + s.change()
                    : "draft.changed." + s.change() + (s.changeFavourable() ? ".better" : ".worse");
            text.append(' ').append(word(change, figure(s.previous().value(), indicator), when(s.previous().period())));
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
            text.append(' ').append(word("draft.noComparator", s.latest().period().inWords()));
        }
        if (s.inTopQuartile() != null) {
            text.append(' ').append(word(s.inTopQuartile() ? "draft.topQuartile.in" : "draft.topQuartile.out",
                    figure(s.topQuartile(), indicator)));
        }
        return text.toString();
    }

    /** A period as gov.scot writes it in a sentence: "in October 2026", "in 2025-26", "on 31 July 2026". */
    private String when(Period period) {
        return word(period.type() == PeriodType.CENSUS_DATE ? "draft.on" : "draft.in", period.inWords());
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
