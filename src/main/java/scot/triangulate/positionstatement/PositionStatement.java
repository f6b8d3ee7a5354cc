package scot.triangulate.positionstatement;

import java.util.List;
import java.util.Optional;

/**
 * One version of a cycle's position statement: the current draft (no submission) or a submitted version, with
 * its sections in the structure's order. {@code partnership} is the partnership's id, {@code partnershipName} the
 * name it is shown by.
 */
public record PositionStatement(long cycleId, String partnership, String partnershipName, String cycleTitle, StatementTemplate template,
        List<Section> sections, Submission submission) {

    public static final String DRAFT = "draft";

    public PositionStatement {
        sections = List.copyOf(sections);
    }

    public int wordCount() {
        return sections.stream().mapToInt(Section::wordCount).sum();
    }

    public boolean isDraft() {
        return submission == null;
    }

    /** "draft", or the submitted version's number. */
    public String versionId() {
        return submission == null ? DRAFT : String.valueOf(submission.number());
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
