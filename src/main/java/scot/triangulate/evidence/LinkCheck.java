package scot.triangulate.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link to a publicly available document must be a complete web address: http or https, a host name, no
 * user name or password, no spaces. Triangulate never fetches it, so nothing it points at is trusted.
 */
final class LinkCheck {

    static final int MAX_LENGTH = 2000;

    private LinkCheck() {
    }

    static String check(String url) {
        if (url == null || url.isBlank()) {
            throw new EvidenceRejectedException("url", "evidence.url.required");
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_LENGTH || trimmed.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new EvidenceRejectedException("url", "evidence.url.invalid");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")
                    || host.startsWith(".") || host.endsWith(".") || uri.getUserInfo() != null) {
                throw new EvidenceRejectedException("url", "evidence.url.invalid");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new EvidenceRejectedException("url", "evidence.url.invalid");
        }
    }
}
