package scot.triangulate.performance;

/** "How much? How well? What difference?" — the three kinds of measure of the child's journey. */
public enum IndicatorCategory {
    HOW_MUCH,
    HOW_WELL,
    IS_ANYONE_BETTER_OFF;

    public String messageKey() {
        return "indicatorCategory." + name();
    }
}
