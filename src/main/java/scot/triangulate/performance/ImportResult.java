package scot.triangulate.performance;

/** What an accepted import did: figures added for new periods, figures revised, and rows that matched exactly. */
public record ImportResult(int added, int revised, int unchanged) implements java.io.Serializable {

    public int rows() {
        return added + revised + unchanged;
    }
}
