package se.nyskapa.programme;

import java.time.Instant;
import java.util.List;

/**
 * A numbered draft, as it stood: its focus areas and, in each, its proposals with the version (the proposal's last
 * event sequence number) each had when the draft was published.
 */
public record DraftPublished(String programmeId, int version, String note, String name,
                             List<PublishedFocusArea> focusAreas, Instant publishedAt) implements ProgrammeEvent {

    public record PublishedFocusArea(String focusAreaId, String name, List<PublishedProposal> proposals) {
    }

    public record PublishedProposal(String proposalId, long proposalVersion) {
    }
}
