package scot.triangulate.evidence.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National Insurance number, HMRC National Insurance Manual NIM39110: two prefix letters, six digits and a
 * suffix A, B, C or D, often grouped "AB 12 34 56 C". The first letter is never D, F, I, Q, U or V; the
 * second never D, F, I, O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated (so
 * HMRC's own specimen "QQ 12 34 56 C" is, rightly, not reported).
 */
final class NationalInsuranceNumberDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{Alnum}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \\u00A0-]?(\\d{2})[ \\u00A0-]?(\\d{2})"
                    + "[ \\u00A0-]?(\\d{2})[ \\u00A0-]?([A-D])(?![\\p{Alnum}])");

    private static final Set<String> UNALLOCATED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    @Override
    public void detect(String text, List<Detection> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (!UNALLOCATED_PREFIXES.contains(m.group(1))) {
                out.add(new Detection(FindingKind.NATIONAL_INSURANCE_NUMBER, m.start(), m.end()));
            }
        }
    }
}
