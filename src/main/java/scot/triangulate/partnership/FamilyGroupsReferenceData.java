package scot.triangulate.partnership;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the 32 council areas and their LGBF family groups (Improvement Service, "How do we compare
 * councils?") from {@code partnership/lgbf_family_groups.csv} at start-up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FamilyGroupsReferenceData implements ApplicationRunner {

    static final String RESOURCE = "partnership/lgbf_family_groups.csv";

    /** Names on the source page that read differently from the council's usual name. */
    private static final Map<String, String> USUAL_NAMES = Map.of(
            "Edinburgh, City of", "City of Edinburgh");

    /** Slugs that follow the usual short name of the area rather than the council's full name. */
    private static final Map<String, String> SLUGS = Map.of(
            "Edinburgh, City of", "edinburgh",
            "Aberdeen City", "aberdeen",
            "Dundee City", "dundee",
            "Glasgow City", "glasgow",
            "Shetland Islands", "shetland",
            "Orkney Islands", "orkney");

    private final PartnershipRepository repository;

    FamilyGroupsReferenceData(PartnershipRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        for (Row row : read()) {
            repository.upsertReference(row.slug(), row.name(), row.peopleFamilyGroup(), row.placeFamilyGroup());
        }
    }

    record Row(String slug, String name, int peopleFamilyGroup, int placeFamilyGroup) {
    }

    static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(parse(line));
            }
        }
        return rows;
    }

    private static Row parse(String line) {
        String council;
        String rest;
        if (line.startsWith("\"")) {
            int close = line.indexOf('"', 1);
            council = line.substring(1, close);
            rest = line.substring(close + 2);
        } else {
            int comma = line.indexOf(',');
            council = line.substring(0, comma);
            rest = line.substring(comma + 1);
        }
        String[] groups = rest.split(",");
        return new Row(SLUGS.getOrDefault(council, slug(council)), USUAL_NAMES.getOrDefault(council, council),
                Integer.parseInt(groups[0].trim()), Integer.parseInt(groups[1].trim()));
    }

    static String slug(String council) {
        String plain = Normalizer.normalize(council, Normalizer.Form.NFKD).replace("&", "and");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
