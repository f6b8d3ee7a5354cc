package scot.triangulate.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.triangulate.audit.AuditLog;

/** The audit record: all of it for administrators, a partnership's own for its leads. */
@Controller
class AuditController {

    private static final int SHOWN = 200;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String all(Model model) {
        model.addAttribute("entries", audit.latest(SHOWN));
        model.addAttribute("partnership", null);
        return "audit/audit";
    }

    @GetMapping("/partnerships/{partnership}/audit")
    String partnership(@PathVariable String partnership, Model model) {
        model.addAttribute("entries", audit.latestForPartnership(partnership, SHOWN));
        model.addAttribute("partnership", partnership);
        return "audit/audit";
    }
}
