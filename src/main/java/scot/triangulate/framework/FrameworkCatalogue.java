package scot.triangulate.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.shared.NotFoundException;

/**
 * The quality frameworks and evaluation scales Triangulate knows, as data. Framework files are the
 * record; this service holds each one in PostgreSQL, whole and as searchable passages.
 */
@Service
public class FrameworkCatalogue {

    private static final int SEARCH_LIMIT = 50;

    private final FrameworkRepository repository;
    private final FrameworkFileReader reader = new FrameworkFileReader();
    private final ObjectMapper json;
    private final AuditLog audit;
    /**
     * Parsed frameworks by id. A framework's content never changes under its id while running (imports need a
     * new id), so the stored checksum is checked again only every {@link #RECHECK}, in case another instance
     * started with a newer built-in file.
     */
    private final Map<String, Cached> parsed = new ConcurrentHashMap<>();
    private static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(30);

    private record Cached(String checksum, Framework framework, java.time.Instant checkedAt) {
    }

    /**
     * The catalogue's version as last read, read again from the database at most every {@link #VERSION_RECHECK}
     * (another instance's import shows within that) and at once after this instance stores a framework or scale.
     */
    private volatile Version version;
    private static final java.time.Duration VERSION_RECHECK = java.time.Duration.ofSeconds(5);

    private record Version(String value, java.time.Instant readAt) {
    }

    private final String currentId;

    FrameworkCatalogue(FrameworkRepository repository, ObjectMapper json, AuditLog audit,
            @org.springframework.beans.factory.annotation.Value("${triangulate.frameworks.current}") String currentId) {
        this.currentId = currentId;
        this.repository = repository;
        this.json = json;
        this.audit = audit;
    }

    /**
     * The framework in use ({@code triangulate.frameworks.current}): new cycles are evaluated against it unless another
     * is chosen, evidence is tagged with its indicators and performance indicators link to them.
     */
    public Framework current() {
        return framework(currentId);
    }

    /** Stops the start with a clear message when the configured framework in use is not in the catalogue. */
    void checkCurrent() {
        if (repository.checksum(currentId).isEmpty()) {
            throw new IllegalStateException("triangulate.frameworks.current is '" + currentId
                    + "', which is not a framework Triangulate holds; set it to one of " + frameworks().stream()
                    .map(FrameworkSummary::id).toList());
        }
    }

    public List<FrameworkSummary> frameworks() {
        return repository.summaries().stream()
                .map(s -> new FrameworkSummary(s.id(), s.title(), s.version(), s.publisher(), s.builtIn()))
                .toList();
    }

    /**
     * A digest of every framework and scale stored: what the framework pages are rendered from, so it names the
     * version of every page and changes when an administrator imports a framework.
     */
    public String version() {
        java.time.Instant now = java.time.Instant.now();
        Version known = version;
        if (known != null && known.readAt().plus(VERSION_RECHECK).isAfter(now)) {
            return known.value();
        }
        String value = repository.version();
        if (known != null && !known.value().equals(value)) {
            parsed.clear();
        }
        version = new Version(value, now);
        return value;
    }

    public FrameworkSummary summary(String id) {
        return frameworks().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("framework", id));
    }

    public Framework framework(String id) {
        java.time.Instant now = java.time.Instant.now();
        Cached cached = parsed.get(id);
        if (cached != null && cached.checkedAt().plus(RECHECK).isAfter(now)) {
            return cached.framework();
        }
        String checksum = repository.checksum(id).orElseThrow(() -> new NotFoundException("framework", id));
        if (cached != null && cached.checksum().equals(checksum)) {
            parsed.put(id, new Cached(checksum, cached.framework(), now));
            return cached.framework();
        }
        FrameworkRepository.Stored stored = repository.stored(id).orElseThrow(() -> new NotFoundException("framework", id));
        Framework framework = fromJson(stored.document(), Framework.class);
        parsed.put(id, new Cached(stored.checksum(), framework, now));
        return framework;
    }

    public Framework.Indicator indicator(String frameworkId, String code) {
        return framework(frameworkId).indicator(code)
                .orElseThrow(() -> new NotFoundException("quality indicator", frameworkId + " " + code));
    }

    public List<EvaluationScale> scales() {
        return repository.scaleDocuments().stream().map(d -> fromJson(d, EvaluationScale.class)).toList();
    }

    public EvaluationScale scale(String id) {
        return scales().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("evaluation scale", id));
    }

    public List<FrameworkSearchResult> search(String query, String frameworkId) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Map<String, Framework> frameworks = new ConcurrentHashMap<>();
        return repository.search(query.strip(), blankToNull(frameworkId), SEARCH_LIMIT).stream()
                .map(match -> {
                    Framework framework = frameworks.computeIfAbsent(match.frameworkId(), this::framework);
                    return new FrameworkSearchResult(match.frameworkId(), match.frameworkTitle(), kind(framework, match), match.indicatorCode(),
                            match.keyAreaCode(), heading(framework, match), match.part(), highlight(match.headline()));
                })
                .toList();
    }

    public FrameworkComparison compare(String fromId, String toId) {
        Framework from = framework(fromId);
        Framework to = framework(toId);
        Map<String, Framework.Indicator> before = from.indicators().stream()
                .collect(Collectors.toMap(Framework.Indicator::code, Function.identity()));
        Map<String, Framework.Indicator> after = to.indicators().stream()
                .collect(Collectors.toMap(Framework.Indicator::code, Function.identity()));
        List<Framework.Indicator> added = to.indicators().stream().filter(i -> !before.containsKey(i.code())).toList();
        List<Framework.Indicator> removed = from.indicators().stream().filter(i -> !after.containsKey(i.code())).toList();
        List<FrameworkComparison.Renamed> renamed = to.indicators().stream()
                .filter(i -> before.containsKey(i.code()))
                .filter(i -> !sameTitle(before.get(i.code()).title(), i.title()))
                .map(i -> new FrameworkComparison.Renamed(i.code(), before.get(i.code()).title(), i.title()))
                .toList();
        int unchanged = (int) to.indicators().stream().filter(i -> before.containsKey(i.code())).count() - renamed.size();
        return new FrameworkComparison(summary(fromId), summary(toId), added, removed, renamed, unchanged);
    }

    /** Imports an administrator's framework file; a file whose id is already taken is refused, never merged. */
    @Transactional
    public Framework importFramework(String fileName, byte[] content, String importedBy) {
        Framework framework = reader.readFramework(fileName, content, scaleIds());
        if (repository.exists(framework.id())) {
            throw new InvalidFrameworkException(fileName, List.of("id: a framework with id '" + framework.id()
                    + "' already exists; give a new version its own id"));
        }
        store(framework, false, importedBy);
        audit.record("framework.imported", "framework", framework.id(), null, null,
                Map.of("id", framework.id(), "title", framework.title(), "version", framework.version(),
                        "indicators", framework.indicators().size()));
        return framework;
    }

    /** Stores a built-in file read at start-up, replacing the stored copy only when the file changed. */
    @Transactional
    void storeBuiltIn(Framework framework) {
        String document = toJson(framework);
        if (repository.checksum(framework.id()).map(sha256(document)::equals).orElse(false)) {
            return;
        }
        store(framework, true, null);
    }

    @Transactional
    void storeScale(EvaluationScale scale) {
        repository.saveScale(scale.id(), toJson(scale));
        readVersionAgainAfterCommit();
    }

    Set<String> scaleIds() {
        return scales().stream().map(EvaluationScale::id).collect(Collectors.toSet());
    }

    FrameworkFileReader reader() {
        return reader;
    }

    private void store(Framework framework, boolean builtIn, String importedBy) {
        String document = toJson(framework);
        repository.save(framework, sha256(document), document, builtIn, importedBy);
        repository.savePassages(FrameworkPassages.of(framework));
        readVersionAgainAfterCommit();
    }

    private void readVersionAgainAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            version = null;
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                version = null;
            }
        });
    }

    private static String heading(Framework framework, FrameworkRepository.Match match) {
        if (match.indicatorCode() != null) {
            return framework.indicator(match.indicatorCode()).map(i -> i.code() + " " + i.title())
                    .or(() -> framework.wellbeingIndicators().stream()
                            .filter(w -> w.code().equals(match.indicatorCode())).findFirst().map(Framework.WellbeingIndicator::title))
                    .orElse(match.indicatorCode());
        }
        if (match.keyAreaCode() != null) {
            return framework.keyArea(match.keyAreaCode()).map(k -> k.code() + " " + k.title()).orElse(match.keyAreaCode());
        }
        return framework.title();
    }

    private static FrameworkSearchResult.Kind kind(Framework framework, FrameworkRepository.Match match) {
        if (match.indicatorCode() != null) {
            return framework.indicator(match.indicatorCode()).isPresent()
                    ? FrameworkSearchResult.Kind.INDICATOR : FrameworkSearchResult.Kind.WELLBEING_INDICATOR;
        }
        return match.keyAreaCode() != null ? FrameworkSearchResult.Kind.KEY_AREA : FrameworkSearchResult.Kind.FRAMEWORK;
    }

    /** Escapes the headline, then marks the words PostgreSQL matched (between U+E000 and U+E001). */
    static String highlight(String headline) {
        return HtmlUtils.htmlEscape(headline).replace("\uE000", "<mark>").replace("\uE001", "</mark>");
    }

    private static boolean sameTitle(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String document, Class<T> type) {
        try {
            return json.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored framework data cannot be read", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
