package scot.triangulate.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.positionstatement.PositionStatementService;
import scot.triangulate.positionstatement.Section;
import scot.triangulate.selfevaluation.Cycle;
import scot.triangulate.selfevaluation.CycleService;

/**
 * Demo mode only: a part-written position statement (four of the six sections, fictional) for the demo cycle,
 * citing Clackmannanshire's demo document log, so the task list, checks and exports have something to show.
 * Sections already written are left alone; citations follow the numbers the demo documents have in the log.
 */
@Component
@Conditional(DemoMode.class)
class DemoPositionStatement {

    static final String BY = "demo-lead";

    private final CycleService cycles;
    private final PositionStatementService statements;

    DemoPositionStatement(CycleService cycles, PositionStatementService statements) {
        this.cycles = cycles;
        this.statements = statements;
    }

    void load(long cycleId, String partnership, DemoLog log) {
        Cycle cycle = cycles.get(partnership, cycleId);
        for (Map.Entry<String, String> section : sections().entrySet()) {
            Section current = statements.section(cycle, section.getKey());
            if (!current.started()) {
                statements.save(cycle, section.getKey(), log.cite(section.getValue()), current.version(), BY);
            }
        }
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("context", """
                Clackmannanshire is Scotland's smallest mainland council area, with around 51,000 people and 10,500
                children and young people. Services for children at risk of harm are delivered by the council, NHS
                Forth Valley, Police Scotland's Forth Valley division and a strong third sector, guided by our
                children's services plan [D001] and its most recent progress report [D002].

                ## Governance

                The chief officers' group holds the child protection committee to account for the quality of
                protection practice. The committee reports quarterly and publishes an annual report [D003]. Our
                multi-agency governance arrangements for public protection [D012] set out the links to the adult
                protection committee, the alcohol and drug partnership and the community justice partnership.
                """);
        sections.put("data", """
                Our child protection committee's data set is reviewed every quarter [D005] [D006] [D007] [D008].
                Over 2024-25:

                - **Initial referral discussions** rose by 12%, reflecting earlier recognition of risk rather than
                  rising need.
                - **Re-registrations within 12 months** fell from 14% to 9%.
                - **Core groups held within timescale** reached 91%.

                The wellbeing survey [D020] tells us that most children on the child protection register feel
                safe at home, but fewer feel listened to when plans change. That is why involvement is a priority.
                """);
        sections.put("involvement", """
                Children and young people tell us what matters through the wellbeing survey [D020], advocacy at
                child protection planning meetings, and feedback from care experienced young people on pathway
                planning [D023].

                Parents and carers told us that reports sometimes arrived too late to read before meetings
                [D022]. We now share reports at least three working days before a meeting, and check this in our
                audits.
                """);
        sections.put("quality-assurance", """
                Our quality assurance and self-evaluation framework [D019] sets a calendar of multi-agency audits.

                The multi-agency audit of chronologies [D009] found chronologies in most records but too few that
                were analysed to inform risk assessment. A practice guide and briefings followed, and a re-audit is
                planned. The audit of child's plans [D010] found plans were SMART in two thirds of cases.
                """);
        return sections;
    }
}
