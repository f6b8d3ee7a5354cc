package scot.triangulate.performance.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.triangulate.IntegrationTest;

/** POST /api/spc end to end: any signed-in user, charts computed and nothing stored, bad input as 422. */
@IntegrationTest
class SpcApiTest {

    static final String LEAD = "Bearer demo-lead-token";
    // NHSRplotthedots test-ptd_spc_standard.R: set.seed(123); rnorm(20) with y[15] <- 10 (see XmrChartTest).
    static final String OUTLIER_SERIES = "[-0.56047565,-0.23017749,1.55870831,0.07050839,0.12928774,1.71506499,"
            + "0.46091621,-1.26506123,-0.68685285,-0.44566197,1.22408180,0.35981383,0.40077145,0.11068272,10,"
            + "1.78691314,0.49785048,-1.96661716,0.70135590,-0.47279141]";

    @Autowired
    private MockMvc mvc;

    private ResultActions spc(String json) throws Exception {
        return mvc.perform(post("/api/spc").header("Authorization", LEAD)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void nobodySignedInIsAskedToSignIn() throws Exception {
        mvc.perform(post("/api/spc").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"chart\":\"run\",\"values\":[1,2,3]}")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/spc").header("Authorization", "Bearer not-a-token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"chart\":\"run\",\"values\":[1,2,3]}")).andExpect(status().isUnauthorized());
    }

    @Test
    void anXmrChartWithScreenedMovingRanges() throws Exception {
        // Expected mean and limits: NHSRplotthedots tests/testthat/_snaps/ptd_spc_standard.md, r2.
        spc("{\"chart\":\"xmr\",\"values\":" + OUTLIER_SERIES + ",\"options\":{\"screenMovingRanges\":true}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centre", hasSize(20)))
                .andExpect(jsonPath("$.centre[19]", closeTo(0.6694159, 5e-6), Double.class))
                .andExpect(jsonPath("$.lcl[0]", closeTo(-2.383666, 5e-6), Double.class))
                .andExpect(jsonPath("$.ucl[19]", closeTo(3.722497, 5e-6), Double.class))
                .andExpect(jsonPath("$.signals[?(@.index == 14)].rule", hasItem("OUTSIDE_LIMITS")))
                .andExpect(jsonPath("$.longestRunLimit").isNumber())
                .andExpect(jsonPath("$.crossingsLimit").isNumber());
    }

    @Test
    void anXmrChartWithoutScreeningByDefault() throws Exception {
        // NHSRplotthedots _snaps/ptd_spc_standard.md, r3 (screen_outliers = FALSE).
        spc("{\"chart\":\"xmr\",\"values\":" + OUTLIER_SERIES + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ucl[0]", closeTo(5.935457, 5e-6), Double.class));
    }

    @Test
    void aRunChartHasNoLimits() throws Exception {
        // 1..12 around its median 6.5: 1 crossing, fewer than 3 for n = 12 (see RunChartTest).
        spc("{\"chart\":\"run\",\"values\":[1,2,3,4,5,6,7,8,9,10,11,12]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centre[0]").value(6.5))
                .andExpect(jsonPath("$.lcl", hasSize(12)))
                .andExpect(jsonPath("$.lcl[0]").value(nullValue()))
                .andExpect(jsonPath("$.ucl[11]").value(nullValue()))
                .andExpect(jsonPath("$.crossings").value(1))
                .andExpect(jsonPath("$.crossingsLimit").value(3))
                .andExpect(jsonPath("$.longestRun").value(6))
                .andExpect(jsonPath("$.longestRunLimit").value(7))
                .andExpect(jsonPath("$.signals", hasSize(12)))
                .andExpect(jsonPath("$.signals[0].rule").value("FEW_CROSSINGS"));
    }

    @Test
    void aPChartWithABaseline() throws Exception {
        // Baseline 0..3: p = 4 / 40 = 0.1, UCL 0.384605 for n = 10; point 4 (0.5) is above it.
        spc("{\"chart\":\"p\",\"values\":[1,1,1,1,5],\"denominators\":[10,10,10,10,10],\"baseline\":{\"from\":0,\"to\":3}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centre[4]", closeTo(0.1, 1e-12), Double.class))
                .andExpect(jsonPath("$.ucl[4]", closeTo(0.384605, 1e-6), Double.class))
                .andExpect(jsonPath("$.lcl[4]").value(0.0))
                .andExpect(jsonPath("$.signals[?(@.index == 4)].rule", hasItem("OUTSIDE_LIMITS")));
    }

    @Test
    void aUChart() throws Exception {
        // Dyed cloth (see RateChartTest): u = 153 / 107.5 = 1.4232558.
        spc("{\"chart\":\"u\",\"values\":[14,12,20,11,7,10,21,16,19,23],"
                + "\"denominators\":[10,8,13,10,9.5,10,12,10.5,12,12.5]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.centre[0]", closeTo(1.4232558, 1e-7), Double.class))
                .andExpect(jsonPath("$.ucl[1]", closeTo(2.6886264, 1e-7), Double.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown chart | {\"chart\":\"pie\",\"values\":[1,2]} | chart",
        "no chart | {\"values\":[1,2]} | chart",
        "no values | {\"chart\":\"run\"} | values",
        "empty values | {\"chart\":\"run\",\"values\":[]} | values",
        "a null value | {\"chart\":\"xmr\",\"values\":[1,null,3]} | values[1]",
        "an infinite value | {\"chart\":\"xmr\",\"values\":[1,2,1e999]} | values[2]",
        "a value that is not a number | {\"chart\":\"xmr\",\"values\":[1,\"two\",3]} | values[1]",
        "missing denominators | {\"chart\":\"p\",\"values\":[1,2]} | denominators",
        "mismatched denominators | {\"chart\":\"u\",\"values\":[1,2],\"denominators\":[3]} | denominators",
        "a zero denominator | {\"chart\":\"u\",\"values\":[1,2],\"denominators\":[3,0]} | denominators[1]",
        "a negative denominator | {\"chart\":\"p\",\"values\":[1,2],\"denominators\":[-3,4]} | denominators[0]",
        "numerator over denominator | {\"chart\":\"p\",\"values\":[1,5],\"denominators\":[3,4]} | values[1]",
        "a negative count | {\"chart\":\"u\",\"values\":[-1,5],\"denominators\":[3,4]} | values[0]",
        "denominators on an XmR chart | {\"chart\":\"xmr\",\"values\":[1,5],\"denominators\":[3,4]} | denominators",
        "baseline past the end | {\"chart\":\"xmr\",\"values\":[1,2,3],\"baseline\":{\"from\":0,\"to\":3}} | baseline",
        "baseline before the start | {\"chart\":\"run\",\"values\":[1,2,3],\"baseline\":{\"from\":-1,\"to\":1}} | baseline",
        "baseline backwards | {\"chart\":\"run\",\"values\":[1,2,3],\"baseline\":{\"from\":2,\"to\":1}} | baseline",
        "baseline of one point | {\"chart\":\"xmr\",\"values\":[1,2,3],\"baseline\":{\"from\":1,\"to\":1}} | baseline",
        "baseline without an end | {\"chart\":\"xmr\",\"values\":[1,2,3],\"baseline\":{\"from\":1}} | baseline",
        "a single point | {\"chart\":\"xmr\",\"values\":[1]} | values",
        "a shift of five | {\"chart\":\"xmr\",\"values\":[1,2,3],\"options\":{\"shiftLength\":5}} | options.shiftLength",
        "a trend of nine | {\"chart\":\"xmr\",\"values\":[1,2,3],\"options\":{\"trendLength\":9}} | options.trendLength",
        "not JSON | {\"chart\": | body",
    })
    void badInputIsUnprocessableAndNamesTheField(String problem, String json, String field) throws Exception {
        spc(json).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void moreThanTenThousandPointsAreRefused() throws Exception {
        String values = String.join(",", Collections.nCopies(10_001, "1"));
        spc("{\"chart\":\"run\",\"values\":[" + values + "]}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("values"));
        String allowed = String.join(",", Collections.nCopies(10_000, "1"));
        spc("{\"chart\":\"run\",\"values\":[" + allowed + "]}").andExpect(status().isOk());
    }
}
