package scot.triangulate.selfevaluation;

import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.SourceType;

/** An evidence item an evaluation cites, with the point it supports. Title and type are null if the number is unknown. */
public record Citation(int number, String documentNumber, String point, String title, SourceType sourceType,
        EvidenceStatus status) {

    public boolean resolved() {
        return title != null;
    }
}
