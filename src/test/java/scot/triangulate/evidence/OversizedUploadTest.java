package scot.triangulate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.triangulate.IntegrationTest;

/**
 * An upload over 50 MB is cut off before any controller sees it (Tomcat's multipart limit). Through the real HTTP
 * port, as a browser sends it, the person gets the form they used back with the reason, never a JSON document.
 */
@IntegrationTest
class OversizedUploadTest {

    private static final int OVER_THE_LIMIT = (int) UploadInspector.MAX_BYTES + 1024;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    private HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(get("/login"));
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo-lead&password=triangulate-demo&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Document get(String path) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static String csrf(Document page) {
        return page.select("input[name=_csrf]").first().attr("value");
    }

    private HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileName, int fileSize)
            throws IOException, InterruptedException {
        String boundary = "----upload" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileSize + 4096);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[fileSize]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long logSize() {
        return jdbc.sql("select count(*) from evidence_item where partnership = 'clackmannanshire'").query(Long.class).single();
    }

    @Test
    void addingAFileOverTheLimitShowsTheFormWithItsError() throws Exception {
        long before = logSize();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(get("/partnerships/clackmannanshire/evidence/new")));
        fields.put("kind", "FILE");
        fields.put("title", "Annual report");
        fields.put("sourceType", "DOCUMENTS");
        HttpResponse<String> answer = postMultipart("/partnerships/clackmannanshire/evidence", fields, "annual-report.pdf",
                OVER_THE_LIMIT);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo("Add evidence");
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file]")).hasSize(1);
        assertThat(page.select("#file-error").text()).contains("The file is larger than 50 MB. Nothing was stored.");
        assertThat(page.select(".ds_error-summary").text()).contains("The file is larger than 50 MB");
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void aNewVersionOverTheLimitGoesBackToTheItemsUploadFormWithItsError() throws Exception {
        Map<String, String> fields = Map.of("_csrf", csrf(get("/partnerships/clackmannanshire/evidence/D001")));
        HttpResponse<String> answer = postMultipart("/partnerships/clackmannanshire/evidence/D001/versions", fields,
                "annual-report-v2.pdf", OVER_THE_LIMIT);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/partnerships/clackmannanshire/evidence/D001#new-version");
        Document item = get("/partnerships/clackmannanshire/evidence/D001");
        assertThat(item.select("#error-summary").text()).contains("The file is larger than 50 MB. Nothing was stored.");
    }

    @Test
    void someoneNotSignedInIsNotShownTheFormAndTheApiAnswersAProblem() throws Exception {
        browser = HttpClient.newHttpClient();
        HttpResponse<String> page = postMultipart("/partnerships/clackmannanshire/evidence", Map.of("title", "Report"),
                "report.pdf", OVER_THE_LIMIT);
        // Sent to sign in, or told the file is too large: never shown the partnership's form.
        assertThat(page.statusCode()).isIn(302, 413);
        assertThat(page.body()).doesNotContain("Add evidence");

        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(uri("/api/partnerships/clackmannanshire/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=x").header("Authorization", "Bearer demo-lead-token")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody("x", OVER_THE_LIMIT))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static byte[] multipartBody(String boundary, int fileSize) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileSize + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[fileSize]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
