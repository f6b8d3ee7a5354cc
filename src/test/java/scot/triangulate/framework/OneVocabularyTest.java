package scot.triangulate.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.identity.AccountService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/**
 * One vocabulary: the six-point scale is one type, the same as its published definition; a cycle is scoped from
 * its own framework's file; the framework in use is configuration, and no framework id is written in code.
 */
@IntegrationTest
class OneVocabularyTest {

    private static final Pattern FILE_ID = Pattern.compile("(?m)^id:\\s*\"([^\"]+)\"");

    @Autowired
    private FrameworkCatalogue catalogue;
    @Autowired
    private FrameworkRepository repository;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private AuditLog audit;
    @Autowired
    private MessageSource messages;
    @Autowired
    private CycleService cycles;
    @Autowired
    private AccountService accounts;

    @Test
    void theSixPointScaleTypeIsThePublishedScale() {
        EvaluationScale published = catalogue.scale("six-point");
        assertThat(published.levels()).extracting(EvaluationScale.Level::value)
                .containsExactlyElementsOf(Arrays.stream(SixPointScale.descending()).map(SixPointScale::value).toList());
        for (EvaluationScale.Level level : published.levels()) {
            SixPointScale grade = SixPointScale.of(level.value()).orElseThrow();
            assertThat(messages.getMessage(grade.messageKey(), null, Locale.UK)).isEqualTo(level.name());
        }
        assertThat(SixPointScale.of(0)).isEmpty();
        assertThat(SixPointScale.of(7)).isEmpty();
    }

    @Test
    void aCycleIsScopedFromItsOwnFrameworksFocusIndicators() {
        var lead = accounts.actingAs("demo-lead");
        // The QIF 2012 and 2018 mark different indicators as the inspection's focus, some with the same codes.
        Cycle on2012 = cycles.start("clackmannanshire", "qif-2012", "Scoped from 2012 " + System.nanoTime(),
                LocalDate.now().plusMonths(2), List.of(), PerspectiveKind.AGENCY, lead);
        assertThat(on2012.frameworkId()).isEqualTo("qif-2012");
        assertThat(on2012.indicators()).containsExactly("1.1", "2.1", "2.2", "5.1", "5.2", "5.3", "6.2", "6.3", "9.4");
        Cycle current = cycles.start("clackmannanshire", null, "Scoped from the framework in use " + System.nanoTime(),
                LocalDate.now().plusMonths(2), List.of(), PerspectiveKind.AGENCY, lead);
        assertThat(current.frameworkId()).isEqualTo(catalogue.current().id()).isEqualTo("qif-2018");
        assertThat(current.indicators()).containsExactly("2.1", "2.2", "5.1", "5.2", "5.3", "5.4", "6.2", "6.4", "8.1", "9.2", "10");
    }

    @Test
    void aFrameworkInUseThatTheCatalogueDoesNotHoldStopsTheStartWithItsName() {
        FrameworkCatalogue misconfigured = new FrameworkCatalogue(repository, json, audit, "qif-2031");
        assertThatThrownBy(misconfigured::checkCurrent).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("triangulate.frameworks.current is 'qif-2031'").hasMessageContaining("qif-2018");
    }

    @Test
    void noFrameworkIdIsWrittenInCodeOutsideTheDemoData() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/frameworks"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher id = FILE_ID.matcher(Files.readString(file));
                assertThat(id.find()).as(file.toString()).isTrue();
                ids.add(id.group(1));
            }
        }
        assertThat(ids).contains("qif-2018", "qif-2012", "cib-good-2013");
        List<String> written = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(Path.of("src/main/java/scot/triangulate/demo"))).toList()) {
                String code = Files.readString(source);
                ids.stream().filter(id -> code.contains("\"" + id + "\"")).forEach(id -> written.add(source + ": " + id));
            }
        }
        assertThat(written).isEmpty();
    }
}
