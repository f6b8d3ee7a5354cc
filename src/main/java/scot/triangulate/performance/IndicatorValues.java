package scot.triangulate.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.core.Authentication;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.ConcurrentChangeException;

/**
 * A partnership's figures for its indicators: entered one at a time or imported from a file all-or-nothing. A new
 * figure for a period already stored is kept as a revision beside the first published one.
 */
@Service
public class IndicatorValues {

    /** Scotland's own published figures are held as if Scotland were one more partnership. */
    public static final String SCOTLAND = "scotland";

    private final IndicatorValueRepository repository;
    private final IndicatorCatalogue indicators;
    private final PartnershipService partnerships;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final AccountService accounts;
    private final PartnershipAccess access;

    IndicatorValues(IndicatorValueRepository repository, IndicatorCatalogue indicators, PartnershipService partnerships,
            AuditLog audit, TransactionTemplate transaction, AccountService accounts, PartnershipAccess access) {
        this.accounts = accounts;
        this.access = access;
        this.repository = repository;
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** One indicator's figures for a partnership, oldest period first. */
    public List<IndicatorValue> series(String partnership, String code) {
        Indicator indicator = indicators.get(code);
        return repository.series(partnership, indicator.code()).stream().map(r -> value(indicator, r)).toList();
    }

    /** Every indicator's figures for a partnership, by indicator code. */
    public Map<String, List<IndicatorValue>> all(String partnership) {
        Map<String, List<IndicatorValue>> byCode = new java.util.LinkedHashMap<>();
        for (IndicatorValueRepository.Row row : repository.partnership(partnership)) {
            indicators.find(row.indicatorCode()).ifPresent(indicator -> byCode
                    .computeIfAbsent(indicator.code(), c -> new ArrayList<>()).add(value(indicator, row)));
        }
        return byCode;
    }

    /**
     * The figures a partnership may compare itself with for one indicator: its own, Scotland's, and those other
     * partnerships have shared for comparison.
     */
    public List<IndicatorValue> comparable(String code, String viewer) {
        Indicator indicator = indicators.get(code);
        return repository.everyPartnership(indicator.code(), viewer).stream().map(r -> value(indicator, r)).toList();
    }

    /** The figures a partnership may compare itself with ({@link #comparable}) for the period given for each indicator. */
    public List<IndicatorValue> comparableAt(Map<Indicator, Period> periods, String viewer) {
        if (periods.isEmpty()) {
            return List.of();
        }
        List<Indicator> order = List.copyOf(periods.keySet());
        Map<String, Indicator> byCode = new java.util.HashMap<>();
        order.forEach(i -> byCode.put(i.code(), i));
        return repository.atPeriods(order.stream().map(Indicator::code).toList(),
                order.stream().map(i -> periods.get(i).start()).toList(), viewer).stream()
                .map(r -> value(byCode.get(r.indicatorCode()), r)).toList();
    }

    /** Every figure recorded for one period, first published first. */
    public List<IndicatorValue> revisions(String partnership, String code, Period period) {
        Indicator indicator = indicators.get(code);
        return repository.revisions(partnership, indicator.code(), period.start()).stream()
                .map(r -> value(indicator, r)).toList();
    }

    /**
     * Records one figure given as text, checked by the same rules as a row of an import. {@code expectedRevision} is
     * the revision the person saw (0 for a new period); if someone has saved since, nothing changes.
     */
    public IndicatorValue record(String partnership, String code, String period, String numerator, String denominator,
            String value, int expectedRevision, String by) {
        Partnership owner = partnerships.get(partnership);
        ImportTable table = new ImportTable(List.of("indicator", "period", "numerator", "denominator", "value"),
                List.of(new ImportTable.Line(2, List.of(code == null ? "" : code, blank(period), blank(numerator),
                        blank(denominator), blank(value)))));
        NewValue checked = rows(owner).check(table).get(0);
        return transaction.execute(status -> {
            int current = repository.currentRevision(partnership, checked.indicatorCode(), checked.period().start());
            if (expectedRevision == 0 && current > 0) {
                throw new ImportRefusedException(List.of(new ImportProblem(2, "period", "figure.exists",
                        checked.period().label())));
            }
            if (current != expectedRevision) {
                throw new ConcurrentChangeException("figure", checked.indicatorCode() + " " + checked.period().label());
            }
            repository.store(checked, current + 1, by);
            audit.record(current == 0 ? "indicator-value.added" : "indicator-value.revised", "indicator-value",
                    checked.indicatorCode() + "/" + checked.period().label(), partnership, null, checked);
            return series(partnership, checked.indicatorCode()).stream()
                    .filter(v -> v.period().equals(checked.period())).findFirst().orElseThrow();
        });
    }

    /**
     * Imports a CSV or XLSX file all-or-nothing: any bad row refuses the whole file with a report of every one. What an
     * administrator loads is national statistics, published already, so it is shared for comparison at once.
     */
    public ImportResult importFile(String partnership, String fileName, byte[] content, String by) {
        Partnership owner = partnerships.get(partnership);
        List<NewValue> values = rows(owner).check(ImportTable.read(fileName, content));
        boolean national = accounts.find(by).filter(a -> a.has(AccountRole.ADMINISTRATOR)).isPresent();
        return transaction.execute(status -> {
            ImportResult result = repository.importValues(values, by, national);
            audit.record("indicator-values.imported", "indicator-values", fileName, partnership, null, result);
            return result;
        });
    }

    /** A CSV template to fill in for one indicator set, its example rows for the periods after the partnership's latest. */
    public String importTemplate(String partnership, String set) {
        IndicatorSet indicatorSet = indicators.set(set);
        return ImportTemplate.csv(partnerships.get(partnership), indicatorSet, all(partnership));
    }

    /** Stores figures already checked and published, such as Scotland's series; used by the demonstration data. */
    public ImportResult importPublished(List<NewValue> values, String by) {
        return transaction.execute(status -> repository.importValues(values, by, true));
    }

    /**
     * Shares a partnership's figures for one indicator with other partnerships' comparators: a decision for its
     * lead (or an administrator). A revised figure is withdrawn until shared again.
     */
    /** Whether the acting person may share the partnership's figures with others' comparators: a lead, as {@link #share}. */
    public boolean mayShare(String partnership, Authentication actor) {
        return access.canLead(actor, partnership);
    }

    public Sharing share(String partnership, String code, Authentication actor) {
        Indicator indicator = indicators.get(code);
        partnerships.get(partnership);
        access.requireLead(actor, partnership, "shares its figures");
        return transaction.execute(status -> {
            int shared = repository.share(partnership, indicator.code(), actor.getName());
            if (shared > 0) {
                audit.record("indicator-values.shared", "indicator-values", indicator.code(), partnership, null,
                        Map.of("figures", shared));
            }
            return repository.sharing(partnership, indicator.code());
        });
    }

    /** How many of a partnership's figures for one indicator other partnerships can compare with. */
    public Sharing sharing(String partnership, String code) {
        return repository.sharing(partnership, indicators.get(code).code());
    }

    private ImportRows rows(Partnership owner) {
        return new ImportRows(owner, indicators::find, this::partnershipNamed);
    }

    private Optional<Partnership> partnershipNamed(String text) {
        String wanted = text.strip();
        return partnerships.find(wanted.toLowerCase(java.util.Locale.ROOT)).or(() -> partnerships.all().stream()
                .filter(p -> p.name().equalsIgnoreCase(wanted)).findFirst());
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static IndicatorValue value(Indicator indicator, IndicatorValueRepository.Row r) {
        return new IndicatorValue(r.partnership(), r.indicatorCode(), new Period(indicator.periodType(), r.periodStart()),
                r.numerator(), r.denominator(), r.value(), r.revision(), r.recordedBy(), r.recordedAt());
    }
}
