package scot.triangulate.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;

/**
 * The five published source documents (../shared/seeds) uploaded as text: all are accepted; four are cleared at once,
 * and the national review is held only for its publisher's own contact block.
 */
@IntegrationTest
class PublishedDocumentsUploadTest {

    private static final String TOKEN = "Bearer demo-other-lead-token";
    private static final Path SEEDS = Path.of("../shared/seeds");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;

    private JsonNode item(String number) throws Exception {
        return json.readTree(mvc.perform(get("/api/partnerships/stirling/evidence/" + number).header("Authorization", TOKEN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode settled(String number) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            JsonNode item = item(number);
            if (!item.get("status").asText().equals("PROCESSING")) {
                return item;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(number + " was still processing");
    }

    @Test
    void fourAreClearedAndTheReviewIsHeldOnlyForItsContactBlock() throws Exception {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (String name : List.of("000_4c2f96189fe8f7c7.txt", "001_15dafd485b4f290f.txt", "002_7b1aefa83d03671c.txt",
                "003_1066120153b7f90f.txt", "004_2cab28473ed89f01.txt")) {
            byte[] content = Files.readAllBytes(SEEDS.resolve(name));
            String body = mvc.perform(multipart("/api/partnerships/stirling/evidence")
                            .file(new MockMultipartFile("file", name, "text/plain", content))
                            .param("title", "Published document " + name).param("sourceType", "DOCUMENTS")
                            .header("Authorization", TOKEN))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            numbers.put(name, json.readTree(body).get("number").asText());
        }
        for (Map.Entry<String, String> upload : numbers.entrySet()) {
            JsonNode item = settled(upload.getValue());
            if (upload.getKey().startsWith("002_")) {
                assertThat(item.get("status").asText()).isEqualTo("HELD");
                assertThat(item.get("screening").get("findings")).extracting(f -> f.get("kind").asText())
                        .containsOnly("STREET_ADDRESS", "POSTCODE", "PHONE_NUMBER");
            } else {
                assertThat(item.get("status").asText()).as(upload.getKey()).isEqualTo("CLEARED");
            }
        }
    }
}
