package scot.triangulate.evidence.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The gazetteer of given names in {@code screening/given-names.txt}, read once. */
final class GivenNames {

    private static final String RESOURCE = "/screening/given-names.txt";

    private final Set<String> names;

    private GivenNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static GivenNames load() {
        try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> names = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return new GivenNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exact, capitalised match; a hyphenated name ("Anne-Marie") counts when its first part is listed. */
    boolean contains(String word) {
        if (names.contains(word)) {
            return true;
        }
        int hyphen = word.indexOf('-');
        return hyphen > 0 && names.contains(word.substring(0, hyphen));
    }

    int size() {
        return names.size();
    }
}
