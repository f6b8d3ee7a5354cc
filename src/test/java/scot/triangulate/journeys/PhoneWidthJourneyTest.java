package scot.triangulate.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * The pages a partnership works in, on a phone 390 px wide: none scrolls sideways (wide tables scroll in their own
 * region), with JavaScript on and off.
 */
class PhoneWidthJourneyTest extends BrowserJourney {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Autowired
    private CycleService cycles;

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void noPartnershipPageScrollsSidewaysOnAPhone(boolean javaScript) {
        Cycle cycle = cycles.cycles("clackmannanshire").get(0);
        String partnership = "/partnerships/clackmannanshire";
        String base = partnership + "/cycles/" + cycle.id();
        List<String> wider = new ArrayList<>();
        Page page = newPage(javaScript);
        signIn(page, "demo-lead");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        for (String path : List.of(partnership, partnership + "/evidence", partnership + "/evidence/D029",
                partnership + "/evidence/D029/findings", partnership + "/evidence/D001/details", base,
                base + "/evaluations/2.1", base + "/position-statement", base + "/improvement-plan",
                partnership + "/core-documents", "/frameworks/qif-2018/indicators/2.1", "/feedback")) {
            visit(page, path);
            int overflow = sidewaysOverflow(page, javaScript);
            if (overflow > 0) {
                wider.add(path + " by " + overflow + " px");
            }
        }
        assertThat(wider).as("pages wider than a %d px phone", PHONE_WIDTH).isEmpty();
    }
}
