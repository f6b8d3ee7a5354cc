package scot.triangulate.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.identity.AccountService;
import scot.triangulate.IntegrationTest;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;
import scot.triangulate.selfevaluation.PerspectiveKind;

/** Ten PDSA cycles added to one action at the same moment through its page: numbered 1 to 10, none lost. */
@IntegrationTest
class PdsaConcurrencyTest {

    private static final int REQUESTS = 10;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private CycleService cycles;

    @Autowired
    private AccountService accounts;
    @Autowired
    private ImprovementPlans plans;
    @Autowired
    private UserDetailsService users;

    @Test
    void tenAdditionsAtOnceAreNumberedOneToTenWithEveryTextKept() throws Exception {
        Cycle cycle = cycles.start("clackmannanshire", null, "PDSA numbering", LocalDate.now().plusMonths(3),
                List.of(), PerspectiveKind.AGENCY, accounts.actingAs("demo-lead"));
        ImprovementAction action = plans.create(cycle, new ActionDetails("Hold every planning meeting within 28 days", "",
                null, null, null, null, null, null, null, null, null, null), "demo-lead");
        String path = "/partnerships/clackmannanshire/cycles/" + cycle.id() + "/improvement-plan/actions/" + action.id() + "/pdsa";
        UserDetails lead = users.loadUserByUsername("demo-lead");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 1; i <= REQUESTS; i++) {
                String plan = "Test " + i + ": a reminder two days before each meeting";
                Callable<Integer> add = () -> {
                    start.await();
                    return mvc.perform(post(path).param("plan", plan).with(csrf()).with(user(lead)))
                            .andReturn().getResponse().getStatus();
                };
                futures.add(pool.submit(add));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).as("every addition redirects to the added cycle").containsOnly(302).hasSize(REQUESTS);
        List<PdsaCycle> added = plans.action(cycle, action.id()).pdsaCycles();
        assertThat(added).extracting(PdsaCycle::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= REQUESTS; i++) {
            expected.add("Test " + i + ": a reminder two days before each meeting");
        }
        assertThat(added).extracting(PdsaCycle::plan).containsExactlyInAnyOrderElementsOf(expected);
    }
}
