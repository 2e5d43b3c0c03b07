package se.nyskapa.query.history;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import se.nyskapa.query.support.ProjectionDocument;

/** The visit a contribution was recorded at: its events are in that visit's stream. */
@Document("history_contributions")
record ContributionAddress(@Id String id, String visitId) implements ProjectionDocument {
}
