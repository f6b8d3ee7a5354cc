package scot.triangulate.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.triangulate.IntegrationTest;

/**
 * Importing figures through {@code POST /api/partnerships/{id}/indicator-values}: all or nothing, a row report for
 * every bad row, revisions kept, and the charts of stored figures equal to those computed from posted numbers.
 * Periods in the 1950s keep these figures apart from the demonstration data.
 */
@IntegrationTest
class IndicatorImportTest {

    private static final String LEAD = "Bearer demo-lead-token";
    private static final String OTHER_LEAD = "Bearer demo-other-lead-token";
    private static final String PARTNERSHIP = "clackmannanshire";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private IndicatorValues values;
    @Autowired
    private ObjectMapper json;

    private ResultActions upload(String token, String partnership, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/partnerships/" + partnership + "/indicator-values")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .header("Authorization", token));
    }

    private ResultActions csv(String content) throws Exception {
        return upload(LEAD, PARTNERSHIP, "figures.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodCsvIsImportedAndAChangedFigureBecomesARevision() throws Exception {
        csv("indicator,period,numerator,denominator\n"
                + "initial-assessments-10-days,1951/52,8,10\n"
                + "initial-assessments-10-days,1952/53,9,12\n"
                + "ird-count,1951-01,17,\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(3))
                .andExpect(jsonPath("$.revised").value(0));
        IndicatorValue february = values.series(PARTNERSHIP, "initial-assessments-10-days").stream()
                .filter(v -> v.period().label().equals("1952/53")).findFirst().orElseThrow();
        assertThat(february.value()).isEqualByComparingTo("75");
        assertThat(february.revision()).isEqualTo(1);

        csv("indicator,period,numerator,denominator\n"
                + "initial-assessments-10-days,1951/52,8,10\n"
                + "initial-assessments-10-days,1952-53,10,12\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.revised").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        List<IndicatorValue> history = values.revisions(PARTNERSHIP, "initial-assessments-10-days", february.period());
        assertThat(history).extracting(IndicatorValue::numerator)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal(9), new BigDecimal(10));
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryRowReported() throws Exception {
        List<IndicatorValue> before = values.series(PARTNERSHIP, "ird-to-planning-meeting");
        String body = csv("partnership,indicator,period,numerator,denominator\n"
                + "Clackmannanshire,ird-to-planning-meeting,1952-01,8,10\n"
                + "Clackmannanshire,no-such-indicator,1952-01,8,10\n"
                + "Clackmannanshire,ird-to-planning-meeting,1952-13,8,10\n"
                + "Clackmannanshire,ird-to-planning-meeting,1952-02,eight,10\n"
                + "Clackmannanshire,ird-to-planning-meeting,1952-03,11,10\n"
                + "Clackmannanshire,ird-to-planning-meeting,1952-01,7,10\n"
                + "Atlantis,ird-to-planning-meeting,1952-04,7,10\n"
                + "Stirling,ird-to-planning-meeting,1952-05,7,10\n")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems", hasSize(7)))
                .andReturn().getResponse().getContentAsString();
        JsonNode problems = json.readTree(body).get("problems");
        assertThat(problems.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(problems.get(0).get("column").asText()).isEqualTo("indicator");
        assertThat(problems.get(1).get("column").asText()).isEqualTo("period");
        assertThat(problems.get(1).get("reason").asText())
                .isEqualTo("\"1952-13\" is not a month. A month is written as its year and the month's number, like 1952-03"
                        + " for March 1952.");
        assertThat(problems.get(2).get("reason").asText()).contains("not a number");
        assertThat(problems.get(3).get("reason").asText()).contains("more than the denominator");
        assertThat(problems.get(4).get("reason").asText()).contains("row 2");
        assertThat(problems.get(5).get("reason").asText()).contains("Atlantis");
        assertThat(problems.get(6).get("reason").asText()).contains("Stirling");
        assertThat(values.series(PARTNERSHIP, "ird-to-planning-meeting")).isEqualTo(before);
    }

    @Test
    void theHeaderMustNameKnownColumns() throws Exception {
        csv("indicator,period,numerater\nird-count,1953-01,4\n")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[*].column", hasItem("numerater")));
    }

    @Test
    void aValueOnlyFileAndAnXlsxFileAreImported() throws Exception {
        csv("indicator,period,value\ninitial-assessments-10-days,1954/55,82.5\n")
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("figures");
            String[][] rows = {{"indicator", "period", "numerator", "denominator"}, {"ird-count", "1954-02", "21", ""}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            upload(LEAD, PARTNERSHIP, "figures.xlsx", out.toByteArray())
                    .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
        }
        assertThat(values.series(PARTNERSHIP, "ird-count")).anySatisfy(v -> {
            assertThat(v.period().label()).isEqualTo("1954-02");
            assertThat(v.value()).isEqualByComparingTo("21");
        });
    }

    @Test
    void filesThatAreNotWhatTheySayAreRefused() throws Exception {
        upload(LEAD, PARTNERSHIP, "figures.csv", new byte[0]).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("import.fileEmpty"));
        upload(LEAD, PARTNERSHIP, "figures.xlsx", "indicator,period\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("import.notXlsx"));
        upload(LEAD, PARTNERSHIP, "figures.csv", new byte[] {'P', 'K', 3, 4, 0, 0})
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("import.notCsv"));
        upload(LEAD, PARTNERSHIP, "figures.csv", new byte[] {'i', 'n', (byte) 0xff, (byte) 0xfe, '\n'})
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("import.notUtf8"));
        upload(LEAD, PARTNERSHIP, "figures.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5})
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("import.xlsxUnreadable"));
        upload(LEAD, PARTNERSHIP, "figures.exe", "x".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("import.fileType"));
        csv("indicator,period,numerator\n").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("import.noRows"));
        csv("indicator,period,numerator\n\"ird-count,1955-01,3\n").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("import.csvUnreadable"));
    }

    @Test
    void anotherPartnershipCannotImportHereOrReadTheCharts() throws Exception {
        upload(OTHER_LEAD, PARTNERSHIP, "figures.csv", "indicator,period,numerator\nird-count,1956-01,3\n"
                .getBytes(StandardCharsets.UTF_8)).andExpect(status().isForbidden());
        mvc.perform(get("/api/partnerships/" + PARTNERSHIP + "/indicators/ird-count/spc").header("Authorization", OTHER_LEAD))
                .andExpect(status().isForbidden());
        assertThat(values.series(PARTNERSHIP, "ird-count")).noneMatch(v -> v.period().label().equals("1956-01"));
    }

    @Test
    void storedFiguresChartAsThePostedNumbersDo() throws Exception {
        csv("indicator,period,numerator,denominator\n"
                + "cp-re-registrations,1957/58,5,40\ncp-re-registrations,1958/59,7,44\n"
                + "cp-re-registrations,1959/60,4,38\n").andExpect(status().isOk());
        for (String chart : List.of("p", "xmr", "run")) {
            List<IndicatorValue> series = values.series(PARTNERSHIP, "cp-re-registrations");
            boolean p = chart.equals("p");
            String posted = json.writeValueAsString(java.util.Map.of("chart", chart,
                    "values", series.stream().map(v -> p ? v.numerator() : v.value()).toList(),
                    "denominators", p ? series.stream().map(IndicatorValue::denominator).toList() : List.of()));
            String expected = mvc.perform(post("/api/spc").header("Authorization", LEAD)
                    .contentType(MediaType.APPLICATION_JSON).content(posted))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            String stored = mvc.perform(get("/api/partnerships/" + PARTNERSHIP + "/indicators/cp-re-registrations/spc")
                    .param("chart", chart).header("Authorization", LEAD))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(json.readTree(stored)).isEqualTo(json.readTree(expected));
        }
    }

    @Test
    void chartsOfStoredFiguresRefuseWhatTheDataCannotMake() throws Exception {
        mvc.perform(get("/api/partnerships/" + PARTNERSHIP + "/indicators/ird-count/spc").param("chart", "p")
                .header("Authorization", LEAD)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("chart"));
        mvc.perform(get("/api/partnerships/" + PARTNERSHIP + "/indicators/ird-count/spc").param("chart", "pie")
                .header("Authorization", LEAD)).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/partnerships/" + PARTNERSHIP + "/indicators/no-such/spc").header("Authorization", LEAD))
                .andExpect(status().isNotFound());
    }
}
