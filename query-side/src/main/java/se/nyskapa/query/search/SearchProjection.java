package se.nyskapa.query.search;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import se.nyskapa.query.support.Projection;
import se.nyskapa.visit.ContributionAmended;
import se.nyskapa.visit.ContributionRecorded;
import se.nyskapa.visit.ContributionRetracted;
import se.nyskapa.visit.ContributionTagged;

import java.util.List;
import java.util.function.Consumer;

/**
 * The search index of contributions, kept from the visits' events alone: one document per contribution, written
 * from one segment (a visit's events are handled in order by one), remembering the visit's last event applied to
 * it. Tags are indexed as recorded; a theme merge is followed when searching, so the index never rewrites a
 * document for an event of another aggregate.
 */
@Component
@ProcessingGroup(SearchProjection.PROCESSING_GROUP)
public class SearchProjection implements Projection {

    static final String PROCESSING_GROUP = "search";

    private final SearchIndex index;
    private final IndexBatch batch;

    SearchProjection(SearchIndex index) {
        this.index = index;
        this.batch = new IndexBatch(index);
    }

    @Override
    public String processingGroup() {
        return PROCESSING_GROUP;
    }

    IndexBatch batch() {
        return batch;
    }

    @EventHandler
    void on(ContributionRecorded event, @SequenceNumber long sequence) {
        IndexedContribution contribution = batch.find(event.contributionId())
                                                .orElseGet(() -> new IndexedContribution(event.contributionId()));
        if (contribution.firstTime(sequence)) {
            contribution.visitId = event.visitId();
            contribution.municipalityCode = event.municipalityCode();
            contribution.kind = event.kind();
            contribution.sector = event.sector();
            contribution.text = event.text();
            contribution.personalText = event.personalText();
            contribution.contributor = event.contributor();
            contribution.feedback = event.feedback();
            contribution.recordedAt = event.recordedAt();
            batch.save(contribution);
        }
    }

    @EventHandler
    void on(ContributionAmended event, @SequenceNumber long sequence) {
        change(event.contributionId(), sequence, contribution -> {
            contribution.text = event.text();
            contribution.personalText = event.personalText();
            contribution.amendedAt = event.amendedAt();
        });
    }

    @EventHandler
    void on(ContributionTagged event, @SequenceNumber long sequence) {
        change(event.contributionId(), sequence, contribution -> contribution.themeIds = List.copyOf(event.themeIds()));
    }

    @EventHandler
    void on(ContributionRetracted event, @SequenceNumber long sequence) {
        change(event.contributionId(), sequence, IndexedContribution::retract);
    }

    /** Empties the index; the processor commits that with its reset tokens. */
    @ResetHandler
    void reset() {
        index.clear();
    }

    private void change(String contributionId, long sequence, Consumer<IndexedContribution> change) {
        batch.find(contributionId)
             .filter(contribution -> !contribution.retracted && contribution.firstTime(sequence))
             .ifPresent(contribution -> {
                 change.accept(contribution);
                 batch.save(contribution);
             });
    }
}
