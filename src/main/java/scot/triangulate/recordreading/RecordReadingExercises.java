package scot.triangulate.recordreading;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.identity.PartnershipResources;
import scot.triangulate.partnership.PartnershipCycles;
import scot.triangulate.shared.NotFoundException;

/**
 * A partnership's record-reading exercises: created by its leads for one of its self-evaluation cycles, read by its
 * members. Another partnership's exercise is not found, exactly as one that does not exist.
 */
@Service
public class RecordReadingExercises implements PartnershipResources {

    static final int MAX_TITLE = 200;
    /** Reading days are a few days, or a few weeks at most: the span a lead may give. */
    static final int MAX_READING_DAYS = 62;

    private final ExerciseRepository repository;
    private final RecordReadingPolicy policy;
    private final List<PartnershipCycles> cycles;
    private final AuditLog audit;

    RecordReadingExercises(ExerciseRepository repository, RecordReadingPolicy policy, List<PartnershipCycles> cycles,
            AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.cycles = cycles;
        this.audit = audit;
    }

    public List<RecordReadingExercise> exercises(String partnership, Authentication actor) {
        if (!policy.mayRead(actor, partnership)) {
            throw new AccessDeniedException("Only the partnership's members see its record reading");
        }
        return repository.forPartnership(partnership);
    }

    /** The partnership's cycles an exercise may serve. */
    public List<PartnershipCycles.CycleChoice> cycles(String partnership, Authentication actor) {
        if (!policy.mayRead(actor, partnership)) {
            throw new AccessDeniedException("Only the partnership's members see its record reading");
        }
        List<PartnershipCycles.CycleChoice> choices = new ArrayList<>();
        cycles.forEach(port -> choices.addAll(port.cycles(partnership)));
        return choices;
    }

    public boolean mayRun(String partnership, Authentication actor) {
        return policy.mayRun(actor, partnership);
    }

    @Transactional
    public RecordReadingExercise create(String partnership, NewExercise exercise, Authentication actor) {
        policy.requireLead(actor, partnership);
        String title = exercise.title() == null ? "" : exercise.title().strip();
        if (title.isEmpty()) {
            throw new ExerciseRejectedException("title", "exercise.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw new ExerciseRejectedException("title", "exercise.title.long", MAX_TITLE);
        }
        if (exercise.firstReadingDay() == null) {
            throw new ExerciseRejectedException("firstReadingDay", "exercise.firstReadingDay.required");
        }
        if (exercise.lastReadingDay() == null) {
            throw new ExerciseRejectedException("lastReadingDay", "exercise.lastReadingDay.required");
        }
        if (exercise.lastReadingDay().isBefore(exercise.firstReadingDay())) {
            throw new ExerciseRejectedException("lastReadingDay", "exercise.lastReadingDay.beforeFirst");
        }
        if (ChronoUnit.DAYS.between(exercise.firstReadingDay(), exercise.lastReadingDay()) + 1 > MAX_READING_DAYS) {
            throw new ExerciseRejectedException("lastReadingDay", "exercise.readingDays.long", MAX_READING_DAYS);
        }
        if (exercise.targetSize() < 1 || exercise.targetSize() > 500) {
            throw new ExerciseRejectedException("targetSize", "exercise.targetSize.range");
        }
        boolean ownCycle = cycles(partnership, actor).stream().anyMatch(c -> c.id() == exercise.cycleId());
        if (!ownCycle) {
            throw new ExerciseRejectedException("cycleId", "exercise.cycle.unknown");
        }
        NewExercise checked = new NewExercise(exercise.cycleId(), title, exercise.firstReadingDay(),
                exercise.lastReadingDay(), exercise.targetSize());
        long id = repository.insert(partnership, checked, actor.getName());
        audit.record("record-reading-exercise.created", "record-reading-exercise", String.valueOf(id), partnership, null,
                checked);
        return repository.find(id).orElseThrow();
    }

    /** The exercise, if it is this partnership's and the acting person may see it; otherwise not found. */
    public RecordReadingExercise get(String partnership, long id, Authentication actor) {
        return repository.find(id).filter(e -> e.partnership().equals(partnership))
                .filter(e -> policy.mayRead(actor, e.partnership()))
                .orElseThrow(() -> new NotFoundException("record-reading exercise", String.valueOf(id)));
    }

    /** The exercise, if the acting person may see its partnership; another partnership's is not found. */
    public RecordReadingExercise get(long id, Authentication actor) {
        return repository.find(id).filter(e -> policy.mayRead(actor, e.partnership()))
                .orElseThrow(() -> new NotFoundException("record-reading exercise", String.valueOf(id)));
    }

    /** The exercise with its population by category and its sample. */
    public ExerciseDetails details(long id, Authentication actor) {
        RecordReadingExercise exercise = get(id, actor);
        List<PopulationRecord> population = repository.population(id);
        List<SampledRecord> all = repository.sample(id);
        List<SampledRecord> sample = all.stream().filter(SampledRecord::inSample).toList();
        Map<RecordCategory, int[]> counts = new EnumMap<>(RecordCategory.class);
        for (RecordCategory c : RecordCategory.values()) {
            counts.put(c, new int[2]);
        }
        population.forEach(r -> counts.get(r.category())[0]++);
        sample.forEach(r -> counts.get(r.category())[1]++);
        List<ExerciseDetails.CategoryCount> byCategory = new ArrayList<>();
        counts.forEach((c, n) -> byCategory.add(new ExerciseDetails.CategoryCount(c, n[0], n[1])));
        return new ExerciseDetails(exercise, byCategory, population.size(), sample,
                all.stream().filter(r -> !r.inSample()).toList());
    }

    /** The population's records not in the sample, which a lead may add or swap in. */
    public List<PopulationRecord> notSampled(long id, Authentication actor) {
        get(id, actor);
        var sampled = repository.sample(id).stream().filter(SampledRecord::inSample).map(SampledRecord::reference)
                .collect(java.util.stream.Collectors.toSet());
        return repository.population(id).stream().filter(r -> !sampled.contains(r.reference())).toList();
    }

    @Override
    public String type() {
        return "record-reading/exercises";
    }

    @Override
    public Optional<String> partnershipOf(long id) {
        return repository.partnershipOf(id);
    }
}
