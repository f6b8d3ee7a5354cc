package scot.triangulate.positionstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped structure holds the guidance's six sections; a broken structure file stops start-up. */
class StatementTemplatesTest {

    @Test
    void theGuidanceSixSectionsInOrderWithTheirGuidanceAndSource() {
        StatementTemplates templates = new StatementTemplates();
        StatementTemplate template = templates.forFramework("qif-2018");
        assertThat(template.id()).isEqualTo("care-and-protection-2022");
        assertThat(template.wordLimit()).isEqualTo(5_000);
        assertThat(template.source()).contains("Care Inspectorate", "position statement");
        assertThat(template.sections()).extracting(StatementTemplate.SectionTemplate::key).containsExactly(
                "context", "data", "involvement", "quality-assurance", "leadership", "achievements-and-improvement");
        // The headings as the guidance's list sets them ("should be presented under the following headings"); the
        // guidance keeps the text of the content section, whose first heading is worded differently.
        assertThat(template.sections()).extracting(StatementTemplate.SectionTemplate::title).containsExactly(
                "Context of children’s services", "What your data is telling you",
                "Children and young people’s involvement and feedback", "Quality Assurance and evaluative activity",
                "Collaborative strategic and operational leadership", "3-5 key achievements and areas for improvement");
        assertThat(template.section("context").orElseThrow().guidance().get(0))
                .startsWith("Please provide a brief description of the context within which children's services");
        assertThat(template.sections()).allSatisfy(s -> assertThat(s.guidance()).isNotEmpty());
        assertThat(template.section("context").orElseThrow().guidance().get(1)).contains("governance arrangements");
        assertThat(template.section("achievements-and-improvement").orElseThrow().lists())
                .extracting(StatementTemplate.ListRule::heading).containsExactly("Key achievements", "Priority areas for improvement");
        // The last section is asked to comment on capacity for improvement, informed by QI 10.
        assertThat(template.section("achievements-and-improvement").orElseThrow().addresses())
                .extracting(StatementTemplate.TopicRule::topic, StatementTemplate.TopicRule::indicator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("capacity for improvement", "10"));
        // Any other framework version falls back to the same structure.
        assertThat(templates.forFramework("qif-2012").id()).isEqualTo("care-and-protection-2022");
    }

    @Test
    void aStructureWithRepeatedKeysIsRefused() {
        StatementTemplate.SectionTemplate section = new StatementTemplate.SectionTemplate("context", "Context", List.of(), List.of());
        assertThatThrownBy(() -> new StatementTemplate("x", "X", "Source", List.of(), true, 5000, List.of(section, section)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats the section key context");
        assertThatThrownBy(() -> new StatementTemplate("x", "X", "", List.of(), true, 5000, List.of(section)))
                .hasMessageContaining("source");
        assertThatThrownBy(() -> new StatementTemplate.SectionTemplate("Bad Key", "T", List.of(), List.of()))
                .hasMessageContaining("lower-case");
    }

    @Test
    void aFolderWithoutAFallbackStructureStopsStartUp() {
        assertThatThrownBy(() -> new StatementTemplates("classpath:positionstatement/*.none"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fallback");
    }
}
