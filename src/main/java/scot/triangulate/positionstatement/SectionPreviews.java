package scot.triangulate.positionstatement;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.shared.NotFoundException;

/**
 * A section's unsaved text as it will appear: the same safe Markdown and citation links as the saved text and the
 * exports ({@link MarkdownText}), so what a writer previews is what the application produces. Nothing is stored,
 * screened or audited; the writer's text stays theirs until they save it.
 */
@Service
public class SectionPreviews {

    private final PositionStatementService statements;
    private final PartnershipAccess access;

    SectionPreviews(PositionStatementService statements, PartnershipAccess access) {
        this.statements = statements;
        this.access = access;
    }

    /**
     * The text as safe HTML, headings moved down {@code headingOffset} levels. Only those who may save the section
     * preview it (the preview links citations to the partnership's document log); text too long to save is refused
     * here too, as saving it would be. No text at all previews as nothing.
     */
    public String html(Cycle cycle, String key, String text, int headingOffset, Authentication actor) {
        access.requireContributor(actor, cycle.partnership(), "preview a position statement section");
        statements.template(cycle).section(key).orElseThrow(() -> new NotFoundException("position statement section", key));
        String clean = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (clean.length() > PositionStatementService.MAX_SECTION_CHARACTERS) {
            throw new StatementRejectedException("text", "ps.preview.tooLong", PositionStatementService.MAX_SECTION_CHARACTERS);
        }
        return statements.html(cycle.partnership(), clean, headingOffset);
    }
}
