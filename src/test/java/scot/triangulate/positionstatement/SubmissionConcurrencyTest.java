package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.triangulate.IntegrationTest;
import scot.triangulate.evidence.CoreDocuments;
import scot.triangulate.evidence.EvidenceItem;
import scot.triangulate.evidence.EvidenceService;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/** Ten submits of one draft at the same moment, through the real HTTP port: one version, the rest told so. */
@IntegrationTest
class SubmissionConcurrencyTest {

    private static final int REQUESTS = 10;

    @LocalServerPort
    private int port;
    @Autowired
    private CycleService cycles;
    @Autowired
    private EvidenceService evidence;
    @Autowired
    private CoreDocuments coreDocuments;
    @Autowired
    private PositionStatementService statements;

    @Test
    void tenSubmitsAtOnceMakeOneVersionAndTheOthersAreConflictsWithTheDraftKept() throws Exception {
        Cycle cycle = PositionStatementTestData.cycle(cycles, "clackmannanshire");
        EvidenceItem cited = PositionStatementTestData.link(evidence, "clackmannanshire", "Published plan " + PositionStatementTestData.unique());
        PositionStatementTestData.completeCoreDocuments(coreDocuments, "clackmannanshire");
        Map<String, String> texts = PositionStatementTestData.passingSections(cited.documentNumber());
        texts.forEach((key, text) -> statements.save(cycle, key, text, 0, "demo-lead"));

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest submit = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cycles/" + cycle.id()
                + "/position-statement/submit")).header("Authorization", "Bearer demo-lead-token")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(() -> {
                    start.await();
                    return client.send(submit, HttpResponse.BodyHandlers.ofString());
                });
            }
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                futures.add(pool.submit(request));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(HttpResponse::statusCode).filteredOn(s -> s == 201).hasSize(1);
        assertThat(answers).extracting(HttpResponse::statusCode).filteredOn(s -> s != 201).hasSize(REQUESTS - 1)
                .allMatch(s -> s == 409);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409).allSatisfy(a -> {
            assertThat(a.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(a.body()).contains("\"code\":\"already-submitted\"", "\"version\":1");
        });
        assertThat(statements.submissions(cycle)).hasSize(1).allMatch(s -> s.number() == 1);
        PositionStatement draft = statements.draft(cycle);
        texts.forEach((key, text) -> assertThat(draft.section(key).orElseThrow().text()).isEqualTo(text));
        assertThat(statements.version(cycle, "1").sections()).extracting(Section::text).containsExactlyElementsOf(texts.values());
    }
}
