package scot.triangulate.recordreading.web;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.triangulate.IntegrationTest;

/** POST /api/agreement end to end: any signed-in user, statistics computed and nothing stored, bad input refused. */
@IntegrationTest
class AgreementApiTest {

    static final String LEAD = "Bearer demo-lead-token";
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 12 units (records) × 4 observers
    // (readers), missing data as null (see KrippendorffsAlphaTest). Published α: nominal 0.743, ordinal 0.815,
    // interval 0.849.
    static final String KRIPPENDORFF_2011 = "[[1,1,null,1],[2,2,3,2],[3,3,3,3],[3,3,3,3],[2,2,2,2],[1,2,3,4],"
            + "[4,4,4,4],[1,1,2,1],[2,2,2,2],[null,5,5,5],[null,null,1,1],[null,3,null,null]]";
    static final String SIX_POINT = "\"scale\":{\"min\":1,\"max\":6}";

    @Autowired
    private MockMvc mvc;

    private ResultActions agreement(String json) throws Exception {
        return mvc.perform(post("/api/agreement").header("Authorization", LEAD)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void nobodySignedInIsAskedToSignIn() throws Exception {
        String body = "{\"ratings\":[[1,2],[2,2]]," + SIX_POINT + "}";
        mvc.perform(post("/api/agreement").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/api/agreement").header("Authorization", "Bearer not-a-token")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void krippendorffsWorkedExampleGivesThePublishedAlphas() throws Exception {
        agreement("{\"ratings\":" + KRIPPENDORFF_2011 + "," + SIX_POINT + "}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.records").value(12))
                .andExpect(jsonPath("$.readers").value(4))
                .andExpect(jsonPath("$.complete").value(8))
                .andExpect(jsonPath("$.pairable").value(11))
                .andExpect(jsonPath("$.krippendorff.nominal", closeTo(0.743, 0.0005), Double.class))
                .andExpect(jsonPath("$.krippendorff.ordinal", closeTo(0.815, 0.0005), Double.class))
                .andExpect(jsonPath("$.krippendorff.interval", closeTo(0.849, 0.0005), Double.class))
                // Units 2-9 were read by all four: all agree on 5 of them, unit 6 (1, 2, 3, 4) alone spreads wider.
                .andExpect(jsonPath("$.exact", closeTo(0.625, 1e-12), Double.class))
                .andExpect(jsonPath("$.withinOne", closeTo(0.875, 1e-12), Double.class))
                .andExpect(jsonPath("$.fleiss").isNumber())
                .andExpect(jsonPath("$.cohen").value(nullValue()))
                .andExpect(jsonPath("$.notes[*].about", hasItems("ratings", "cohen")))
                .andExpect(jsonPath("$.notes[?(@.about == 'cohen')].code", hasItem("agreement.note.NOT_TWO_READERS")))
                .andExpect(jsonPath("$.notes[?(@.about == 'cohen')].message",
                        hasItem("Cohen's kappa compares exactly two readers; there are 4.")));
    }

    @Test
    void twoReadersGetCohensKappas() throws Exception {
        // (1,1) (2,2) (5,5) (1,2) (2,5) (5,5) on the six-point scale: linear 11/17, quadratic 41/56 (CohensKappaTest).
        agreement("{\"ratings\":[[1,1],[2,2],[5,5],[1,2],[2,5],[5,5]]," + SIX_POINT + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohen.linear", closeTo(11.0 / 17, 1e-12), Double.class))
                .andExpect(jsonPath("$.cohen.quadratic", closeTo(41.0 / 56, 1e-12), Double.class))
                .andExpect(jsonPath("$.cohen.unweighted").isNumber())
                .andExpect(jsonPath("$.notes", hasSize(0)));
    }

    @Test
    void oneGradeThroughoutLeavesTheKappasAndAlphasNullWithAReason() throws Exception {
        agreement("{\"ratings\":[[4,4],[4,4],[4,null]]," + SIX_POINT + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exact").value(1.0))
                .andExpect(jsonPath("$.fleiss").value(nullValue()))
                .andExpect(jsonPath("$.cohen.linear").value(nullValue()))
                .andExpect(jsonPath("$.krippendorff.ordinal").value(nullValue()))
                .andExpect(jsonPath("$.notes[?(@.about == 'fleiss')].code",
                        hasItem("agreement.note.NO_EXPECTED_DISAGREEMENT")))
                .andExpect(jsonPath("$.notes[?(@.about == 'cohen')].code",
                        hasItem("agreement.note.NO_EXPECTED_DISAGREEMENT")))
                .andExpect(jsonPath("$.notes[?(@.about == 'krippendorff')].code",
                        hasItem("agreement.note.NO_EXPECTED_DISAGREEMENT")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a grade off the scale | {\"ratings\":[[1,2],[3,7]],\"scale\":{\"min\":1,\"max\":6}} | ratings[1][1] | agreement.grade.offScale",
        "a grade below the scale | {\"ratings\":[[0,2],[3,4]],\"scale\":{\"min\":1,\"max\":6}} | ratings[0][0] | agreement.grade.offScale",
        "a ragged row | {\"ratings\":[[1,2],[3,4,5],[1,1]],\"scale\":{\"min\":1,\"max\":6}} | ratings[1] | agreement.row.ragged",
        "min equal to max | {\"ratings\":[[1,1],[1,1]],\"scale\":{\"min\":1,\"max\":1}} | scale | agreement.scale.order",
        "min above max | {\"ratings\":[[1,1],[1,1]],\"scale\":{\"min\":6,\"max\":1}} | scale | agreement.scale.order",
        "one record | {\"ratings\":[[1,2]],\"scale\":{\"min\":1,\"max\":6}} | ratings | agreement.ratings.tooFew",
        "no records | {\"ratings\":[],\"scale\":{\"min\":1,\"max\":6}} | ratings | agreement.ratings.tooFew",
        "one reader | {\"ratings\":[[1],[2]],\"scale\":{\"min\":1,\"max\":6}} | ratings[0] | agreement.readers.tooFew",
        "no ratings | {\"scale\":{\"min\":1,\"max\":6}} | ratings | agreement.ratings.missing",
        "ratings not an array | {\"ratings\":\"1,2\",\"scale\":{\"min\":1,\"max\":6}} | ratings | agreement.ratings.missing",
        "a row not an array | {\"ratings\":[[1,2],3],\"scale\":{\"min\":1,\"max\":6}} | ratings[1] | agreement.row.notArray",
        "a null row | {\"ratings\":[[1,2],null],\"scale\":{\"min\":1,\"max\":6}} | ratings[1] | agreement.row.notArray",
        "a grade as a string | {\"ratings\":[[1,\"2\"],[3,4]],\"scale\":{\"min\":1,\"max\":6}} | ratings[0][1] | agreement.grade.notWhole",
        "a fractional grade | {\"ratings\":[[1,2],[3,4.5]],\"scale\":{\"min\":1,\"max\":6}} | ratings[1][1] | agreement.grade.notWhole",
        "a huge grade | {\"ratings\":[[1,2],[3,99999999999999999999]],\"scale\":{\"min\":1,\"max\":6}} | ratings[1][1] | agreement.grade.notWhole",
        "a boolean grade | {\"ratings\":[[true,2],[3,4]],\"scale\":{\"min\":1,\"max\":6}} | ratings[0][0] | agreement.grade.notWhole",
        "no scale | {\"ratings\":[[1,2],[3,4]]} | scale | agreement.scale.missing",
        "no max | {\"ratings\":[[1,2],[3,4]],\"scale\":{\"min\":1}} | scale.max | agreement.scale.missing",
        "a min as a string | {\"ratings\":[[1,2],[3,4]],\"scale\":{\"min\":\"one\",\"max\":6}} | scale.min | agreement.scale.notWhole",
        "a scale too wide | {\"ratings\":[[1,2],[3,4]],\"scale\":{\"min\":-2147483648,\"max\":2147483647}} | scale | agreement.scale.tooWide",
        "not JSON | {\"ratings\": | body | agreement.body",
        "an array, not an object | [[1,2],[3,4]] | body | agreement.body",
        "an empty body | '' | body | agreement.body",
    })
    void badInputIsUnprocessableAndNamesThePlace(String problem, String json, String field, String code) throws Exception {
        agreement(json).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void theProblemSaysWhichRecordAndReaderInWords() throws Exception {
        agreement("{\"ratings\":[[1,2],[3,7]]," + SIX_POINT + "}")
                .andExpect(jsonPath("$.detail").value("ratings[1][1] is 7, which is off the scale 1 to 6."));
        agreement("{\"ratings\":[[1,2],[3,4,5]]," + SIX_POINT + "}")
                .andExpect(jsonPath("$.detail").value("ratings[1] has 3 readings but ratings[0] has 2: every record "
                        + "needs one entry per reader, null where a reader has no reading."));
    }

    @Test
    void tooManyReadingsAreRefused() throws Exception {
        // 50,001 records × 2 readers = 100,002 readings, over the 100,000 allowed; 50,000 × 2 is allowed.
        agreement("{\"ratings\":[" + String.join(",", Collections.nCopies(50_001, "[1,2]")) + "]," + SIX_POINT + "}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("ratings"))
                .andExpect(jsonPath("$.code").value("agreement.ratings.tooMany"));
        agreement("{\"ratings\":[" + String.join(",", Collections.nCopies(50_000, "[1,2]")) + "]," + SIX_POINT + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records").value(50_000));
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        agreement("{\"ratings\":[" + String.join(",", Collections.nCopies(400_000, "[1,2]")) + "]," + SIX_POINT + "}")
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("agreement.tooLarge"));
    }

    @Test
    void deeplyNestedJsonIsRefusedNotFailed() throws Exception {
        agreement("{\"ratings\":" + "[".repeat(5_000) + "]".repeat(5_000) + "," + SIX_POINT + "}")
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void theOperationIsDescribedInTheApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/agreement'].post.requestBody.required").value(true))
                .andExpect(jsonPath("$.paths['/api/agreement'].post.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/agreement'].post.responses['401']").exists())
                .andExpect(jsonPath("$.paths['/api/agreement'].post.responses['422'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/agreement'].post.responses['401'].content['application/problem+json']")
                        .exists())
                // OpenAPI 3.1: a nullable number is of type [number, null]; the Cohen object or null.
                .andExpect(jsonPath("$.components.schemas.AgreementReport.properties.fleiss.type", hasItems("number", "null")))
                .andExpect(jsonPath("$.components.schemas.AgreementReport.properties.exact.type", hasItems("number", "null")))
                .andExpect(jsonPath("$.components.schemas.AgreementReport.properties.cohen.anyOf[*].$ref",
                        hasItem("#/components/schemas/Cohen")))
                .andExpect(jsonPath("$.components.schemas.AgreementReport.properties.cohen.anyOf[*].type", hasItem("null")))
                .andExpect(jsonPath("$.components.schemas.Krippendorff.properties.ordinal.type", hasItems("number", "null")))
                .andExpect(jsonPath("$.components.schemas.AgreementReport.required", hasItems("exact", "fleiss", "notes")))
                .andExpect(jsonPath("$.components.schemas.AgreementRequest.required", hasItems("ratings", "scale")));
    }
}
