package scot.triangulate.framework.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.framework.InvalidFrameworkException;

/** Administrators list the frameworks and import another framework file. */
@Controller
class AdminFrameworkController {

    private final FrameworkCatalogue catalogue;

    AdminFrameworkController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/frameworks")
    String frameworks(Model model) {
        model.addAttribute("frameworks", catalogue.frameworks());
        return "framework/admin-frameworks";
    }

    @PostMapping("/admin/frameworks")
    String importFramework(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal,
            Model model, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            return refuse(model, List.of(), "admin.frameworks.import.none");
        }
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        try {
            Framework framework = catalogue.importFramework(name, file.getBytes(), principal.getName());
            redirect.addFlashAttribute("imported", framework.id());
            return "redirect:/admin/frameworks";
        } catch (InvalidFrameworkException e) {
            return refuse(model, e.problems().stream().map(p -> e.file() + ": " + p).toList(), "admin.frameworks.import.invalid");
        }
    }

    private String refuse(Model model, List<String> problems, String messageKey) {
        model.addAttribute("frameworks", catalogue.frameworks());
        model.addAttribute("problems", problems);
        model.addAttribute("problemKey", messageKey);
        return "framework/admin-frameworks";
    }
}
