package scot.triangulate.improvement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.improvement.ActionDetails;
import scot.triangulate.improvement.ActionStatus;
import scot.triangulate.improvement.ImprovementAction;
import scot.triangulate.improvement.ImprovementPlans;
import scot.triangulate.improvement.ImprovementRejectedException;
import scot.triangulate.improvement.PdsaDetails;
import scot.triangulate.improvement.SmartLetter;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.performance.IndicatorCatalogue;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;
import scot.triangulate.shared.ResourceId;

/**
 * One action of an improvement plan: made from scratch or from an area for improvement, edited with its SMART
 * check in view, and worked through PDSA cycles. Every form posts and redirects; a refused one comes back with
 * an error summary and what was typed.
 */
@Controller
class ActionController {

    private static final String BASE = "/partnerships/{partnership}/cycles/{cycleId}/improvement-plan/actions";

    private final CycleService cycles;
    private final ImprovementPlans plans;
    private final PartnershipService partnerships;
    private final FrameworkCatalogue frameworks;
    private final IndicatorCatalogue indicators;
    private final TextScreening screening;

    ActionController(CycleService cycles, ImprovementPlans plans, PartnershipService partnerships,
            FrameworkCatalogue frameworks, IndicatorCatalogue indicators, TextScreening screening) {
        this.screening = screening;
        this.cycles = cycles;
        this.plans = plans;
        this.partnerships = partnerships;
        this.frameworks = frameworks;
        this.indicators = indicators;
    }

    /** Whether this person may clear personal-data findings in the action's text (a lead). */
    @ModelAttribute("canClear")
    boolean canClear(@PathVariable String partnership, Authentication authentication) {
        return screening.mayClear(partnership, authentication);
    }

    @GetMapping(BASE + "/new")
    String newAction(@PathVariable String partnership, @PathVariable long cycleId,
            @RequestParam(name = "area", required = false) Integer area, Model model) {
        Cycle cycle = cycles.get(partnership, cycleId);
        ActionDetails start = area == null
                ? new ActionDetails("", "", null, "", null, null, null, null, null, null, null, ActionStatus.NOT_STARTED)
                : plans.startingPoint(cycle, area);
        model.addAttribute("actionForm", ActionForm.of(start, null));
        return newForm(cycle, model);
    }

    @PostMapping(BASE + "/new")
    String create(@PathVariable String partnership, @PathVariable long cycleId, @ModelAttribute ActionForm actionForm,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) {
        Cycle cycle = cycles.get(partnership, cycleId);
        ActionDetails details = actionForm.toDetails(errors);
        if (details != null) {
            try {
                ImprovementAction action = plans.create(cycle, details, principal.getName());
                redirect.addFlashAttribute("notice", "improvement.action.created");
                return redirect(cycle, action.id(), "");
            } catch (ImprovementRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return newForm(cycle, model);
    }

    @GetMapping(BASE + "/{actionId}")
    String action(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String actionId, Model model) {
        Cycle cycle = cycles.get(partnership, cycleId);
        ImprovementAction action = plans.action(cycle, id(actionId));
        model.addAttribute("actionForm", ActionForm.of(action));
        return page(cycle, action, model);
    }

    @PostMapping(BASE + "/{actionId}")
    String save(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String actionId,
            @ModelAttribute ActionForm actionForm, BindingResult errors, Principal principal, Model model,
            RedirectAttributes redirect) {
        Cycle cycle = cycles.get(partnership, cycleId);
        ImprovementAction action = plans.action(cycle, id(actionId));
        ActionDetails details = actionForm.toDetails(errors);
        if (details != null) {
            try {
                plans.save(cycle, action.id(), details, actionForm.version() == null ? -1 : actionForm.version(),
                        principal.getName());
                redirect.addFlashAttribute("notice", "improvement.action.saved");
                return redirect(cycle, action.id(), "");
            } catch (ImprovementRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            } catch (ConcurrentChangeException e) {
                // Keep what this person typed, against the newer saved action shown beside it; saving again is a
                // deliberate choice to replace it.
                errors.reject("improvement.action.conflict");
                model.addAttribute("conflict", true);
                model.addAttribute("formVersion", action.version());
            }
        }
        return page(cycle, action, model);
    }

    @PostMapping(BASE + "/{actionId}/pdsa")
    String addPdsa(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String actionId,
            @ModelAttribute PdsaForm pdsaForm, BindingResult errors, Principal principal, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Cycle cycle = cycles.get(partnership, cycleId);
        ImprovementAction action = plans.action(cycle, id(actionId));
        PdsaDetails details = pdsaForm.toDetails(errors);
        if (details != null) {
            try {
                int number = plans.addPdsa(cycle, action.id(), details, principal.getName()).number();
                redirect.addFlashAttribute("notice", "improvement.pdsa.added");
                return redirect(cycle, action.id(), "#pdsa-" + number);
            } catch (ImprovementRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            } catch (ConcurrentChangeException e) {
                // The typed text stays in the form to be added again.
                errors.rejectValue("plan", "improvement.pdsa.addConflict", "improvement.pdsa.addConflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        model.addAttribute("actionForm", ActionForm.of(action));
        return page(cycle, action, model);
    }

    @PostMapping(BASE + "/{actionId}/pdsa/{number}")
    String savePdsa(@PathVariable String partnership, @PathVariable long cycleId, @PathVariable String actionId,
            @PathVariable String number, @ModelAttribute("pdsaEditForm") PdsaForm pdsaEditForm, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        Cycle cycle = cycles.get(partnership, cycleId);
        ImprovementAction action = plans.action(cycle, id(actionId));
        int n = (int) id(number);
        plans.pdsa(cycle, action.id(), n);
        PdsaDetails details = pdsaEditForm.toDetails(errors);
        String problem = errors.hasFieldErrors() ? errors.getFieldError().getCode() : null;
        String field = errors.hasFieldErrors() ? errors.getFieldError().getField() : null;
        Object[] arguments = {};
        if (details != null) {
            try {
                plans.savePdsa(cycle, action.id(), n, details, pdsaEditForm.version() == null ? -1 : pdsaEditForm.version(),
                        principal.getName());
                redirect.addFlashAttribute("notice", "improvement.pdsa.saved");
                return redirect(cycle, action.id(), "#pdsa-" + n);
            } catch (ImprovementRejectedException e) {
                problem = e.messageKey();
                field = e.field();
                arguments = e.arguments();
            } catch (ConcurrentChangeException e) {
                problem = "improvement.pdsa.conflict";
                field = "plan";
            }
        }
        model.addAttribute("pdsaNumber", n);
        model.addAttribute("pdsaProblem", problem);
        model.addAttribute("pdsaProblemArguments", arguments);
        model.addAttribute("pdsaProblemField", "pdsa-" + n + "-" + field);
        model.addAttribute("actionForm", ActionForm.of(action));
        return page(cycle, action, model);
    }

    private String newForm(Cycle cycle, Model model) {
        choices(cycle, model);
        return "improvement/new-action";
    }

    private String page(Cycle cycle, ImprovementAction action, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("screened", plans.screened(cycle, action.id()));
        model.addAttribute("letters", SmartLetter.values());
        if (!model.containsAttribute("pdsaForm")) {
            model.addAttribute("pdsaForm", PdsaForm.empty());
        }
        choices(cycle, model);
        return "improvement/action";
    }

    private void choices(Cycle cycle, Model model) {
        model.addAttribute("partnership", partnerships.get(cycle.partnership()));
        model.addAttribute("cycle", cycle);
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("qualityIndicators", frameworks.framework(cycle.frameworkId()).indicators());
    }

    /** Ids in paths are numbers written canonically; anything else names nothing there is. */
    private static long id(String text) {
        return ResourceId.parse(text).orElseThrow(() -> new NotFoundException("improvement action", text));
    }

    private static String redirect(Cycle cycle, long actionId, String anchor) {
        return "redirect:/partnerships/" + cycle.partnership() + "/cycles/" + cycle.id() + "/improvement-plan/actions/"
                + actionId + anchor;
    }
}
