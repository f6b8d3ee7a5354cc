package scot.triangulate.performance;

/** How many of a partnership's figures for an indicator other partnerships can compare with, of how many. */
public record Sharing(int shared, int figures) {

    public boolean complete() {
        return shared == figures;
    }
}
