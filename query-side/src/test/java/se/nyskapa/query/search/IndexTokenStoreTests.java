package se.nyskapa.query.search;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.nyskapa.query.ProjectionTest;
import se.nyskapa.visit.ContributionKind;
import se.nyskapa.visit.Sector;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search processor's tokens live in the index's commits: they and the contributions survive a restart together. */
@ProjectionTest
class IndexTokenStoreTests {

    private static final String PROCESSOR = "search";

    @TempDir
    Path dir;
    @Autowired
    Serializer serializer;

    @Test
    void storedTokensAndTheContributionsWritten_areThereAfterTheIndexIsOpenedAgain() throws IOException {
        TrackingToken replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(41),
                                                             new GlobalSequenceTrackingToken(-1), null);
        try (SearchIndex index = open()) {
            IndexTokenStore tokens = new IndexTokenStore(index, serializer);
            tokens.initializeTokenSegments(PROCESSOR, 2, null);
            index.write(List.of(contribution("c-1")));
            tokens.storeToken(new GlobalSequenceTrackingToken(42), PROCESSOR, 0);
            tokens.storeToken(replay, PROCESSOR, 1);
            index.write(List.of(contribution("c-2")));
        }

        try (SearchIndex index = open()) {
            IndexTokenStore tokens = new IndexTokenStore(index, serializer);
            assertThat(tokens.fetchSegments(PROCESSOR)).containsExactly(0, 1);
            assertThat(tokens.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(42));
            assertThat(tokens.fetchToken(PROCESSOR, 1)).isEqualTo(replay);
            assertThat(index.find("c-1")).as("written before the token").isPresent();
            assertThat(index.find("c-2")).as("written after the last token: closing commits it too").isPresent();
        }
    }

    @Test
    void segmentsAreInitializedOnce_splitAndMerged() throws IOException {
        try (SearchIndex index = open()) {
            IndexTokenStore tokens = new IndexTokenStore(index, serializer);
            tokens.initializeTokenSegments(PROCESSOR, 1, null);
            assertThat(tokens.fetchToken(PROCESSOR, 0)).isNull();
            assertThatThrownBy(() -> tokens.initializeTokenSegments(PROCESSOR, 1, null))
                    .isInstanceOf(UnableToClaimTokenException.class);
            assertThatThrownBy(() -> tokens.fetchToken(PROCESSOR, 1)).isInstanceOf(UnableToClaimTokenException.class);

            tokens.initializeSegment(new GlobalSequenceTrackingToken(7), PROCESSOR, 1);
            assertThat(tokens.fetchSegments(PROCESSOR)).containsExactly(0, 1);
            tokens.deleteToken(PROCESSOR, 1);
            assertThat(tokens.fetchSegments(PROCESSOR)).containsExactly(0);
            assertThat(tokens.fetchSegments("other")).isEmpty();
        }
    }

    private SearchIndex open() throws IOException {
        return SearchIndex.open(dir, SearchAnalysis.forLanguage("sv"));
    }

    private static IndexedContribution contribution(String id) {
        IndexedContribution contribution = new IndexedContribution(id);
        contribution.firstTime(1);
        contribution.visitId = "visit-1";
        contribution.municipalityCode = "2321";
        contribution.kind = ContributionKind.NEED;
        contribution.sector = Sector.CITIZEN;
        contribution.text = "Fler mötesplatser";
        contribution.recordedAt = Instant.parse("2015-11-05T09:00:00Z");
        return contribution;
    }
}
