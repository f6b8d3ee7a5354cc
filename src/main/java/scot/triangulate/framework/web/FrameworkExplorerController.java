package scot.triangulate.framework.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.framework.FrameworkNotes;
import scot.triangulate.framework.FrameworkTree;
import scot.triangulate.shared.NotFoundException;

/** The framework explorer: open to anyone, signed in or not. */
@Controller
class FrameworkExplorerController {

    private final FrameworkCatalogue catalogue;
    private final FrameworkPages pages;

    FrameworkExplorerController(FrameworkCatalogue catalogue, FrameworkPages pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping("/frameworks")
    String frameworks(Model model) {
        model.addAttribute("frameworks", catalogue.frameworks());
        model.addAttribute("scales", catalogue.scales());
        return "framework/frameworks";
    }

    @GetMapping("/frameworks/{id}")
    String framework(@PathVariable String id, Model model) {
        Framework framework = catalogue.framework(id);
        model.addAttribute("tree", FrameworkTree.of(framework));
        model.addAttribute("scale", catalogue.scale(framework.scale()));
        pages.addBody("framework/framework", id, model);
        return "framework/framework";
    }

    @GetMapping("/frameworks/{id}/indicators/{code}")
    String indicator(@PathVariable String id, @PathVariable String code, Model model) {
        Framework framework = catalogue.framework(id);
        Framework.Indicator indicator = framework.indicator(code)
                .orElseThrow(() -> new NotFoundException("quality indicator", id + " " + code));
        model.addAttribute("framework", framework);
        model.addAttribute("indicator", indicator);
        model.addAttribute("keyArea", framework.keyArea(indicator.keyArea()).orElseThrow());
        model.addAttribute("noteMarks", new FrameworkNotes(framework));
        pages.addBody("framework/indicator", id + " " + code, model);
        return "framework/indicator";
    }

    /** The framework's own guidance on using it, with its notes; a framework that gives none has no such page. */
    @GetMapping("/frameworks/{id}/guidance")
    String guidance(@PathVariable String id, Model model) {
        Framework framework = catalogue.framework(id);
        if (framework.guidance().isEmpty()) {
            throw new NotFoundException("framework guidance", id);
        }
        model.addAttribute("framework", framework);
        model.addAttribute("noteMarks", new FrameworkNotes(framework));
        pages.addBody("framework/guidance", id, model);
        return "framework/guidance";
    }

    @GetMapping("/frameworks/{id}/wellbeing")
    String wellbeing(@PathVariable String id, Model model) {
        model.addAttribute("framework", catalogue.framework(id));
        pages.addBody("framework/wellbeing", id, model);
        return "framework/wellbeing";
    }

    @GetMapping("/frameworks/scales/{id}")
    String scale(@PathVariable String id, Model model) {
        model.addAttribute("scale", catalogue.scale(id));
        pages.addBody("framework/scale", id, model);
        return "framework/scale";
    }

    @GetMapping("/frameworks/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "framework", defaultValue = "") String frameworkId, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("framework", frameworkId);
        model.addAttribute("frameworks", catalogue.frameworks());
        model.addAttribute("results", catalogue.search(query, frameworkId));
        return "framework/search";
    }

    @GetMapping("/frameworks/compare")
    String compare(@RequestParam(name = "from", defaultValue = "") String from,
            @RequestParam(name = "to", defaultValue = "") String to, Model model) {
        model.addAttribute("frameworks", catalogue.frameworks());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (!from.isBlank() && !to.isBlank()) {
            model.addAttribute("comparison", catalogue.compare(from, to));
        }
        return "framework/compare";
    }
}
