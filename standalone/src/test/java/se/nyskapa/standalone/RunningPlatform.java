package se.nyskapa.standalone;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standalone platform started as a user starts it, on a data directory, spoken to over real HTTP. It speaks as
 * {@link #TESTER}, a user holding every role, signed in with HTTP Basic, unless told to speak {@link #as} another.
 */
final class RunningPlatform extends Api implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;

    private RunningPlatform(ConfigurableApplicationContext context, String authorization) {
        super(HTTP, "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort(),
              authorization);
        this.context = context;
    }

    static RunningPlatform start(Path dataDir, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--nyskapa.data-dir=" + dataDir,
                                                   "--nyskapa.admin-password=" + ADMIN_PASSWORD));
        all.addAll(List.of(arguments));
        RunningPlatform platform = new RunningPlatform(new SpringApplicationBuilder(NyskapaApplication.class)
                                                               .run(all.toArray(String[]::new)),
                                                       basic(TESTER, TESTER_PASSWORD));
        platform.createUser(TESTER, TESTER_PASSWORD, "STAFF", "ANALYST", "LEADERSHIP", "ADMIN");
        return platform;
    }

    @Override
    RunningPlatform as(String username, String password) {
        return new RunningPlatform(context, basic(username, password));
    }

    /** The same platform spoken to with a bearer token, as a client of an OpenID Connect provider speaks. */
    RunningPlatform bearer(String token) {
        return new RunningPlatform(context, "Bearer " + token);
    }

    @Override
    RunningPlatform anonymous() {
        return new RunningPlatform(context, null);
    }

    /** The events stored, counted in the event table itself. */
    long storedEvents() {
        return rows(context.getBean(EventSchema.class).domainEventTable());
    }

    long storedSnapshots() {
        return rows(context.getBean(EventSchema.class).snapshotTable());
    }

    /** A bean of the running platform, for what a test must know about it (its endpoints, its schema). */
    <T> Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    /** The embedded database that holds the events and the command side's lookup tables. */
    JdbcClient database() {
        return JdbcClient.create(context.getBean(DataSource.class));
    }

    @Override
    public void close() {
        context.close();
    }

    private long rows(String table) {
        return database().sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
