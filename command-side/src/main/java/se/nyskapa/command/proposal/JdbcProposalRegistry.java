package se.nyskapa.command.proposal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.nyskapa.command.lookup.LookupTable;
import se.nyskapa.command.lookup.LookupTables;
import se.nyskapa.proposal.ProposalDrafted;
import se.nyskapa.proposal.ProposalEvent;
import se.nyskapa.proposal.ProposalMerged;
import se.nyskapa.proposal.ProposalSplitOff;
import se.nyskapa.proposal.ProposalStatus;
import se.nyskapa.proposal.ProposalStatusChanged;

import java.util.Optional;

@Component
@ProcessingGroup(LookupTables.PROCESSING_GROUP)
class JdbcProposalRegistry implements ProposalRegistry, LookupTable {

    private final JdbcClient jdbc;

    JdbcProposalRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create() {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS proposal_registry (
                    proposal_id VARCHAR(64) PRIMARY KEY,
                    status VARCHAR(16) NOT NULL,
                    version BIGINT NOT NULL,
                    merged_into VARCHAR(64)
                )""").update();
    }

    @Override
    public void drop() {
        jdbc.sql("DROP TABLE IF EXISTS proposal_registry").update();
    }

    @Override
    public Optional<RegisteredProposal> find(String proposalId) {
        return jdbc.sql("SELECT proposal_id, status, version, merged_into FROM proposal_registry WHERE proposal_id = ?")
                   .param(proposalId)
                   .query((row, n) -> new RegisteredProposal(row.getString(1), ProposalStatus.valueOf(row.getString(2)),
                                                             row.getLong(3), row.getString(4)))
                   .optional();
    }

    @EventHandler
    void on(ProposalDrafted event, @SequenceNumber long sequence) {
        insert(event.proposalId(), sequence);
    }

    @EventHandler
    void on(ProposalSplitOff event, @SequenceNumber long sequence) {
        insert(event.proposalId(), sequence);
    }

    @EventHandler
    void on(ProposalStatusChanged event, @SequenceNumber long sequence) {
        jdbc.sql("UPDATE proposal_registry SET status = ?, version = ? WHERE proposal_id = ?")
            .params(event.to().name(), sequence, event.proposalId())
            .update();
    }

    @EventHandler
    void on(ProposalMerged event, @SequenceNumber long sequence) {
        jdbc.sql("UPDATE proposal_registry SET status = ?, version = ?, merged_into = ? WHERE proposal_id = ?")
            .params(ProposalStatus.MERGED.name(), sequence, event.intoProposalId(), event.proposalId())
            .update();
    }

    /** Any other change to a proposal makes it a new version. */
    @EventHandler
    void on(ProposalEvent event, @SequenceNumber long sequence) {
        jdbc.sql("UPDATE proposal_registry SET version = ? WHERE proposal_id = ?")
            .params(sequence, event.proposalId())
            .update();
    }

    private void insert(String proposalId, long sequence) {
        jdbc.sql("INSERT INTO proposal_registry (proposal_id, status, version) VALUES (?, ?, ?)")
            .params(proposalId, ProposalStatus.DRAFT.name(), sequence)
            .update();
    }
}
