package scot.triangulate.evidence.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full UK postcodes, by the format in the Royal Mail Programmers' Guide / BS 7666 (outward A9, A99, A9A, AA9,
 * AA99 or AA9A with the letter restrictions of each position; inward 9AA without C, I, K, M, O or V), and
 * only in one of the 121 real postcode areas, which rules out look-alike form and document codes. Bare
 * outward codes ("FK10") are not personal enough to report.
 */
final class PostcodeDetector implements Detector {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{Alnum}])([A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y]))"
                    + "[ \\u00A0]?([0-9][ABD-HJLNP-UW-Z]{2})(?![\\p{Alnum}])");

    private static final Set<String> AREAS = Set.of(
            "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM",
            "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH",
            "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG",
            "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",
            "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO",
            "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST",
            "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN",
            "WR", "WS", "WV", "YO", "ZE");

    @Override
    public void detect(String text, List<Detection> out) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            if (AREAS.contains(area(m.group(1)))) {
                out.add(new Detection(FindingKind.POSTCODE, m.start(), m.end()));
            }
        }
    }

    private static String area(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }
}
