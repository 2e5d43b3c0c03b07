package se.nyskapa.command.visit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.nyskapa.visit.ContributionRecorded;

import java.util.Optional;

/**
 * The contribution-id lookup table, kept beside the event store and written by a subscribing processor in the
 * transaction that stores the event. Its primary key settles a race between two visits claiming the same id:
 * the second transaction fails and its event is not stored.
 */
@Component
@ProcessingGroup(JdbcContributionRegistry.PROCESSING_GROUP)
class JdbcContributionRegistry implements ContributionRegistry {

    static final String PROCESSING_GROUP = "contribution-registry";

    private final JdbcClient jdbc;

    JdbcContributionRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS contribution_registry (
                    contribution_id VARCHAR(64) PRIMARY KEY,
                    visit_id VARCHAR(64) NOT NULL
                )""").update();
    }

    @Override
    public Optional<String> visitOf(String contributionId) {
        return jdbc.sql("SELECT visit_id FROM contribution_registry WHERE contribution_id = ?")
                   .param(contributionId)
                   .query(String.class)
                   .optional();
    }

    @EventHandler
    void on(ContributionRecorded event) {
        jdbc.sql("INSERT INTO contribution_registry (contribution_id, visit_id) VALUES (?, ?)")
            .param(event.contributionId())
            .param(event.visitId())
            .update();
    }
}
