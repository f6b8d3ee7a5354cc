package scot.triangulate.improvement;

import java.util.Arrays;
import java.util.List;

/** Which SMART letters an action meets, and for each one it fails, why (a message key and its arguments). */
public record SmartResult(List<Failure> failures) {

    public record Failure(SmartLetter letter, String messageKey, List<Object> arguments) {

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    /** One letter's verdict, in SMART order, for pages and exports. */
    public record Letter(SmartLetter letter, boolean met, List<Failure> reasons) {
    }

    public SmartResult {
        failures = List.copyOf(failures);
    }

    public boolean meets(SmartLetter letter) {
        return failures.stream().noneMatch(f -> f.letter() == letter);
    }

    public boolean smart() {
        return failures.isEmpty();
    }

    public List<Letter> letters() {
        return Arrays.stream(SmartLetter.values())
                .map(l -> new Letter(l, meets(l), failures.stream().filter(f -> f.letter() == l).toList()))
                .toList();
    }

    /** The initials of the letters failed, such as "MT"; empty when the action is SMART. */
    public String failedInitials() {
        StringBuilder initials = new StringBuilder();
        for (SmartLetter letter : SmartLetter.values()) {
            if (!meets(letter)) {
                initials.append(letter.initial());
            }
        }
        return initials.toString();
    }
}
