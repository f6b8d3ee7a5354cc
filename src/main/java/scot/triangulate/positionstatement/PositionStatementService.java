package scot.triangulate.positionstatement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.evidence.EvidenceStatus;
import scot.triangulate.evidence.ScreenedText;
import scot.triangulate.evidence.TextScreening;
import scot.triangulate.framework.Framework;
import scot.triangulate.framework.FrameworkCatalogue;
import scot.triangulate.identity.PartnershipAccess;
import scot.triangulate.partnership.PartnershipService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.shared.ConcurrentChangeException;
import scot.triangulate.shared.NotFoundException;

/**
 * A cycle's position statement: the six sections of the guidance written as Markdown, saved with optimistic
 * locking, checked before submission, submitted by a partnership lead as a frozen version, and compared across
 * versions. Who may do what is decided by the callers (members edit; leads submit).
 */
@Service
public class PositionStatementService {

    /** Far beyond 5,000 words of prose: a guard against pasted files, not a writing limit. */
    public static final int MAX_SECTION_CHARACTERS = 200_000;

    private final PositionStatementRepository repository;
    private final StatementTemplates templates;
    private final EvidenceService evidence;
    private final CoreDocuments coreDocuments;
    private final FrameworkCatalogue frameworks;
    private final AuditLog audit;
    private final TextScreening screening;
    private final PartnershipAccess access;
    private final PartnershipService partnerships;

    PositionStatementService(PositionStatementRepository repository, StatementTemplates templates, EvidenceService evidence,
            CoreDocuments coreDocuments, FrameworkCatalogue frameworks, AuditLog audit, TextScreening screening,
            PartnershipAccess access, PartnershipService partnerships) {
        this.access = access;
        this.partnerships = partnerships;
        this.screening = screening;
        this.repository = repository;
        this.templates = templates;
        this.evidence = evidence;
        this.coreDocuments = coreDocuments;
        this.frameworks = frameworks;
        this.audit = audit;
    }

    /** Whether the acting person may submit the cycle's statement: a lead, as {@link #submit}. */
    public boolean maySubmit(Cycle cycle, Authentication actor) {
        return access.canLead(actor, cycle.partnership());
    }

    public StatementTemplate template(Cycle cycle) {
        return templates.forFramework(cycle.frameworkId());
    }

    /** The current draft: every section of the structure, written or not. */
    public PositionStatement draft(Cycle cycle) {
        StatementTemplate template = template(cycle);
        Map<String, PositionStatementRepository.StoredSection> stored = repository.sections(cycle.id()).stream()
                .collect(Collectors.toMap(PositionStatementRepository.StoredSection::key, Function.identity()));
        List<Section> sections = template.sections().stream().map(s -> {
            PositionStatementRepository.StoredSection row = stored.get(s.key());
            return row == null ? new Section(s.key(), s.title(), "", 0, 0, null, null)
                    : new Section(s.key(), s.title(), row.text(), row.version(), WordCount.count(row.text()), row.updatedBy(), row.updatedAt());
        }).toList();
        return statement(cycle, template, sections, null);
    }

    private PositionStatement statement(Cycle cycle, StatementTemplate template, List<Section> sections, Submission submission) {
        return new PositionStatement(cycle.id(), cycle.partnership(), partnerships.get(cycle.partnership()).name(),
                cycle.title(), template, sections, submission);
    }

    public Section section(Cycle cycle, String key) {
        return draft(cycle).section(key).orElseThrow(() -> new NotFoundException("position statement section", key));
    }

    /**
     * Saves a section's text if nobody has saved it since {@code version} was read; otherwise nothing is written and
     * a {@link SectionConflictException} carries the newer saved text and the writer's own. No text at all (as
     * opposed to empty text) is refused: a request that forgot the text must not empty the section.
     */
    @Transactional
    public Section save(Cycle cycle, String key, String text, int version, String by) {
        Section before = section(cycle, key);
        if (text == null) {
            throw new StatementRejectedException("text", "ps.section.textMissing");
        }
        String clean = text.replace("\r\n", "\n").replace('\r', '\n');
        if (clean.length() > MAX_SECTION_CHARACTERS) {
            throw new StatementRejectedException("text", "ps.section.tooLong", MAX_SECTION_CHARACTERS);
        }
        if (version != before.version()) {
            throw new SectionConflictException(cycle.id(), before, clean);
        }
        if (clean.equals(before.text())) {
            return before;
        }
        Optional<Integer> saved = repository.save(cycle.id(), key, clean, version, by);
        if (saved.isEmpty()) {
            throw new SectionConflictException(cycle.id(), section(cycle, key), clean);
        }
        Section after = section(cycle, key);
        screening.screen(place(cycle, after), Map.of("text", clean));
        audit.record("position-statement.section-saved", "position-statement-section", cycle.id() + "/" + key,
                cycle.partnership(), state(before), state(after));
        return after;
    }

    /** What personal-data screening found in a section's saved text. */
    public ScreenedText screened(Cycle cycle, String key) {
        return screening.findings(cycle.partnership(), subject(cycle, key));
    }

    /** The submission checks on the current draft. */
    public Checks checks(Cycle cycle) {
        return checks(cycle, draft(cycle));
    }

    /**
     * Submits the current draft as a new frozen version, if it passes its checks and differs from the last version
     * submitted. Submissions of one cycle happen one at a time, so a draft submitted twice at the same moment
     * becomes one version and the other request is told it is already submitted. Only a partnership lead submits.
     */
    @Transactional
    public Submission submit(Cycle cycle, Authentication actor) {
        access.requireLead(actor, cycle.partnership(), "submits the position statement");
        String by = actor.getName();
        repository.lockDraft(cycle.id());
        PositionStatement draft = draft(cycle);
        List<Submission> earlier = submissions(cycle);
        if (!earlier.isEmpty() && !draftChangedSinceSubmission(cycle, draft)) {
            throw new AlreadySubmittedException(cycle.id(), earlier.get(earlier.size() - 1).number());
        }
        Checks checks = checks(cycle, draft);
        if (!checks.passed()) {
            throw new SubmissionRefusedException(checks.problems());
        }
        Submission submission;
        try {
            submission = repository.insertSubmission(cycle.id(), draft.template().id(), draft.wordCount(), by);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChangeException("position statement", String.valueOf(cycle.id()));
        }
        int position = 0;
        for (Section section : draft.sections()) {
            repository.insertSubmittedSection(submission.id(), position++, section.key(), section.title(), section.text());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", submission.number());
        after.put("wordCount", submission.wordCount());
        after.put("sectionVersions", draft.sections().stream().collect(Collectors.toMap(Section::key, Section::version,
                (a, b) -> a, LinkedHashMap::new)));
        audit.record("position-statement.submitted", "position-statement", String.valueOf(cycle.id()), cycle.partnership(),
                null, after);
        return submission;
    }

    public List<Submission> submissions(Cycle cycle) {
        return repository.submissions(cycle.id());
    }

    /** A version by its id: "draft" or a submitted version's number. */
    public PositionStatement version(Cycle cycle, String versionId) {
        if (versionId == null || versionId.isBlank() || PositionStatement.DRAFT.equals(versionId)) {
            return draft(cycle);
        }
        Submission submission = submissions(cycle).stream().filter(s -> String.valueOf(s.number()).equals(versionId.strip()))
                .findFirst().orElseThrow(() -> new NotFoundException("position statement version", versionId));
        List<Section> sections = repository.submittedSections(submission.id()).stream()
                .map(s -> new Section(s.key(), s.title(), s.text(), submission.number(), WordCount.count(s.text()),
                        submission.submittedBy(), submission.submittedAt()))
                .toList();
        return statement(cycle, templates.get(submission.templateId()), sections, submission);
    }

    /** Two versions section by section; a section only one of them has is compared with nothing. */
    public List<SectionComparison> compare(Cycle cycle, String from, String to) {
        PositionStatement before = version(cycle, from);
        PositionStatement after = version(cycle, to);
        List<SectionComparison> comparisons = new ArrayList<>();
        for (Section section : after.sections()) {
            String old = before.section(section.key()).map(Section::text).orElse("");
            comparisons.add(new SectionComparison(section.key(), section.title(), StatementDiff.compare(old, section.text())));
        }
        for (Section section : before.sections()) {
            if (after.section(section.key()).isEmpty()) {
                comparisons.add(new SectionComparison(section.key(), section.title(), StatementDiff.compare(section.text(), "")));
            }
        }
        return comparisons;
    }

    /**
     * Whether the cycle's current draft, as read by {@link #draft}, differs from the last submitted version (true
     * when nothing has been submitted).
     */
    public boolean draftChangedSinceSubmission(Cycle cycle, PositionStatement draft) {
        requireDraftOf(cycle, draft);
        List<Submission> submissions = submissions(cycle);
        if (submissions.isEmpty()) {
            return true;
        }
        PositionStatement last = version(cycle, String.valueOf(submissions.get(submissions.size() - 1).number()));
        return draft.sections().stream().anyMatch(s -> !last.section(s.key()).map(Section::text).orElse("").equals(s.text()));
    }

    /** Each section's text as safe HTML for a page, citations linked to the document log's pages. */
    public Map<String, String> html(PositionStatement statement, int headingOffset) {
        Function<String, Optional<String>> links = pageLinks(statement.partnership());
        Map<String, String> html = new LinkedHashMap<>();
        statement.sections().forEach(s -> html.put(s.key(), MarkdownText.html(s.text(), links, headingOffset)));
        return html;
    }

    /** Markdown as safe HTML for a page, citations linked to the document log's pages. */
    public String html(String partnership, String markdown, int headingOffset) {
        return MarkdownText.html(markdown, pageLinks(partnership), headingOffset);
    }

    private Function<String, Optional<String>> pageLinks(String partnership) {
        Map<String, EvidenceItem> log = log(partnership);
        return number -> Optional.ofNullable(log.get(number)).map(i -> "/partnerships/" + partnership + "/evidence/" + i.documentNumber());
    }

    Map<String, EvidenceItem> log(String partnership) {
        return evidence.log(partnership).stream()
                .collect(Collectors.toMap(EvidenceItem::documentNumber, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The citations in a section's saved text that cannot stand (not in the log; held, still screening or unreadable),
     * shown beside the text as soon as it is saved, not only among the submission checks.
     */
    public List<Problem> citationProblems(Cycle cycle, Section section) {
        StatementTemplate.SectionTemplate template = template(cycle).section(section.key())
                .orElseThrow(() -> new NotFoundException("position statement section", section.key()));
        Map<String, EvidenceItem> log = log(cycle.partnership());
        return SubmissionChecks.citationProblems(template, section.text(),
                number -> Optional.ofNullable(log.get(number)).map(EvidenceItem::status));
    }

    /** Every number in the partnership's document log with its screening status, for the editor's live warnings. */
    public Map<String, EvidenceStatus> citable(Cycle cycle) {
        Map<String, EvidenceStatus> statuses = new LinkedHashMap<>();
        log(cycle.partnership()).forEach((number, item) -> statuses.put(number, item.status()));
        return statuses;
    }

    /** The submission checks on the cycle's current draft, as read by {@link #draft}. */
    public Checks checks(Cycle cycle, PositionStatement draft) {
        requireDraftOf(cycle, draft);
        Framework framework = frameworks.framework(cycle.frameworkId());
        Map<String, EvidenceItem> log = log(cycle.partnership());
        Map<String, String> texts = draft.sections().stream().collect(Collectors.toMap(Section::key, Section::text));
        Map<String, Integer> counted = draft.sections().stream()
                .collect(Collectors.toMap(Section::text, Section::wordCount, (a, b) -> a));
        List<Problem> problems = SubmissionChecks.check(draft.template(), texts,
                text -> counted.computeIfAbsent(text, WordCount::count), code -> framework.indicator(code).isPresent(),
                number -> Optional.ofNullable(log.get(number)).map(EvidenceItem::status),
                coreDocuments.completeness(cycle.partnership()).all());
        List<Problem> all = new ArrayList<>(problems);
        for (TextScreening.Unresolved place : screening.unresolved(cycle.partnership(), cycle.id())) {
            all.add(new Problem(Problem.PERSONAL_DATA, "ps.problem.personalData." + place.type(),
                    List.of(place.count(), place.label()), null, null, place.link()));
        }
        return new Checks(draft.wordCount(), draft.template().wordLimit(), all);
    }

    private static void requireDraftOf(Cycle cycle, PositionStatement draft) {
        if (draft.cycleId() != cycle.id() || draft.submission() != null) {
            throw new IllegalArgumentException("not the draft of cycle " + cycle.id());
        }
    }

    private static String subject(Cycle cycle, String key) {
        return "position-statement/" + cycle.id() + "/" + key;
    }

    private static TextScreening.Place place(Cycle cycle, Section section) {
        return new TextScreening.Place(cycle.partnership(), cycle.id(), "position-statement", subject(cycle, section.key()),
                section.title(), "/partnerships/" + cycle.partnership() + "/cycles/" + cycle.id()
                        + "/position-statement/sections/" + section.key());
    }

    private static Map<String, Object> state(Section section) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", section.version());
        state.put("wordCount", section.wordCount());
        state.put("text", section.text());
        return state;
    }
}
