package scot.triangulate.partnership.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.shared.ConcurrentChangeException;

/** Administrators see every partnership with its family groups and can correct a partnership's name. */
@Controller
class AdminPartnershipController {

    private final PartnershipService partnerships;

    AdminPartnershipController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    record RenamePartnershipForm(@NotBlank(message = "{partnership.name.required}")
            @Size(max = 200, message = "{partnership.name.long}") String name, int version) {
    }

    @GetMapping("/admin/partnerships")
    String partnerships(Model model) {
        model.addAttribute("partnerships", partnerships.all());
        return "partnership/admin-partnerships";
    }

    @GetMapping("/admin/partnerships/{slug}")
    String partnership(@PathVariable String slug, Model model) {
        Partnership partnership = partnerships.get(slug);
        if (!model.containsAttribute("renamePartnershipForm")) {
            model.addAttribute("renamePartnershipForm", new RenamePartnershipForm(partnership.name(), partnership.version()));
        }
        model.addAttribute("partnership", partnership);
        return "partnership/admin-partnership";
    }

    @PostMapping("/admin/partnerships/{slug}")
    String rename(@PathVariable String slug, @Valid @ModelAttribute RenamePartnershipForm renamePartnershipForm,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                partnerships.rename(slug, renamePartnershipForm.name(), renamePartnershipForm.version());
                redirect.addFlashAttribute("notice", "partnership.saved");
                return "redirect:/admin/partnerships/" + slug;
            } catch (ConcurrentChangeException e) {
                errors.reject("partnership.conflict");
            }
        }
        return partnership(slug, model);
    }
}
