package se.nyskapa.command.visit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.nyskapa.command.lookup.LookupTable;
import se.nyskapa.command.lookup.LookupTables;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;

import java.util.Optional;

/**
 * The contribution lookup table. Its primary key settles a race between two visits claiming the same id: the second
 * transaction fails and its event is not stored.
 */
@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
class JdbcContributionRegistry implements ContributionRegistry, LookupTable {

    private final JdbcClient jdbc;

    JdbcContributionRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS contribution_registry (
                    contribution_id VARCHAR(64) PRIMARY KEY,
                    visit_id VARCHAR(64) NOT NULL,
                    municipality_code VARCHAR(16) NOT NULL,
                    kind VARCHAR(16) NOT NULL,
                    retracted BOOLEAN NOT NULL
                )""").update();
    }

    @Override
    public void drop() {
        jdbc.sql("DROP TABLE IF EXISTS contribution_registry").update();
    }

    @Override
    public Optional<RegisteredContribution> find(String contributionId) {
        return jdbc.sql("""
                           SELECT contribution_id, visit_id, municipality_code, kind, retracted
                           FROM contribution_registry WHERE contribution_id = ?""")
                   .param(contributionId)
                   .query((row, n) -> new RegisteredContribution(row.getString(1), row.getString(2), row.getString(3),
                                                                 ContributionKind.valueOf(row.getString(4)),
                                                                 row.getBoolean(5)))
                   .optional();
    }

    @EventHandler
    void on(ContributionRecorded event) {
        jdbc.sql("""
                INSERT INTO contribution_registry (contribution_id, visit_id, municipality_code, kind, retracted)
                VALUES (?, ?, ?, ?, FALSE)""")
            .params(event.contributionId(), event.visitId(), event.municipalityCode(), event.kind().name())
            .update();
    }

    @EventHandler
    void on(ContributionRetracted event) {
        jdbc.sql("UPDATE contribution_registry SET retracted = TRUE WHERE contribution_id = ?")
            .param(event.contributionId())
            .update();
    }
}
