package scot.triangulate.demo;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import scot.triangulate.config.DemoMode;
import scot.triangulate.identity.AccessTokenService;
import scot.triangulate.identity.AccountRole;
import scot.triangulate.identity.AccountService;
import scot.triangulate.identity.MembershipRole;
import scot.triangulate.partnership.Agency;

/**
 * Demo mode only: known accounts (password {@value #PASSWORD}) and API tokens ({@code <username>-token}),
 * so a newcomer can sign in as each kind of user. Safe to run on every start.
 */
@Component
@Conditional(DemoMode.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "triangulate-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final AccessTokenService tokens;
    private final DemoEvidence evidence;
    private final DemoSelfEvaluation selfEvaluation;
    private final DemoPositionStatement positionStatement;
    private final DemoImprovementPlan improvementPlan;
    private final DemoPerformanceData performance;
    private final DemoRecordReading recordReading;

    DemoData(AccountService accounts, AccessTokenService tokens, DemoEvidence evidence, DemoSelfEvaluation selfEvaluation,
            DemoPositionStatement positionStatement, DemoImprovementPlan improvementPlan, DemoPerformanceData performance,
            DemoRecordReading recordReading) {
        this.recordReading = recordReading;
        this.accounts = accounts;
        this.tokens = tokens;
        this.evidence = evidence;
        this.selfEvaluation = selfEvaluation;
        this.positionStatement = positionStatement;
        this.improvementPlan = improvementPlan;
        this.performance = performance;
    }

    @Override
    public void run(ApplicationArguments args) throws java.io.IOException {
        people();
        performance.load();
        DemoLog log = evidence.load(DemoEvidence.PARTNERSHIP);
        var cycle = selfEvaluation.load(DemoEvidence.PARTNERSHIP, log);
        positionStatement.load(cycle.id(), DemoEvidence.PARTNERSHIP, log);
        improvementPlan.load(cycle.id(), DemoEvidence.PARTNERSHIP);
        recordReading.load(cycle.id(), DemoEvidence.PARTNERSHIP);
    }

    private void people() {
        person("demo-admin", "Alex Admin", EnumSet.of(AccountRole.ADMINISTRATOR));
        person("demo-lead", "Lesley Lead", EnumSet.noneOf(AccountRole.class));
        membership("demo-lead", "clackmannanshire", MembershipRole.PARTNERSHIP_LEAD, Agency.COUNCIL_SOCIAL_WORK,
                "Clackmannanshire Council");
        person("demo-contributor", "Chris Contributor", EnumSet.noneOf(AccountRole.class));
        membership("demo-contributor", "clackmannanshire", MembershipRole.CONTRIBUTOR, Agency.NHS_BOARD, "NHS Forth Valley");
        person("demo-other-lead", "Oisin Other-Lead", EnumSet.noneOf(AccountRole.class));
        membership("demo-other-lead", "stirling", MembershipRole.PARTNERSHIP_LEAD, Agency.COUNCIL_SOCIAL_WORK, "Stirling Council");
        person("demo-inspector", "Isla Inspector", EnumSet.of(AccountRole.INSPECTOR));
        log.info("Demo mode: sign in as demo-admin, demo-lead, demo-contributor, demo-other-lead or demo-inspector "
                + "with password {}", PASSWORD);
    }

    private void person(String username, String displayName, Set<AccountRole> roles) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, displayName, username + "@demo.triangulate.invalid", PASSWORD, roles);
        }
        tokens.ensureKnownToken(username, "Demo token", username + "-token");
    }

    private void membership(String username, String partnership, MembershipRole role, Agency agency, String agencyName) {
        boolean present = accounts.memberships(username).stream().anyMatch(m -> m.partnership().equals(partnership));
        if (!present) {
            accounts.addMembership(username, partnership, role, agency, agencyName);
        }
    }
}
