package scot.triangulate.config;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;

/** In demo mode (on for the integration tests) every page warns that it is a demo. */
@IntegrationTest
class DemoBannerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void everyPageSaysItIsADemo() throws Exception {
        for (String page : new String[] {"/", "/login", "/frameworks", "/accessibility"}) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Demo: do not enter real information")));
        }
    }
}
