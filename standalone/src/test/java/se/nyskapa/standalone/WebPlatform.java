package se.nyskapa.standalone;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import static org.awaitility.Awaitility.await;

/**
 * The platform the browser tests run against: one standalone platform with the demo tour loaded, started once and
 * shared by every test class that uses this extension (starting one costs seconds; the demo gives every page something
 * to show), and a browser of its own for each test class, so no class sees another's cookies or stored entries. A
 * test class takes both as parameters of its {@code @BeforeAll} or test methods, and makes its own data under ids of
 * its own.
 */
final class WebPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPlatform.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningPlatform platform = context.getRoot().getStore(NAMESPACE)
                                          .computeIfAbsent(DemoPlatform.class, key -> DemoPlatform.start(),
                                                           DemoPlatform.class)
                                          .platform();
        if (parameter.getParameter().getType() == RunningPlatform.class) {
            return platform;
        }
        ExtensionContext testClass = context.getTestClass().isPresent() && context.getParent().isPresent()
                                     && context.getTestMethod().isPresent() ? context.getParent().get() : context;
        return testClass.getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> signedIn(new Browser(), platform),
                                                             Browser.class);
    }

    private static Browser signedIn(Browser browser, RunningPlatform platform) {
        browser.signIn(platform, RunningPlatform.TESTER, RunningPlatform.TESTER_PASSWORD);
        return browser;
    }

    /** The shared platform and the directory it keeps its data in, both gone when the test run ends. */
    private record DemoPlatform(RunningPlatform platform, Path dataDir) implements AutoCloseable {

        static DemoPlatform start() {
            try {
                Path dataDir = Files.createTempDirectory("nyskapa-web");
                RunningPlatform platform = RunningPlatform.start(dataDir, "--nyskapa.demo=true");
                await().atMost(Duration.ofSeconds(90)).until(
                        () -> platform.get("/api/programmes/demo-innovationsprogram-2025/versions/2").status() == 200);
                platform.awaitCaughtUp();
                return new DemoPlatform(platform, dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            platform.close();
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
