package scot.triangulate.partnership.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.triangulate.partnership.Partnership;
import scot.triangulate.partnership.PartnershipService;

@RestController
@RequestMapping("/api/partnerships")
class PartnershipApiController {

    private final PartnershipService partnerships;

    PartnershipApiController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    record PartnershipItem(String id, String name, int peopleFamilyGroup, int placeFamilyGroup) {

        static PartnershipItem of(Partnership p) {
            return new PartnershipItem(p.slug(), p.name(), p.peopleFamilyGroup(), p.placeFamilyGroup());
        }
    }

    /** Every partnership's name and family groups: reference data any signed-in person may read. */
    @GetMapping
    List<PartnershipItem> partnerships() {
        return partnerships.all().stream().map(PartnershipItem::of).toList();
    }

    /** One partnership; its members and administrators only (see the access rules). */
    @GetMapping("/{partnership}")
    PartnershipItem partnership(@PathVariable String partnership) {
        return PartnershipItem.of(partnerships.get(partnership));
    }
}
