package se.nyskapa.standalone;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Every test of this module runs with the {@link NetworkGuard} on (registered for all of them through
 * {@code META-INF/services} and {@code junit-platform.properties}), and fails when anything in this JVM tried to reach
 * an address that is not loopback since the last check: the platform holds public-sector dialogue data and makes no
 * outbound call, nor do its tests. A connection tried by a background thread fails the test that runs at the time.
 */
public final class NoOutboundConnections implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        NetworkGuard.install();
        check();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        check();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check();
    }

    private static void check() {
        List<String> refused = NetworkGuard.takeRefused();
        if (!refused.isEmpty()) {
            throw new AssertionError("tried to reach addresses that are not loopback: " + refused);
        }
    }
}
