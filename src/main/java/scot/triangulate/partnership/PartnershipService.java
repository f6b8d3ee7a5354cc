package scot.triangulate.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;

@Service
public class PartnershipService {

    private final PartnershipRepository repository;
    private final AuditLog audit;

    PartnershipService(PartnershipRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Partnership> all() {
        return repository.all();
    }

    public Optional<Partnership> find(String slug) {
        return repository.find(slug);
    }

    public Partnership get(String slug) {
        return repository.find(slug).orElseThrow(() -> new NotFoundException("partnership", slug));
    }

    /** Family group members share the partnership's people family group (children, social work and housing). */
    public List<Partnership> peopleFamilyGroup(Partnership partnership) {
        return repository.all().stream()
                .filter(p -> p.peopleFamilyGroup() == partnership.peopleFamilyGroup())
                .toList();
    }

    @Transactional
    public void rename(String slug, String name, int version) {
        Partnership before = get(slug);
        if (!repository.rename(slug, name.strip(), version)) {
            throw new ConcurrentChangeException("partnership", slug);
        }
        audit.record("partnership.renamed", "partnership", slug, slug, before, get(slug));
    }
}
