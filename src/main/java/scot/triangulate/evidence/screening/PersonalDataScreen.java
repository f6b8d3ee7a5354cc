package scot.triangulate.evidence.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Screens evidence text for personal or identifiable information, which guidance says evidence for a
 * self-evaluation or inspection must not contain (UK GDPR). Each kind of data has its own rule class; where
 * two rules match overlapping text the more specific one wins (an email address over the name inside it, a
 * CHI number over a telephone number that happens to fit the same digits).
 *
 * <p>Build one and share it: construction reads the given-name list once; {@link #screen} keeps no state and
 * is safe to call from many threads. Screening is linear in the text: every rule is a precompiled pattern
 * without nested unbounded repetition, and libphonenumber runs once over the whole text.
 */
public final class PersonalDataScreen {

    /** Which rule wins an overlap: the earlier in this list. */
    private static final List<FindingKind> PRECEDENCE = List.of(
            FindingKind.EMAIL_ADDRESS,
            FindingKind.CHI_NUMBER,
            FindingKind.NHS_NUMBER,
            FindingKind.NATIONAL_INSURANCE_NUMBER,
            FindingKind.POSTCODE,
            FindingKind.DATE_OF_BIRTH,
            FindingKind.PHONE_NUMBER,
            FindingKind.STREET_ADDRESS,
            FindingKind.PERSONAL_NAME);

    private static final Comparator<Detection> STRONGEST_FIRST = Comparator
            .comparingInt((Detection d) -> PRECEDENCE.indexOf(d.kind()))
            .thenComparingInt(d -> d.start() - d.end())
            .thenComparingInt(Detection::start);

    private final List<Detector> detectors;

    public PersonalDataScreen() {
        this.detectors = List.of(
                new EmailAddressDetector(),
                new HealthNumberDetector(),
                new NationalInsuranceNumberDetector(),
                new PostcodeDetector(),
                new DateOfBirthDetector(),
                new PhoneNumberDetector(),
                new StreetAddressDetector(),
                new PersonalNameDetector(GivenNames.load()));
    }

    /** Every item of personal data found in {@code text}, in order of position; empty for null or blank text. */
    public List<Finding> screen(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Detection> detections = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(text, detections);
        }
        List<Detection> kept = withoutOverlaps(detections);
        List<Finding> findings = new ArrayList<>(kept.size());
        for (Detection d : kept) {
            findings.add(new Finding(d.kind(), d.start(), d.end(), ExcerptMasker.excerpt(text, d, kept)));
        }
        return List.copyOf(findings);
    }

    /**
     * The text with every item of personal data masked as in excerpts ("J••• S••••", "CHI ••••••••37"). Masks keep
     * the length of what they mask, so positions in the text still line up.
     */
    public String mask(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        List<Detection> detections = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(text, detections);
        }
        StringBuilder masked = new StringBuilder(text);
        for (Detection d : withoutOverlaps(detections)) {
            masked.replace(d.start(), d.end(), ExcerptMasker.mask(d.kind(), text.substring(d.start(), d.end())));
        }
        return masked.toString();
    }

    /** Keeps the strongest of any overlapping detections, returned in order of position. */
    static List<Detection> withoutOverlaps(List<Detection> detections) {
        List<Detection> candidates = new ArrayList<>(detections);
        candidates.sort(STRONGEST_FIRST);
        TreeMap<Integer, Detection> kept = new TreeMap<>();
        for (Detection d : candidates) {
            Map.Entry<Integer, Detection> before = kept.floorEntry(d.start());
            Map.Entry<Integer, Detection> after = kept.ceilingEntry(d.start());
            boolean clash = (before != null && before.getValue().overlaps(d))
                    || (after != null && after.getValue().overlaps(d));
            if (!clash) {
                kept.put(d.start(), d);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
