package scot.triangulate.framework.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.triangulate.framework.EvaluationScale;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.framework.FrameworkTree;

@RestController
@RequestMapping("/api")
class FrameworkApiController {

    private final FrameworkCatalogue catalogue;

    FrameworkApiController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record FrameworkListItem(String id, String title, String version, String publisher) {
    }

    @GetMapping("/frameworks")
    List<FrameworkListItem> frameworks() {
        return catalogue.frameworks().stream()
                .map(f -> new FrameworkListItem(f.id(), f.title(), f.version(), f.publisher()))
                .toList();
    }

    @GetMapping("/frameworks/{id}")
    FrameworkTree framework(@PathVariable String id) {
        return FrameworkTree.of(catalogue.framework(id));
    }

    @GetMapping("/frameworks/{id}/indicators/{code}")
    Framework.Indicator indicator(@PathVariable String id, @PathVariable String code) {
        return catalogue.indicator(id, code);
    }

    @GetMapping("/scales/{id}")
    EvaluationScale scale(@PathVariable String id) {
        return catalogue.scale(id);
    }
}
