package scot.triangulate.improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.ScreenedText;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorValue;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.EvaluationService;
import scot.triangulate.selfevaluation.EvaluationService.AreaForImprovement;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;

/**
 * A cycle's improvement plan: the areas for improvement its evaluations name become SMART actions with an owner,
 * a due date and, where there is one, an indicator to show the change; each action is worked through PDSA cycles.
 */
@Service
public class ImprovementPlans {

    static final int MAX_TEXT = 5000;
    static final int MAX_NAME = 200;

    private final ImprovementRepository repository;
    private final EvaluationService evaluations;
    private final FrameworkCatalogue frameworks;
    private final IndicatorCatalogue indicators;
    private final IndicatorValues values;
    private final AuditLog audit;
    private final TextScreening screening;

    ImprovementPlans(ImprovementRepository repository, EvaluationService evaluations, FrameworkCatalogue frameworks,
            IndicatorCatalogue indicators, IndicatorValues values, AuditLog audit, TextScreening screening) {
        this.screening = screening;
        this.repository = repository;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.values = values;
        this.audit = audit;
    }

    /** The plan's actions in the order they were added; {@code number} is the place in that order. */
    public List<ImprovementAction> actions(Cycle cycle) {
        List<ImprovementRepository.Row> rows = repository.actions(cycle.id());
        List<ImprovementAction> actions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            actions.add(view(cycle, rows.get(i), i + 1));
        }
        return actions;
    }

    /** The plan's actions due before {@code today} and neither complete nor stopped. */
    public List<ImprovementAction> overdue(Cycle cycle, LocalDate today) {
        return actions(cycle).stream().filter(a -> a.overdue(today)).toList();
    }

    /** One action of this cycle's plan; an action of another cycle is not found. */
    public ImprovementAction action(Cycle cycle, long id) {
        return actions(cycle).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("improvement action", String.valueOf(id)));
    }

    public List<AreaForImprovement> areas(Cycle cycle) {
        return evaluations.areasForImprovement(cycle);
    }

    /** The actions already made from each area for improvement, by the area's position counting from 1. */
    public static Map<Integer, List<ImprovementAction>> actionsByArea(List<AreaForImprovement> areas,
            List<ImprovementAction> actions) {
        Map<Integer, List<ImprovementAction>> byArea = new java.util.HashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            AreaForImprovement area = areas.get(i);
            byArea.put(i + 1, actions.stream().filter(a -> area.text().equals(a.areaText())
                    && area.indicatorCode().equals(a.areaIndicator())).toList());
        }
        return byArea;
    }

    /** A new action's starting point from the cycle's {@code area}th area for improvement, counting from 1. */
    public ActionDetails startingPoint(Cycle cycle, int area) {
        List<AreaForImprovement> areas = areas(cycle);
        if (area < 1 || area > areas.size()) {
            throw new NotFoundException("area for improvement", String.valueOf(area));
        }
        AreaForImprovement chosen = areas.get(area - 1);
        return new ActionDetails("", "", null, "", null, null, null, null, chosen.indicatorCode(), chosen.indicatorCode(),
                chosen.text(), ActionStatus.NOT_STARTED);
    }

    @Transactional
    public ImprovementAction create(Cycle cycle, ActionDetails details, String by) {
        ActionDetails checked = check(cycle, details);
        long id = repository.insert(cycle.id(), cycle.partnership(), checked, by);
        audit.record("improvement-action.created", "improvement-action", String.valueOf(id), cycle.partnership(), null,
                checked);
        ImprovementAction created = action(cycle, id);
        screening.screen(place(cycle, created), Map.of("description", checked.description()));
        return created;
    }

    /** Saves an action as read at {@code version}; if someone has saved since, nothing changes. */
    @Transactional
    public ImprovementAction save(Cycle cycle, long id, ActionDetails details, int version, String by) {
        ImprovementAction before = action(cycle, id);
        ActionDetails checked = check(cycle, details);
        if (!repository.update(id, checked, version, by)) {
            throw new ConcurrentChangeException("improvement action", String.valueOf(id));
        }
        audit.record("improvement-action.saved", "improvement-action", String.valueOf(id), cycle.partnership(),
                before.details(), checked);
        screening.screen(place(cycle, before), Map.of("description", checked.description()));
        return action(cycle, id);
    }

    /** Adds the action's next PDSA cycle: cycles added at the same moment are numbered in turn, never the same. */
    @Transactional
    public PdsaCycle addPdsa(Cycle cycle, long actionId, PdsaDetails details, String by) {
        repository.lockAction(actionId);
        ImprovementAction action = action(cycle, actionId);
        PdsaDetails checked = check(details);
        int number;
        try {
            number = repository.insertPdsa(action.id(), checked, by);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("PDSA cycle", actionId + "/new");
        }
        audit.record("pdsa-cycle.added", "pdsa-cycle", action.id() + "/" + number, cycle.partnership(), null, checked);
        screening.screen(place(cycle, action), pdsaFields(number, checked));
        return pdsa(cycle, actionId, number);
    }

    @Transactional
    public PdsaCycle savePdsa(Cycle cycle, long actionId, int number, PdsaDetails details, int version, String by) {
        PdsaCycle before = pdsa(cycle, actionId, number);
        PdsaDetails checked = check(details);
        if (!repository.updatePdsa(actionId, number, checked, version, by)) {
            throw new ConcurrentChangeException("PDSA cycle", actionId + "/" + number);
        }
        audit.record("pdsa-cycle.saved", "pdsa-cycle", actionId + "/" + number, cycle.partnership(),
                new PdsaDetails(before.plan(), before.doing(), before.study(), before.act(), before.startDate(),
                        before.endDate()), checked);
        screening.screen(place(cycle, action(cycle, actionId)), pdsaFields(number, checked));
        return pdsa(cycle, actionId, number);
    }

    public PdsaCycle pdsa(Cycle cycle, long actionId, int number) {
        return action(cycle, actionId).pdsaCycles().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("PDSA cycle", actionId + "/" + number));
    }

    /** The indicator's latest figure for the partnership, rounded as the indicator is shown. */
    public Optional<BigDecimal> latestFigure(String partnership, String indicatorCode) {
        Indicator indicator = indicators.get(indicatorCode);
        List<IndicatorValue> series = values.series(partnership, indicator.code());
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1).value()
                .setScale(Math.max(indicator.decimals(), 0), RoundingMode.HALF_UP));
    }

    /** The SMART check of details as they stand, for an action made on {@code createdOn}. */
    public SmartResult smart(Cycle cycle, ActionDetails d, LocalDate createdOn) {
        Optional<Indicator> indicator = indicators.find(d.indicatorCode());
        return SmartCheck.check(new SmartCheck.Facts(d.description(), d.ownerName(), d.ownerAgency() != null,
                d.dueDate(), createdOn, indicator.isPresent(), indicator.map(Indicator::polarity).orElse(null),
                indicator.map(Indicator::isProportion).orElse(false), d.baseline(), d.target(), d.qualityIndicator(),
                cycle.indicators(), d.areaText() != null && !d.areaText().isBlank(),
                indicator.map(Indicator::qualityIndicators).orElse(List.of())));
    }

    /** What personal-data screening found in an action's description and its PDSA cycles' notes. */
    public ScreenedText screened(Cycle cycle, long actionId) {
        return screening.findings(cycle.partnership(), "improvement-action/" + actionId);
    }

    private static TextScreening.Place place(Cycle cycle, ImprovementAction action) {
        return new TextScreening.Place(cycle.partnership(), cycle.id(), "improvement-action",
                "improvement-action/" + action.id(), String.valueOf(action.number()),
                "/partnerships/" + cycle.partnership() + "/cycles/" + cycle.id() + "/improvement-plan/actions/" + action.id());
    }

    /** A PDSA cycle's notes as fields of its action, e.g. "pdsa-2-study". */
    private static Map<String, String> pdsaFields(int number, PdsaDetails notes) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("pdsa-" + number + "-plan", notes.plan());
        fields.put("pdsa-" + number + "-doing", notes.doing());
        fields.put("pdsa-" + number + "-study", notes.study());
        fields.put("pdsa-" + number + "-act", notes.act());
        return fields;
    }

    private ImprovementAction view(Cycle cycle, ImprovementRepository.Row r, int number) {
        ActionDetails details = new ActionDetails(r.description(), r.ownerName(), r.ownerAgency(), r.ownerAgencyName(),
                r.dueDate(), r.indicatorCode(), r.baseline(), r.target(), r.qualityIndicator(), r.areaIndicator(),
                r.areaText(), r.status());
        return new ImprovementAction(r.id(), number, r.cycleId(), r.partnership(), r.description(), r.ownerName(),
                r.ownerAgency(), r.ownerAgencyName(), r.dueDate(), r.indicatorCode(), r.baseline(), r.target(),
                r.qualityIndicator(), r.areaIndicator(), r.areaText(), r.status(), r.version(), r.createdBy(),
                r.createdOn(), r.updatedBy(), r.updatedAt(), repository.pdsaCycles(r.id()),
                smart(cycle, details, r.createdOn()));
    }

    /** Refuses what cannot be stored; what is merely not SMART is stored and flagged by the check. */
    private ActionDetails check(Cycle cycle, ActionDetails d) {
        String description = strip(d.description());
        if (description.isEmpty()) {
            throw new ImprovementRejectedException("description", "improvement.description.required");
        }
        length("description", description, MAX_TEXT);
        String ownerName = strip(d.ownerName());
        length("ownerName", ownerName, MAX_NAME);
        String agencyName = strip(d.ownerAgencyName());
        length("ownerAgencyName", agencyName, MAX_NAME);
        String areaText = strip(d.areaText());
        length("areaText", areaText, MAX_TEXT);
        String qi = strip(d.qualityIndicator());
        if (!qi.isEmpty() && frameworks.framework(cycle.frameworkId()).indicator(qi).isEmpty()) {
            throw new ImprovementRejectedException("qualityIndicator", "improvement.qualityIndicator.unknown", qi);
        }
        String code = strip(d.indicatorCode());
        BigDecimal baseline = d.baseline();
        if (code.isEmpty()) {
            if (baseline != null || d.target() != null) {
                throw new ImprovementRejectedException(baseline != null ? "baseline" : "target",
                        "improvement.baseline.noIndicator");
            }
        } else {
            String given = code;
            Indicator indicator = indicators.find(code).orElseThrow(
                    () -> new ImprovementRejectedException("indicatorCode", "improvement.indicatorCode.unknown", given));
            code = indicator.code();
            if (baseline == null) {
                baseline = latestFigure(cycle.partnership(), code).orElse(null);
            }
        }
        String areaIndicator = strip(d.areaIndicator());
        return new ActionDetails(description, ownerName, d.ownerAgency(), agencyName.isEmpty() ? null : agencyName,
                d.dueDate(), code.isEmpty() ? null : code, baseline, d.target(), qi.isEmpty() ? null : qi,
                areaIndicator.isEmpty() || areaText.isEmpty() ? null : areaIndicator, areaText.isEmpty() ? null : areaText,
                d.status() == null ? ActionStatus.NOT_STARTED : d.status());
    }

    private static PdsaDetails check(PdsaDetails d) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("plan", strip(d.plan()));
        texts.put("doing", strip(d.doing()));
        texts.put("study", strip(d.study()));
        texts.put("act", strip(d.act()));
        if (texts.get("plan").isEmpty()) {
            throw new ImprovementRejectedException("plan", "improvement.pdsa.plan.required");
        }
        texts.forEach((field, text) -> length(field, text, MAX_TEXT));
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new ImprovementRejectedException("endDate", "improvement.pdsa.endDate.beforeStart");
        }
        return new PdsaDetails(texts.get("plan"), texts.get("doing"), texts.get("study"), texts.get("act"),
                d.startDate(), d.endDate());
    }

    private static void length(String field, String text, int max) {
        if (text.length() > max) {
            throw new ImprovementRejectedException(field, "improvement.text.long", max);
        }
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
