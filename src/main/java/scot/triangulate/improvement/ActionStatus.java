package scot.triangulate.improvement;

/** Where an action of the improvement plan has got to. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    STOPPED;

    /** Only a completed or stopped action can no longer be late. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "improvement.status." + name();
    }
}
