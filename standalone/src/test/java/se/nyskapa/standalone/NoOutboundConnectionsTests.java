package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guard every test of this module runs under: a connection to 192.0.2.1 (TEST-NET-1, documentation only, never
 * routed) is refused inside the JVM before a packet leaves, by each way Java opens one, and fails the test that made
 * it; loopback stays open. Each test takes its own refusals back, so that they fail nothing else.
 */
class NoOutboundConnectionsTests {

    private static final InetSocketAddress NEVER_ROUTED = new InetSocketAddress("192.0.2.1", 80);

    @AfterEach
    void forgetTheRefusalsOfThisTest() {
        NetworkGuard.takeRefused();
    }

    @Test
    void aLoopbackConnection_goesThrough() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            assertThat(client.isConnected()).isTrue();
            assertThat(accepted.getInetAddress().isLoopbackAddress()).isTrue();
        }
        assertThat(NetworkGuard.takeRefused()).isEmpty();
    }

    @Test
    void aSocket_isRefused_andReported() {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(NEVER_ROUTED, 2_000);
            }
        }).isInstanceOf(ConnectException.class).hasMessageContaining("192.0.2.1:80 is not a loopback address");

        assertThat(NetworkGuard.takeRefused()).containsExactly("192.0.2.1:80");
    }

    @Test
    void aSocketChannel_isRefused_andReported() {
        assertThatThrownBy(() -> {
            try (SocketChannel channel = SocketChannel.open(NEVER_ROUTED)) {
                assertThat(channel.isConnected()).isFalse();
            }
        }).isInstanceOf(ConnectException.class);

        assertThat(NetworkGuard.takeRefused()).containsExactly("192.0.2.1:80");
    }

    @Test
    void theHttpClient_isRefused_andReported() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://192.0.2.1:8080/")).build(),
                                           HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(ConnectException.class);

        assertThat(NetworkGuard.takeRefused()).isNotEmpty().containsOnly("192.0.2.1:8080");
    }

    @Test
    void aRefusal_failsTheTestItHappenedIn() {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(NEVER_ROUTED, 2_000);
            }
        }).isInstanceOf(ConnectException.class);

        assertThatThrownBy(() -> new NoOutboundConnections().afterEach(null))
                .isInstanceOf(AssertionError.class).hasMessageContaining("192.0.2.1:80");
        assertThat(NetworkGuard.takeRefused()).as("reported once").isEmpty();
    }

    @Test
    void axonsUpdateChecker_isOff() {
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }
}
