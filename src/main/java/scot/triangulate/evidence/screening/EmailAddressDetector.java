package scot.triangulate.evidence.screening;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses (the common subset of RFC 5322 addr-spec: dot-atom local part, dotted domain with an
 * alphabetic top-level label). Shared functional mailboxes such as enquiries@ or info@ identify an
 * organisation, not a person, and are not reported.
 */
final class EmailAddressDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{Alnum}._%+'-])([\\p{Alnum}._%+'-]{1,64})@((?:[\\p{Alnum}](?:[\\p{Alnum}-]{0,61}[\\p{Alnum}])?\\.)+"
                    + "\\p{Alpha}{2,24})(?![\\p{Alnum}-])");

    private static final Set<String> FUNCTIONAL_MAILBOXES = Set.of(
            "info", "enquiries", "enquiry", "contact", "contactus", "admin", "office", "hello", "help",
            "helpdesk", "support", "noreply", "no-reply", "donotreply", "webmaster", "postmaster", "reception",
            "press", "media", "communications", "foi", "dataprotection", "dpo", "complaints", "feedback");

    /** The pattern runs only around each "@", so text without one costs a single character scan. */
    @Override
    public void detect(String text, List<Detection> out) {
        int searchFrom = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
            int from = Math.max(0, at - 64);
            int to = Math.min(text.length(), at + 256);
            Matcher m = EMAIL.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (m.end(1) != at) {
                    continue;
                }
                String local = m.group(1);
                if (!local.startsWith(".") && !local.endsWith(".")
                        && !FUNCTIONAL_MAILBOXES.contains(local.toLowerCase(Locale.ROOT))) {
                    out.add(new Detection(FindingKind.EMAIL_ADDRESS, m.start(), m.end()));
                }
                searchFrom = m.end();
                break;
            }
        }
    }
}
