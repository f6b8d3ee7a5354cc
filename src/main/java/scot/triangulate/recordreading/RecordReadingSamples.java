package scot.triangulate.recordreading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.PersonalDataCheck;
import scot.triangulate.partnership.Agency;
import scot.triangulate.recordreading.sampling.StratifiedSample;
import scot.triangulate.shared.ConcurrentChangeException;

/**
 * An exercise's population and sample: the pre-inspection return uploaded all-or-nothing, the stratified random
 * sample drawn from a recorded seed, and records added or swapped with a reason. Only the partnership's leads (and
 * administrators) change them; every change is audited and claims the exercise's version, so two leads saving at once
 * never overwrite each other.
 */
@Service
public class RecordReadingSamples {

    static final int MAX_REASON = 500;
    /** Seeds a lead may give: whole numbers of up to 18 digits. Generated ones have 12, to be easy to write down. */
    private static final Pattern SEED = Pattern.compile("(0|[1-9][0-9]{0,17})");
    private static final long GENERATED_SEEDS = 1_000_000_000_000L;

    private final RecordReadingExercises exercises;
    private final ExerciseRepository repository;
    private final RecordReadingPolicy policy;
    private final PersonalDataCheck personalData;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final SecureRandom seeds = new SecureRandom();

    RecordReadingSamples(RecordReadingExercises exercises, ExerciseRepository repository, RecordReadingPolicy policy,
            PersonalDataCheck personalData, MessageSource messages, AuditLog audit, TransactionTemplate transaction) {
        this.exercises = exercises;
        this.repository = repository;
        this.policy = policy;
        this.personalData = personalData;
        this.messages = messages;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Replaces the exercise's population with the return's records, or refuses the whole file with a report of every
     * problem and stores nothing. Refused once a sample is drawn. {@code version} is the exercise's version the person
     * saw (null: whatever it is now).
     */
    public int loadPopulation(long id, String fileName, byte[] content, Integer version, Authentication actor) {
        RecordReadingExercise exercise = exercises.get(id, actor);
        policy.requireLead(actor, exercise.partnership());
        if (exercise.sampled()) {
            throw new ReturnRefusedException("return.sampleDrawn");
        }
        if (fileName == null || fileName.isBlank()) {
            throw new ReturnRefusedException("return.fileMissing");
        }
        List<PopulationRecord> records = new ReturnRows(this::personalDataIn, this::agency)
                .check(ReturnTable.read(fileName, content));
        int expected = version == null ? exercise.version() : version;
        return transaction.execute(status -> {
            claim(exercise, expected);
            repository.replacePopulation(id, records, fileName, actor.getName());
            audit.record("record-reading-population.loaded", "record-reading-exercise", String.valueOf(id),
                    exercise.partnership(), exercise.hasPopulation() ? Map.of("file", exercise.populationFile()) : null,
                    Map.of("file", fileName, "records", records.size()));
            return records.size();
        });
    }

    /**
     * Draws the sample ({@link StratifiedSample}) from the seed given, or from one generated and recorded; returns the
     * seed. A sample is drawn once.
     */
    public long draw(long id, String seedText, Integer version, Authentication actor) {
        RecordReadingExercise exercise = exercises.get(id, actor);
        policy.requireLead(actor, exercise.partnership());
        if (exercise.sampled()) {
            throw new ExerciseRejectedException("seed", "sample.alreadyDrawn");
        }
        if (!exercise.hasPopulation()) {
            throw new ExerciseRejectedException("seed", "sample.noPopulation");
        }
        String given = seedText == null ? "" : seedText.strip();
        if (!given.isEmpty() && !SEED.matcher(given).matches()) {
            throw new ExerciseRejectedException("seed", "sample.seed.invalid");
        }
        long seed = given.isEmpty() ? 1 + Math.floorMod(seeds.nextLong(), GENERATED_SEEDS - 1) : Long.parseLong(given);
        int expected = version == null ? exercise.version() : version;
        return transaction.execute(status -> {
            claim(exercise, expected);
            List<PopulationRecord> chosen = StratifiedSample.draw(repository.population(id), PopulationRecord::category,
                    PopulationRecord::reference, RecordCategory.inOrder(), exercise.targetSize(), seed);
            int number = 0;
            for (PopulationRecord r : chosen) {
                number++;
                repository.addToSample(id, number, exercise.label(number), r.reference(), SampledRecord.How.DRAWN, null,
                        actor.getName());
            }
            repository.recordSeed(id, seed, actor.getName());
            audit.record("record-reading-sample.drawn", "record-reading-exercise", String.valueOf(id),
                    exercise.partnership(), null, Map.of("seed", seed, "records", chosen.size(),
                            "target", exercise.targetSize()));
            return seed;
        });
    }

    /** Adds a record of the population to the sample under the next label; returns the label. */
    public String add(long id, String reference, String reason, Integer version, Authentication actor) {
        RecordReadingExercise exercise = changing(id, actor);
        String ref = available(exercise, reference, "reference");
        String why = reason(reason);
        return transaction.execute(status -> {
            claim(exercise, version == null ? exercise.version() : version);
            int number = repository.lastLabelNumber(id) + 1;
            String label = exercise.label(number);
            repository.addToSample(id, number, label, ref, SampledRecord.How.ADDED, why, actor.getName());
            audit.record("record-reading-sample.added", "record-reading-exercise", String.valueOf(id),
                    exercise.partnership(), null, Map.of("label", label, "reference", ref, "reason", why));
            return label;
        });
    }

    /**
     * Swaps a sampled record for another of the population: the one swapped out keeps its label, marked as swapped
     * out; the one swapped in has the next label (labels are never given twice). Returns the new label.
     */
    public String swap(long id, String label, String reference, String reason, Integer version, Authentication actor) {
        RecordReadingExercise exercise = changing(id, actor);
        String out = label == null ? "" : label.strip();
        boolean sampled = repository.sample(id).stream().anyMatch(r -> r.inSample() && r.label().equals(out));
        if (!sampled) {
            throw new ExerciseRejectedException("label", "sample.label.unknown");
        }
        String ref = available(exercise, reference, "reference");
        String why = reason(reason);
        return transaction.execute(status -> {
            claim(exercise, version == null ? exercise.version() : version);
            int number = repository.lastLabelNumber(id) + 1;
            String in = exercise.label(number);
            repository.removeFromSample(id, out, why, in, actor.getName());
            repository.addToSample(id, number, in, ref, SampledRecord.How.SWAPPED_IN, why, actor.getName());
            audit.record("record-reading-sample.swapped", "record-reading-exercise", String.valueOf(id),
                    exercise.partnership(), Map.of("label", out), Map.of("label", in, "reference", ref, "reason", why));
            return in;
        });
    }

    /** A CSV template for a return: the header row and one example row per category. */
    public String template() {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(ReturnRows.COLUMNS);
            int n = 0;
            String[] bands = {"0-4", "5-11", "12-15", "16+"};
            for (RecordCategory c : RecordCategory.values()) {
                n++;
                printer.printRecord(String.format("REF-%04d", n), words(Agency.COUNCIL_SOCIAL_WORK.messageKey()),
                        c.words(), bands[n % bands.length]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private RecordReadingExercise changing(long id, Authentication actor) {
        RecordReadingExercise exercise = exercises.get(id, actor);
        policy.requireLead(actor, exercise.partnership());
        if (!exercise.sampled()) {
            throw new ExerciseRejectedException("reference", "sample.notDrawn");
        }
        return exercise;
    }

    private String available(RecordReadingExercise exercise, String reference, String field) {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            throw new ExerciseRejectedException(field, "sample.reference.required");
        }
        if (!repository.inPopulation(exercise.id(), ref)) {
            throw new ExerciseRejectedException(field, "sample.reference.unknown");
        }
        if (repository.sample(exercise.id()).stream().anyMatch(r -> r.inSample() && r.reference().equals(ref))) {
            throw new ExerciseRejectedException(field, "sample.reference.inSample");
        }
        return ref;
    }

    private String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ExerciseRejectedException("reason", "sample.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new ExerciseRejectedException("reason", "sample.reason.long", MAX_REASON);
        }
        List<String> kinds = personalDataIn(why);
        if (!kinds.isEmpty()) {
            throw new ExerciseRejectedException("reason", "sample.reason.personalData", String.join(", ", kinds));
        }
        return why;
    }

    private void claim(RecordReadingExercise exercise, int version) {
        if (!repository.claim(exercise.id(), version)) {
            throw new ConcurrentChangeException("record-reading exercise", exercise.title());
        }
    }

    /** The kinds of personal data in the text, in words ("CHI number, Date of birth"). */
    private List<String> personalDataIn(String text) {
        return personalData.kindsIn(text).stream().map(kind -> words("finding." + kind)).toList();
    }

    /** The agency a return names: as the app shows it ("Council social work"), or its name here (COUNCIL_SOCIAL_WORK). */
    private Optional<Agency> agency(String text) {
        String wanted = normal(text);
        Map<String, Agency> known = new HashMap<>();
        for (Agency a : Agency.values()) {
            known.put(normal(a.name()), a);
            known.put(normal(words(a.messageKey())), a);
        }
        return Optional.ofNullable(known.get(wanted));
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ");
    }

    private String words(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }
}
