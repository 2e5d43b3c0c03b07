package se.nyskapa.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Debian's nginx serving the deploy files' own route table ({@code deploy/proxy/nyskapa.conf.template}, the one the
 * compose file and the Kubernetes manifests use) in front of a command side and a query side, as the official nginx
 * image fills it in. Its access log names the upstream that answered each request.
 */
final class ReverseProxy implements AutoCloseable {

    static final Path TEMPLATE = Path.of("../deploy/proxy/nyskapa.conf.template");
    private static final Path NGINX = Path.of(System.getProperty("nyskapa.nginx", "/usr/sbin/nginx"));

    private final Path dir;
    private final int port;
    private final Process process;

    ReverseProxy(Path dir, int commandSidePort, int querySidePort) {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("the proxy tests need Debian's nginx (" + NGINX + "): apt-get install -y "
                                            + "nginx-light, as .ci/run does, or -Dnyskapa.nginx=");
        }
        this.dir = dir;
        this.port = ServiceProcess.freePort();
        try {
            Files.createDirectories(dir.resolve("temp"));
            String routes = Files.readString(TEMPLATE)
                                 .replace("${COMMAND_SIDE}", "127.0.0.1:" + commandSidePort)
                                 .replace("${QUERY_SIDE}", "127.0.0.1:" + querySidePort)
                                 .replace("${PROXY_PORT}", "127.0.0.1:" + port);
            Files.writeString(dir.resolve("nyskapa.conf"), routes);
            Files.writeString(dir.resolve("nginx.conf"), """
                    daemon off;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events {}
                    http {
                        log_format routed '$request_method $request_uri $status $upstream_addr';
                        access_log %1$s/access.log routed;
                        client_body_temp_path %1$s/temp/body;
                        proxy_temp_path %1$s/temp/proxy;
                        fastcgi_temp_path %1$s/temp/fastcgi;
                        uwsgi_temp_path %1$s/temp/uwsgi;
                        scgi_temp_path %1$s/temp/scgi;
                        include %1$s/nyskapa.conf;
                    }
                    """.formatted(dir.toAbsolutePath()));
            process = new ProcessBuilder(NGINX.toString(), "-p", dir.toAbsolutePath().toString(), "-c",
                                         dir.resolve("nginx.conf").toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    int port() {
        return port;
    }

    /** The access log so far: method, address, status and the upstream that answered, a line per request. */
    List<String> routed() {
        try {
            return Files.readAllLines(dir.resolve("access.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
