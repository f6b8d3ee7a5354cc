package scot.triangulate.evidence.screening;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK (and international) telephone numbers, found by Google's libphonenumber with region GB. A number is
 * reported when libphonenumber's metadata says it is valid (the test of Leniency.VALID), or when it has the
 * shape of any UK mobile number (07 and nine more digits): libphonenumber rejects Ofcom's ranges reserved for
 * fiction such as 07700 900123, and those are exactly what an anonymised document is likely to contain.
 *
 * <p>Only numbers written for dialling count, starting with the trunk prefix 0, "+" or "(0": a bare digit run
 * such as "1259450000" is more often a reference number. That also lets a cheap pattern find the few stretches
 * of text that could hold such a number, and libphonenumber runs once per stretch rather than over the whole
 * text (its own scan costs about 0.3 ms per thousand characters).
 */
final class PhoneNumberDetector implements Detector {

    /** Something starting like a dialled number, with at least eight more digits, spaces or brackets. */
    private static final Pattern STRETCH = Pattern.compile("(?:\\+|\\(\\s?0|(?<!\\d)0)[0-9 \\u00A0().\\-]{7,24}[0-9]");

    private static final int PADDING = 4;

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    @Override
    public void detect(String text, List<Detection> out) {
        MatchWindows.around(STRETCH, text, PADDING, (from, to) -> detectIn(text, from, to, out));
    }

    private void detectIn(String text, int from, int to, List<Detection> out) {
        String stretch = text.substring(from, to);
        for (PhoneNumberMatch match : phoneNumbers.findNumbers(stretch, "GB", Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (writtenForDialling(match.rawString())
                    && (phoneNumbers.isValidNumber(match.number()) || isUkMobile(match.number()))) {
                out.add(new Detection(FindingKind.PHONE_NUMBER, from + match.start(), from + match.end()));
            }
        }
    }

    private static boolean isUkMobile(PhoneNumber number) {
        long national = number.getNationalNumber();
        return number.getCountryCode() == 44 && national >= 7_000_000_000L && national <= 7_999_999_999L;
    }

    private static boolean writtenForDialling(String raw) {
        char first = raw.charAt(0);
        if (first == '(' && raw.length() > 1) {
            first = raw.charAt(1);
        }
        return first == '0' || first == '+';
    }
}
