package scot.triangulate.recordreading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The groups of children a pre-inspection return lists records in, as the joint inspection methodology samples
 * them. Each has a short code a return may use instead of the words; the sample is stratified by these, in this order.
 */
public enum RecordCategory {
    CP_INVESTIGATED("CPI", "investigated under child protection but not registered"),
    CP_REGISTERED("CPR", "on the child protection register"),
    VULNERABLE_YOUNG_PERSON("VYP", "in vulnerable young person / care and risk management processes"),
    LOOKED_AFTER_AT_HOME("LAH", "looked after at home"),
    LOOKED_AFTER_AWAY("LAA", "looked after away from home"),
    CARE_LEAVER("CL", "care leaver");

    private final String code;
    private final String words;

    RecordCategory(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    public String words() {
        return words;
    }

    public String messageKey() {
        return "recordreading.category." + name();
    }

    /** The category a return's cell names: its code, its words (any case, spaces as written) or its name here. */
    public static Optional<RecordCategory> parse(String text) {
        String wanted = normal(text);
        for (RecordCategory c : values()) {
            if (wanted.equals(normal(c.code)) || wanted.equals(normal(c.words)) || wanted.equals(normal(c.name()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static List<RecordCategory> inOrder() {
        return List.of(values());
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ")
                .replaceAll("\\s*/\\s*", " / ");
    }
}
