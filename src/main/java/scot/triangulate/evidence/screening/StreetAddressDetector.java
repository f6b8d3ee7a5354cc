package scot.triangulate.evidence.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses: a house number (optionally after a flat such as "Flat 3," "Flat 2/1" or "2/1"), then one
 * to four capitalised words and a street type ("14 Glebe Terrace", "Flat 3, 22 Bridge Street", "7 St Ninian's
 * Wynd"). A number that belongs to a document reference ("Section 25", "Table 4", "QI 2", "page 12") is not a
 * house number.
 */
final class StreetAddressDetector implements Detector {

    private static final String STREET_TYPE = "(?:(?:Street|Road|Avenue|Drive|Crescent|Place|Court|Terrace|Lane|Gardens"
            + "|Way|Close|Wynd|Brae|Park|View|Grove|Square|Row|Loan|Loaning|Walk|Mews|Vennel|Gate|Green|Rise|Hill"
            + "|Quadrant|Circus|Parade|Boulevard|Causeway|Path|Steading|Gait|Neuk|Crossway|Bank|Heights|Meadows"
            + "|Mount|Yard|Wharf|Quay)|(?:St|Rd|Ave|Dr|Cres|Pl|Ct|Terr|Ln|Gdns|Sq)\\.?)";

    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\p{Alnum}/.,])((?:Flat|flat|Apartment|Apt)\\.?\\s+[0-9]{1,3}(?:/[0-9]{1,2})?[A-Za-z]?,?\\s+"
                    + "|[0-9]{1,2}/[0-9]{1,2},?\\s+)?"
                    + "([0-9]{1,4}[A-Za-z]?)(?:-[0-9]{1,4})?,?[ \\u00A0]+"
                    + "((?:(?:St\\.?|Saint)[ \\u00A0]+)?(?:\\p{Lu}[\\p{L}'\u2019-]+[ \\u00A0]+){1,4})" + STREET_TYPE
                    + "(?![\\p{L}])");

    /** Words before a number that make it a reference, not a house number. */
    private static final Pattern REFERENCE_WORD = Pattern.compile(
            "(?i)\\b(?:section|sections|s\\.|part|chapter|table|figure|fig\\.|appendix|annex|schedule|article|art\\."
                    + "|paragraph|para\\.?|rule|regulation|reg\\.|level|stage|step|phase|page|p\\.|pp\\.|qi|year|class"
                    + "|primary|p|s|room|ward|route|bus|no\\.?|number|item|question|q|indicator|principle|standard"
                    + "|version|v|issue|volume|vol\\.?|act|recommendation|outcome|theme|box|exhibit|tier|band|grade)"
                    + "[\\s.:]*$");

    @Override
    public void detect(String text, List<Detection> out) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int numberStart = m.start(1) >= 0 ? m.start(1) : m.start(2);
            boolean reference = REFERENCE_WORD.matcher(text).region(Math.max(0, numberStart - 16), numberStart).find();
            if (m.group(1) == null && reference) {
                continue;
            }
            if (m.group(1) == null && looksLikeYear(m.group(2))) {
                continue;
            }
            out.add(new Detection(FindingKind.STREET_ADDRESS, m.start(), m.end()));
        }
    }

    /** "In 2019 Victoria Park ..." is a year, not a house number. */
    private static boolean looksLikeYear(String number) {
        if (number.length() != 4 || !Character.isDigit(number.charAt(3))) {
            return false;
        }
        int n = Integer.parseInt(number);
        return n >= 1900 && n <= 2099;
    }
}
