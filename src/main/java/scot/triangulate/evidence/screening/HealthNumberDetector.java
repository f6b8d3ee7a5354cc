package scot.triangulate.evidence.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CHI and NHS numbers: a ten-digit run, written solid or in the usual groups (3-3-4 "943 476 5919", 6-4
 * "010203 1234", 4-3-3 "0102 031 234", 2-2-2-4), that is not part of a longer number. A number whose first
 * six digits are a DDMMYY date and which passes a CHI check digit is a CHI number; otherwise one that passes
 * modulus 11 is an NHS number. Numbers labelled as invoices, orders, accounts and the like are skipped unless
 * a health label is also near.
 */
final class HealthNumberDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            // Not glued to a longer alphanumeric code, nor continuing a grouped number ("+44 7700 900 123").
            "(?<![\\p{Alnum}+/.\\-])(?<!\\d[ \\u00A0-])"
                    + "(\\d{10}|\\d{3}[ \\u00A0-]\\d{3}[ \\u00A0-]\\d{4}|\\d{6}[ \\u00A0-]\\d{4}"
                    + "|\\d{4}[ \\u00A0-]\\d{3}[ \\u00A0-]\\d{3}|\\d{2}[ \\u00A0-]\\d{2}[ \\u00A0-]\\d{2}[ \\u00A0-]\\d{4})"
                    + "(?!\\d)(?![ \\u00A0-]\\d{2,})(?![./]\\d)(?!\\p{L})");

    /** A label just before the number saying it is something other than a person's health number. */
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "(?i)\\b(?:invoice|inv|order|po|purchase|account|acct?|sort\\s+code|ref|reference|isbn|issn|serial|batch"
                    + "|ticket|receipt|transaction|customer|supplier|vendor|policy|licen[cs]e|registration|charity"
                    + "|company|companies\\s+house|vat|tel|telephone|phone|mobile|fax|document|doc|code|budget"
                    + "|cost\\s+cent(?:re|er)|asset|tracking|barcode)\\b[^\\n.]{0,20}$");

    private static final Pattern HEALTH_LABEL =
            Pattern.compile("(?i)\\b(?:chi|nhs|health|patient|community\\s+health\\s+index)\\b[^\\n]{0,25}$");

    @Override
    public void detect(String text, List<Detection> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String digits = digitsOf(m.group(1));
            FindingKind kind = classify(digits);
            if (kind != null && !labelledAsSomethingElse(text, m.start())) {
                out.add(new Detection(kind, m.start(), m.end()));
            }
        }
    }

    /** The kind a ten-digit number is, or null when it passes neither the CHI nor the NHS rule. */
    static FindingKind classify(String tenDigits) {
        if (ChiNumber.isValid(tenDigits)) {
            return FindingKind.CHI_NUMBER;
        }
        if (NhsNumber.isValid(tenDigits)) {
            return FindingKind.NHS_NUMBER;
        }
        return null;
    }

    private static boolean labelledAsSomethingElse(String text, int start) {
        int from = Math.max(0, start - 30);
        return OTHER_LABEL.matcher(text).region(from, start).find()
                && !HEALTH_LABEL.matcher(text).region(from, start).find();
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder(10);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
