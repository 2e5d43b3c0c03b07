package se.nyskapa.query.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionPropertiesTest {

    @Test
    void anInstanceMustBeatAtLeastTwiceWithinTheClaimTimeout() {
        assertThat(new ProjectionProperties(200, 4, Duration.ofSeconds(10), Duration.ofSeconds(5)).claimTimeout())
                .hasSeconds(10);
        assertThatThrownBy(() -> new ProjectionProperties(200, 4, Duration.ofSeconds(10), Duration.ofSeconds(6)))
                .hasMessageContaining("nyskapa.projections.token-claim-interval")
                .hasMessageContaining("nyskapa.projections.claim-timeout");
    }
}
