package scot.triangulate.shared.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import scot.triangulate.shared.ResourceId;

/**
 * Binds every whole-number path variable, parameter and form field strictly ({@link ResourceId#parseNumber}).
 * Spring's own number binding trims spaces and reads {@code 0x1} and {@code #1} as hexadecimal; it also takes
 * over whenever a converter refuses a value, so the strict reading is registered as the binder's editor, which
 * nothing falls back from. A handler then sees an id only in the one spelling the access rules also parse.
 */
@ControllerAdvice
class StrictNumbers {

    @InitBinder
    void strictNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE, false, false));
        binder.registerCustomEditor(Long.class, new WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE, false, true));
        binder.registerCustomEditor(int.class, new WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, true, false));
        binder.registerCustomEditor(Integer.class, new WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE, true, true));
    }

    private static final class WholeNumber extends PropertyEditorSupport {

        private final long min;
        private final long max;
        private final boolean asInt;
        private final boolean emptyIsNothing;

        WholeNumber(long min, long max, boolean asInt, boolean emptyIsNothing) {
            this.min = min;
            this.max = max;
            this.asInt = asInt;
            this.emptyIsNothing = emptyIsNothing;
        }

        @Override
        public void setAsText(String text) {
            if ((text == null || text.isEmpty()) && emptyIsNothing) {
                setValue(null);
                return;
            }
            long number = ResourceId.parseNumber(text)
                    .orElseThrow(() -> new IllegalArgumentException("Not a whole number written in digits"));
            if (number < min || number > max) {
                throw new IllegalArgumentException("Not a whole number in range");
            }
            setValue(asInt ? Integer.valueOf((int) number) : Long.valueOf(number));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
