package scot.triangulate.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import scot.triangulate.IntegrationTest;
import scot.triangulate.audit.AuditLog;
import scot.triangulate.shared.ConcurrentChangeException;

@IntegrationTest
class AdminPartnershipTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PartnershipService partnerships;
    @Autowired
    private AuditLog audit;

    @Test
    void the32CouncilAreasAreLoadedWithTheirFamilyGroups() {
        assertThat(partnerships.all()).hasSize(32);
        assertThat(partnerships.get("clackmannanshire").peopleFamilyGroup()).isEqualTo(3);
        assertThat(partnerships.peopleFamilyGroup(partnerships.get("clackmannanshire")))
                .extracting(Partnership::slug).hasSize(8).contains("falkirk", "fife", "renfrewshire");
    }

    @Test
    void twoAdministratorsRenamingAtOnceNeverOverwriteEachOther() throws Exception {
        Partnership before = partnerships.get("moray");
        partnerships.rename("moray", "Moray (first edit)", before.version());
        // The second editor still holds the old version: refused, and the first edit stands.
        assertThatThrownBy(() -> partnerships.rename("moray", "Moray (second edit)", before.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(partnerships.get("moray").name()).isEqualTo("Moray (first edit)");

        String page = mvc.perform(post("/admin/partnerships/moray").param("name", "Moray (stale form)")
                        .param("version", String.valueOf(before.version()))
                        .with(csrf()).with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this partnership while you were editing");
        assertThat(partnerships.get("moray").name()).isEqualTo("Moray (first edit)");

        partnerships.rename("moray", before.name(), partnerships.get("moray").version());
        assertThat(audit.latestForPartnership("moray", 5)).anyMatch(e -> e.action().equals("partnership.renamed")
                && e.beforeState().contains("Moray (first edit)") && e.afterState().contains("\"Moray\""));
    }

    @Test
    void anEmptyNameIsRefusedAndChangesNothing() throws Exception {
        Partnership before = partnerships.get("angus");
        String page = mvc.perform(post("/admin/partnerships/angus").param("name", "  ")
                        .param("version", String.valueOf(before.version()))
                        .with(csrf()).with(user(users.loadUserByUsername("demo-admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("Enter the partnership&#39;s name");
        assertThat(partnerships.get("angus")).isEqualTo(before);
    }
}
