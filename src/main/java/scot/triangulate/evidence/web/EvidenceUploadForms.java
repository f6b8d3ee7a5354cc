package scot.triangulate.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.DocumentNumber;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.IndicatorChoices;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.identity.AccountService;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.web.UploadForm;

/**
 * The evidence forms again after an upload over the size limit, which stops the request before the controller
 * runs: adding evidence shows its form with the error on the file; a new version goes back to the item's
 * upload form with the error. Tomcat may refuse the body before the access rules ran, so the form is shown only
 * to someone who may see the partnership; anyone else gets the error page.
 */
@Component
class EvidenceUploadForms implements UploadForm {

    private static final String TOO_LARGE = "evidence.file.tooLarge";
    private static final PathPattern ADD = PathPatternParser.defaultInstance.parse("/partnerships/{partnership}/evidence");
    private static final PathPattern VERSION = PathPatternParser.defaultInstance
            .parse("/partnerships/{partnership}/evidence/{number}/versions");

    private final EvidenceService evidence;
    private final PartnershipService partnerships;
    private final AccountService accounts;

    private final IndicatorChoices indicatorChoices;

    EvidenceUploadForms(EvidenceService evidence, PartnershipService partnerships, AccountService accounts,
            IndicatorChoices indicatorChoices) {
        this.evidence = evidence;
        this.indicatorChoices = indicatorChoices;
        this.partnerships = partnerships;
        this.accounts = accounts;
    }

    @Override
    public Optional<ModelAndView> tooLarge(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(UploadForm.path(request));
        PathPattern.PathMatchInfo add = ADD.matchAndExtract(path);
        PathPattern.PathMatchInfo version = VERSION.matchAndExtract(path);
        PathPattern.PathMatchInfo matched = add != null ? add : version;
        if (matched == null || !evidence.mayView(matched.getUriVariables().get("partnership"),
                SecurityContextHolder.getContext().getAuthentication())) {
            return Optional.empty();
        }
        if (add != null) {
            return Optional.of(addForm(add.getUriVariables().get("partnership"), request));
        }
        return versionForm(version.getUriVariables(), request);
    }

    private ModelAndView addForm(String partnership, HttpServletRequest request) {
        String who = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        AddEvidenceForm form = AddEvidenceForm.empty(who == null ? null : accounts.agencyIn(who, partnership));
        BindingResult errors = new DirectFieldBindingResult(form, "addEvidenceForm");
        errors.rejectValue("file", TOO_LARGE, TOO_LARGE);
        ModelAndView page = new ModelAndView("evidence/add", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("addEvidenceForm", form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "addEvidenceForm", errors);
        page.addObject("partnership", partnerships.get(partnership));
        page.addObject("sourceTypes", SourceType.values());
        page.addObject("agencies", Agency.values());
        page.addObject("coreCategories", CoreDocumentCategory.values());
        page.addObject("indicatorChoices", indicatorChoices.forPartnership(partnership));
        page.addObject("indicatorsInScope", indicatorChoices.inScopeCount(partnership));
        return page;
    }

    private static Optional<ModelAndView> versionForm(Map<String, String> variables, HttpServletRequest request) {
        return DocumentNumber.parse(variables.get("number")).map(number -> {
            RequestContextUtils.getOutputFlashMap(request).put("versionProblem", TOO_LARGE);
            RequestContextUtils.getOutputFlashMap(request).put("versionProblemArguments", new Object[0]);
            return new ModelAndView("redirect:/partnerships/" + variables.get("partnership") + "/evidence/"
                    + DocumentNumber.format(number) + "#new-version");
        });
    }
}
