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

    private static final int MAX_BLOCK_LINES = 10;
    private static final int MAX_LINE = 120;
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:Council|Services?|Inspectorate|Partnership|NHS|"
            + "Board|Department|Directorate|Headquarters|Office|Police|Agency|Authority|Commission|Committee|Hospital|"
            + "School|Academy|College|University|Centre|Trust|Ltd|Limited)\\b");
    private static final Pattern PERSONAL_LINE = Pattern.compile("^\\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\\b|(?:Flat\\s+)?\\d)");

    @Override
    public void detect(String text, List<Detection> out) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            if (AREAS.contains(area(m.group(1))) && !endsOrganisationAddress(text, m.start(), m.end())) {
                out.add(new Detection(FindingKind.POSTCODE, m.start(), m.end()));
            }
        }
    }

    /**
     * Whether the postcode closes an organisation's address block, as at the head of a letter: the last line of
     * lines without a blank between them, one of which names an organisation ("Children's Services", "Council",
     * "Care Inspectorate"), and none of which starts with a personal title or a house number. A home address
     * ("Mrs Kerr / 14 Glebe Terrace / Alloa / FK10 1EB") is still reported.
     */
    static boolean endsOrganisationAddress(String text, int start, int end) {
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        boolean organisation = false;
        int lineEnd = start;
        for (int lines = 0; lines < MAX_BLOCK_LINES && lineEnd >= 0; lines++) {
            int lineStart = lineStart(text, lineEnd);
            if (lineStart < 0) {
                return false;
            }
            String line = text.substring(lineStart, lineEnd);
            if (lines > 0 && line.isBlank()) {
                break;
            }
            if (PERSONAL_LINE.matcher(line).find()) {
                return false;
            }
            organisation |= ORGANISATION.matcher(line).find();
            lineEnd = lineStart - 1;
        }
        return organisation;
    }

    /** The start of the line holding {@code position}, or -1 for a line too long to be part of an address. */
    private static int lineStart(String text, int position) {
        for (int i = position - 1; i >= Math.max(0, position - MAX_LINE); i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return position <= MAX_LINE ? 0 : -1;
    }

    private static String area(String outward) {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) {
            i++;
        }
        return outward.substring(0, i);
    }
}
