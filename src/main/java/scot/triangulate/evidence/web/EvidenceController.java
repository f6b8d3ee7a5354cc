package scot.triangulate.evidence.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.evidence.CoreDocumentCategory;
import scot.triangulate.evidence.DocumentNumber;
import scot.triangulate.evidence.EvidenceCorrection;
import scot.triangulate.evidence.EvidenceErasure;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceRejectedException;
import scot.triangulate.evidence.EvidenceSearch;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.IndicatorChoices;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.SourceType;
import scot.triangulate.identity.AccountService;
import scot.triangulate.partnership.Agency;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.NotFoundException;

/** The evidence library's pages: the document log with search, adding evidence, and each item. */
@Controller
class EvidenceController {

    private final EvidenceService evidence;
    private final PartnershipService partnerships;
    private final AccountService accounts;
    private final EvidenceErasure erasure;
    private final EvidenceCorrection correction;
    private final IndicatorChoices indicatorChoices;

    EvidenceController(EvidenceService evidence, PartnershipService partnerships, AccountService accounts,
            EvidenceErasure erasure, EvidenceCorrection correction, IndicatorChoices indicatorChoices) {
        this.evidence = evidence;
        this.indicatorChoices = indicatorChoices;
        this.correction = correction;
        this.erasure = erasure;
        this.partnerships = partnerships;
        this.accounts = accounts;
    }

    @GetMapping("/partnerships/{partnership}/evidence")
    String log(@PathVariable String partnership, @ModelAttribute("search") SearchForm search, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        if (search.filtered()) {
            model.addAttribute("results", evidence.search(partnership, search.toSearch()));
        } else {
            model.addAttribute("items", evidence.log(partnership));
        }
        model.addAttribute("heldCount", evidence.heldCount(partnership));
        model.addAttribute("statuses", EvidenceStatus.values());
        addChoices(partnership, model);
        return "evidence/log";
    }

    @GetMapping("/partnerships/{partnership}/evidence/new")
    String newEvidence(@PathVariable String partnership, Principal principal, Model model) {
        model.addAttribute("addEvidenceForm", AddEvidenceForm.empty(accounts.agencyIn(principal.getName(), partnership)));
        return form(partnership, model);
    }

    @PostMapping("/partnerships/{partnership}/evidence")
    String add(@PathVariable String partnership, @Valid @ModelAttribute AddEvidenceForm addEvidenceForm,
            BindingResult errors, Principal principal, Model model, RedirectAttributes redirect) throws IOException {
        missingFileOrLink(addEvidenceForm, errors);
        if (!errors.hasErrors()) {
            try {
                EvidenceItem item = evidence.add(partnership, Uploads.toNewEvidence(addEvidenceForm), principal.getName());
                redirect.addFlashAttribute("added", item.documentNumber());
                return "redirect:/partnerships/" + partnership + "/evidence/" + item.documentNumber();
            } catch (EvidenceRejectedException e) {
                errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return form(partnership, model);
    }

    @GetMapping("/partnerships/{partnership}/evidence/{number}")
    String item(@PathVariable String partnership, @PathVariable String number, Authentication authentication, Model model) {
        int n = number(number);
        EvidenceItem item = evidence.get(partnership, n);
        model.addAttribute("partnership", partnerships.get(partnership));
        model.addAttribute("item", item);
        model.addAttribute("versions", evidence.versions(partnership, n));
        model.addAttribute("findings", evidence.findings(partnership, n));
        model.addAttribute("canClear", evidence.mayClear(partnership, authentication));
        model.addAttribute("canChange", correction.mayChange(partnership, authentication));
        model.addAttribute("me", authentication.getName());
        model.addAttribute("indicatorTitles", evidence.indicatorChoices());
        model.addAttribute("frameworkId", evidence.taggingFramework());
        model.addAttribute("processing", item.status() == EvidenceStatus.PROCESSING);
        return "evidence/item";
    }

    @PostMapping("/partnerships/{partnership}/evidence/{number}/versions")
    String addVersion(@PathVariable String partnership, @PathVariable String number,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "url", required = false) String url, Principal principal,
            RedirectAttributes redirect) throws IOException {
        int n = number(number);
        try {
            evidence.addVersion(partnership, n, Uploads.upload(file), url, principal.getName());
            redirect.addFlashAttribute("notice", "evidence.version.added");
            redirect.addFlashAttribute("noticeAt", "new-version");
            return "redirect:/partnerships/" + partnership + "/evidence/" + DocumentNumber.format(n) + "#notice";
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("versionProblem", e.messageKey());
            redirect.addFlashAttribute("versionProblemArguments", e.arguments());
        }
        return "redirect:/partnerships/" + partnership + "/evidence/" + DocumentNumber.format(n) + "#new-version";
    }

    /** A lead erases a superseded version that holds personal data; the tombstone and the audit say why. */
    @PostMapping("/partnerships/{partnership}/evidence/{number}/versions/{version}/erase")
    String erase(@PathVariable String partnership, @PathVariable String number, @PathVariable int version,
            @RequestParam(name = "reason", required = false) String reason, Authentication authentication,
            RedirectAttributes redirect) {
        int n = number(number);
        try {
            erasure.erase(partnership, n, version, reason, authentication);
            redirect.addFlashAttribute("notice", "erasure.done");
            redirect.addFlashAttribute("noticeAt", "versions");
            return "redirect:/partnerships/" + partnership + "/evidence/" + DocumentNumber.format(n) + "#notice";
        } catch (EvidenceRejectedException e) {
            redirect.addFlashAttribute("eraseProblem", version);
            redirect.addFlashAttribute("eraseProblemKey", e.messageKey());
        }
        return "redirect:/partnerships/" + partnership + "/evidence/" + DocumentNumber.format(n) + "#versions";
    }

    @GetMapping("/partnerships/{partnership}/evidence/{number}/versions/{version}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable String partnership, @PathVariable String number,
            @PathVariable int version, Authentication authentication) {
        EvidenceService.StoredDocument document = evidence.file(partnership, number(number), version, authentication);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(document.content()));
    }

    /** The file or link the chosen kind needs, reported with every other problem rather than after them. */
    private static void missingFileOrLink(AddEvidenceForm form, BindingResult errors) {
        if (form == null || form.kind() == null) {
            return;
        }
        if (form.kind() == AddEvidenceForm.Kind.FILE && !Uploads.given(form.file()) && !errors.hasFieldErrors("file")) {
            errors.rejectValue("file", "evidence.file.required");
        } else if (form.kind() == AddEvidenceForm.Kind.LINK && (form.url() == null || form.url().isBlank())
                && !errors.hasFieldErrors("url")) {
            errors.rejectValue("url", "evidence.url.required");
        }
    }

    private String form(String partnership, Model model) {
        model.addAttribute("partnership", partnerships.get(partnership));
        addChoices(partnership, model);
        return "evidence/add";
    }

    private void addChoices(String partnership, Model model) {
        model.addAttribute("sourceTypes", SourceType.values());
        model.addAttribute("agencies", Agency.values());
        model.addAttribute("coreCategories", CoreDocumentCategory.values());
        model.addAttribute("indicatorChoices", indicatorChoices.forPartnership(partnership));
        model.addAttribute("indicatorsInScope", indicatorChoices.inScopeCount(partnership));
    }


    static int number(String number) {
        return DocumentNumber.parse(number).orElseThrow(() -> new NotFoundException("document", number));
    }

    /** The log's search and filters, all optional. */
    record SearchForm(String q, SourceType sourceType, String indicator, Agency agency,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, EvidenceStatus status) {

        boolean filtered() {
            return (q != null && !q.isBlank()) || sourceType != null || (indicator != null && !indicator.isBlank())
                    || agency != null || from != null || to != null || status != null;
        }

        EvidenceSearch toSearch() {
            return new EvidenceSearch(q, sourceType, indicator, agency, from, to, status);
        }
    }
}
