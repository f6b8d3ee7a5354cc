package scot.triangulate.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 32 council areas and their LGBF family groups, as the Improvement Service publishes them. */
class FamilyGroupsReferenceDataTest {

    @Test
    void readsThe32CouncilAreasWithEightInEachFamilyGroup() throws IOException {
        List<FamilyGroupsReferenceData.Row> rows = FamilyGroupsReferenceData.read();
        assertThat(rows).hasSize(32);
        assertThat(rows).extracting(FamilyGroupsReferenceData.Row::slug).doesNotHaveDuplicates();
        Map<Integer, Long> people = rows.stream()
                .collect(Collectors.groupingBy(FamilyGroupsReferenceData.Row::peopleFamilyGroup, Collectors.counting()));
        assertThat(people).containsOnly(Map.entry(1, 8L), Map.entry(2, 8L), Map.entry(3, 8L), Map.entry(4, 8L));
    }

    @Test
    void namesAndGroupsFollowTheSource() throws IOException {
        Map<String, FamilyGroupsReferenceData.Row> bySlug = FamilyGroupsReferenceData.read().stream()
                .collect(Collectors.toMap(FamilyGroupsReferenceData.Row::slug, r -> r));
        assertThat(bySlug.get("clackmannanshire")).isEqualTo(new FamilyGroupsReferenceData.Row("clackmannanshire", "Clackmannanshire", 3, 3));
        assertThat(bySlug.get("edinburgh")).isEqualTo(new FamilyGroupsReferenceData.Row("edinburgh", "City of Edinburgh", 1, 4));
        assertThat(bySlug.get("perth-and-kinross").name()).isEqualTo("Perth & Kinross");
        assertThat(bySlug.get("glasgow").peopleFamilyGroup()).isEqualTo(4);
        assertThat(bySlug.get("stirling").peopleFamilyGroup()).isEqualTo(2);
        assertThat(bySlug).containsKeys("eilean-siar", "shetland", "orkney", "aberdeen", "dundee", "argyll-and-bute");
    }
}
