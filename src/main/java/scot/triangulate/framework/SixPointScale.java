package scot.triangulate.framework;

import java.util.Arrays;
import java.util.Optional;

/**
 * A level of the six-point scale, from Excellent (6) to Unsatisfactory (1): the one scale every module that grades
 * uses (self-evaluation today, inspection next). Its definitions, as published, are the scale file
 * {@code frameworks/scales/six-point.yaml}.
 */
public enum SixPointScale {
    UNSATISFACTORY(1),
    WEAK(2),
    ADEQUATE(3),
    GOOD(4),
    VERY_GOOD(5),
    EXCELLENT(6);

    private final int value;

    SixPointScale(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public String messageKey() {
        return "grade." + name();
    }

    public static Optional<SixPointScale> of(Integer value) {
        return value == null ? Optional.empty() : Arrays.stream(values()).filter(g -> g.value == value).findFirst();
    }

    /** Highest first, as the scale is read. */
    public static SixPointScale[] descending() {
        SixPointScale[] grades = values();
        SixPointScale[] descending = new SixPointScale[grades.length];
        for (int i = 0; i < grades.length; i++) {
            descending[i] = grades[grades.length - 1 - i];
        }
        return descending;
    }
}
