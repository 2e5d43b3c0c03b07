package se.nyskapa.standalone;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The platform the bad-input tests send to: one, started once for every class that uses this extension, with the
 * {@link CommandApi} fixture made on it. The tests prove that a bad request changes nothing, so they can share it; what
 * a test makes on purpose (a text with markup in it, to find it escaped on a page) goes under ids of its own.
 */
final class BadInputPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            BadInputPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPlatform.class || type == CommandApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Shared shared = context.getRoot().getStore(NAMESPACE)
                               .computeIfAbsent(Shared.class, key -> Shared.start(), Shared.class);
        return parameter.getParameter().getType() == RunningPlatform.class ? shared.platform() : shared.api();
    }

    /** The platform, its fixture and its data directory, all gone when the test run ends. */
    private record Shared(RunningPlatform platform, CommandApi api, Path dataDir) implements AutoCloseable {

        static Shared start() {
            try {
                Path dataDir = Files.createTempDirectory("nyskapa-bad-input");
                RunningPlatform platform = RunningPlatform.start(dataDir);
                return new Shared(platform, CommandApi.prepare(platform, "bad"), dataDir);
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
