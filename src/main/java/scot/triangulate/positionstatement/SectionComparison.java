package scot.triangulate.positionstatement;

import java.util.List;

/** One section compared between two versions, word by word. */
public record SectionComparison(String key, String title, List<StatementDiff.Part> parts) {

    public boolean changed() {
        return StatementDiff.changed(parts);
    }
}
