package scot.triangulate.evidence.screening;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;

/**
 * UK (and international) telephone numbers, found by Google's libphonenumber with region GB, run once over
 * the whole text. A number is reported when libphonenumber's metadata says it is valid (Leniency.VALID), or
 * when it has the shape of any UK mobile number (07 and nine more digits): libphonenumber rejects Ofcom's
 * ranges reserved for fiction such as 07700 900123, and those are exactly what a redacted or anonymised
 * document is likely to contain. A number is reported only as written for dialling, starting with the trunk
 * prefix 0, "+" or "(0": a bare digit run such as "1259450000" is more often a reference number.
 */
final class PhoneNumberDetector implements Detector {

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    @Override
    public void detect(String text, List<Detection> out) {
        for (PhoneNumberMatch match : phoneNumbers.findNumbers(text, "GB", Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (writtenForDialling(match.rawString()) && (phoneNumbers.isValidNumber(match.number()) || isUkMobile(match.number()))) {
                out.add(new Detection(FindingKind.PHONE_NUMBER, match.start(), match.end()));
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
