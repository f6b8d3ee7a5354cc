package scot.triangulate.performance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.identity.AccountService;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.Comparators;
import scot.triangulate.performance.ImportProblem;
import scot.triangulate.performance.ImportRefusedException;
import scot.triangulate.performance.ImportResult;
import scot.triangulate.performance.Indicator;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.performance.IndicatorCharts;
import scot.triangulate.performance.IndicatorPublishing;
import scot.triangulate.performance.IndicatorValues;
import scot.triangulate.performance.Period;
import scot.triangulate.performance.PeriodGuide;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.InputRejectedException;
import scot.triangulate.shared.NotFoundException;

/** Changing a partnership's figures: one at a time, by import, their phases, comparators, and publishing as evidence. */
@Controller
class IndicatorDataController {

    private static final String FORM_ERRORS = BindingResult.MODEL_KEY_PREFIX;

    private final IndicatorCatalogue indicators;
    private final IndicatorValues values;
    private final IndicatorCharts charts;
    private final Comparators comparators;
    private final IndicatorPublishing publishing;
    private final PartnershipService partnerships;
    private final AccountService accounts;

    IndicatorDataController(IndicatorCatalogue indicators, IndicatorValues values, IndicatorCharts charts,
            Comparators comparators, IndicatorPublishing publishing, PartnershipService partnerships,
            AccountService accounts) {
        this.indicators = indicators;
        this.values = values;
        this.charts = charts;
        this.comparators = comparators;
        this.publishing = publishing;
        this.partnerships = partnerships;
        this.accounts = accounts;
    }

    @PostMapping("/partnerships/{partnership}/performance/indicators/{code}/values")
    String record(@PathVariable String partnership, @PathVariable String code, @ModelAttribute ValueForm valueForm,
            Principal principal, RedirectAttributes redirect) {
        Indicator indicator = indicators.get(code);
        partnerships.get(partnership);
        BindingResult errors = new BeanPropertyBindingResult(valueForm, "valueForm");
        try {
            var saved = values.record(partnership, indicator.code(), valueForm.period(), valueForm.numerator(),
                    valueForm.denominator(), valueForm.value(), valueForm.revision() == null ? 0 : valueForm.revision(),
                    principal.getName());
            redirect.addFlashAttribute("notice", saved.revised() ? "figure.revised" : "figure.added");
            redirect.addFlashAttribute("noticeArguments", new Object[] {saved.period().inWords()});
            return back(partnership, indicator, "");
        } catch (ImportRefusedException e) {
            for (ImportProblem p : e.problems()) {
                String field = List.of("period", "numerator", "denominator", "value").contains(p.column()) ? p.column() : "period";
                errors.rejectValue(field, p.messageKey(), p.arguments().toArray(), p.messageKey());
            }
        } catch (ConcurrentChangeException e) {
            errors.rejectValue("period", "figure.conflict", "figure.conflict");
        }
        redirect.addFlashAttribute("valueForm", valueForm);
        redirect.addFlashAttribute(FORM_ERRORS + "valueForm", errors);
        return back(partnership, indicator, "#figure");
    }

    /** Every figure recorded for one period: the first published and each revision. */
    @GetMapping("/partnerships/{partnership}/performance/indicators/{code}/periods/{period}")
    String revisions(@PathVariable String partnership, @PathVariable String code, @PathVariable String period,
            Model model) {
        Indicator indicator = indicators.get(code);
        Period p = Period.parse(period.replace('_', '/'), indicator.periodType(), indicator.censusDate())
                .orElseThrow(() -> new NotFoundException("period", period));
        var revisions = values.revisions(partnership, indicator.code(), p);
        if (revisions.isEmpty()) {
            throw new NotFoundException("period", period);
        }
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("indicator", indicator);
        model.addAttribute("period", p);
        model.addAttribute("revisions", revisions);
        model.addAttribute("valueForm", new ValueForm(p.label(), "", "", "", revisions.get(revisions.size() - 1).revision()));
        return "performance/revisions";
    }

    @PostMapping("/partnerships/{partnership}/performance/indicators/{code}/phases")
    String phases(@PathVariable String partnership, @PathVariable String code, @ModelAttribute PhasesForm phasesForm,
            RedirectAttributes redirect) {
        Indicator indicator = indicators.get(code);
        partnerships.get(partnership);
        try {
            charts.savePhases(partnership, indicator.code(), phasesForm.baselineFrom(), phasesForm.baselineTo(),
                    phasesForm.changePointList(), phasesForm.version() == null ? 0 : phasesForm.version());
            redirect.addFlashAttribute("notice", "phases.saved");
            return back(partnership, indicator, "#phases");
        } catch (InputRejectedException e) {
            BindingResult errors = new BeanPropertyBindingResult(phasesForm, "phasesForm");
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            redirect.addFlashAttribute(FORM_ERRORS + "phasesForm", errors);
        } catch (ConcurrentChangeException e) {
            BindingResult errors = new BeanPropertyBindingResult(phasesForm, "phasesForm");
            errors.rejectValue("baselineFrom", "phases.conflict", "phases.conflict");
            redirect.addFlashAttribute(FORM_ERRORS + "phasesForm", errors);
        }
        redirect.addFlashAttribute("phasesForm", phasesForm);
        return back(partnership, indicator, "#phases");
    }

    @PostMapping("/partnerships/{partnership}/performance/indicators/{code}/publish")
    String publish(@PathVariable String partnership, @PathVariable String code, Principal principal,
            RedirectAttributes redirect) {
        Indicator indicator = indicators.get(code);
        partnerships.get(partnership);
        try {
            EvidenceItem item = publishing.publish(partnership, indicator.code(),
                    accounts.agencyIn(principal.getName(), partnership),
                    principal.getName());
            redirect.addFlashAttribute("added", item.documentNumber());
            return "redirect:/partnerships/" + partnership + "/evidence/" + item.documentNumber();
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("publishProblem", e.messageKey());
            redirect.addFlashAttribute("publishProblemArguments", e.arguments());
            return back(partnership, indicator, "#publish");
        }
    }

    /** Lets other partnerships' comparators read this indicator's figures: the lead's decision, made in the service. */
    @PostMapping("/partnerships/{partnership}/performance/indicators/{code}/share")
    String share(@PathVariable String partnership, @PathVariable String code, Authentication authentication,
            RedirectAttributes redirect) {
        Indicator indicator = indicators.get(code);
        values.share(partnership, indicator.code(), authentication);
        redirect.addFlashAttribute("sharedNow", Boolean.TRUE);
        return back(partnership, indicator, "#sharing");
    }

    @GetMapping("/partnerships/{partnership}/performance/import")
    String importPage(@PathVariable String partnership, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        return importPage(model);
    }

    /** A file to fill in for one indicator set: the columns the import reads and an example row per indicator. */
    @GetMapping("/partnerships/{partnership}/performance/import/templates/{set}.csv")
    ResponseEntity<String> template(@PathVariable String partnership, @PathVariable String set) {
        String csv = values.importTemplate(partnership, set);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(partnership + "-" + set + ".csv").build().toString())
                .body(csv);
    }

    @PostMapping("/partnerships/{partnership}/performance/import")
    String importFile(@PathVariable String partnership, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, RedirectAttributes redirect) throws IOException {
        model.addAttribute("partnership", partnerships.get(partnership));
        try {
            if (file == null || file.isEmpty()) {
                throw new ImportRefusedException(file == null || file.getOriginalFilename() == null
                        || file.getOriginalFilename().isBlank() ? "import.fileMissing" : "import.fileEmpty");
            }
            ImportResult result = values.importFile(partnership, file.getOriginalFilename(), file.getBytes(),
                    principal.getName());
            redirect.addFlashAttribute("imported", result);
            return "redirect:/partnerships/" + partnership + "/performance";
        } catch (ImportRefusedException e) {
            model.addAttribute("refusal", e);
            model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
        }
        return importPage(model);
    }

    private String importPage(Model model) {
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("sets", indicators.sets());
        model.addAttribute("periodGuides", PeriodGuide.of(indicators.all()));
        return "performance/import";
    }

    @GetMapping("/partnerships/{partnership}/performance/comparators")
    String comparatorsPage(@PathVariable String partnership, Model model) {
        var own = partnerships.get(partnership);
        model.addAttribute("partnership", own);
        model.addAttribute("others", partnerships.all().stream().filter(p -> !p.slug().equals(partnership)).toList());
        model.addAttribute("chosen", comparators.chosen(partnership).stream().map(p -> p.slug()).toList());
        model.addAttribute("familyGroup", partnerships.peopleFamilyGroup(own));
        return "performance/comparators";
    }

    @PostMapping("/partnerships/{partnership}/performance/comparators")
    String choose(@PathVariable String partnership, @RequestParam(name = "compareWith", required = false) List<String> chosen,
            Model model, RedirectAttributes redirect) {
        partnerships.get(partnership);
        try {
            comparators.choose(partnership, chosen == null ? List.of() : chosen);
            redirect.addFlashAttribute("notice", "comparators.saved");
            return "redirect:/partnerships/" + partnership + "/performance";
        } catch (InputRejectedException e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArguments", e.arguments());
            comparatorsPage(partnership, model);
            model.addAttribute("chosen", chosen == null ? List.of() : chosen);
            return "performance/comparators";
        }
    }


    private static String back(String partnership, Indicator indicator, String anchor) {
        return "redirect:/partnerships/" + partnership + "/performance/indicators/" + indicator.code() + anchor;
    }
}
