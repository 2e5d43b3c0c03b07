package se.nyskapa.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Split mode as an operator runs it: the standalone jar serving its stores, command-side and query-side as processes
 * of their own over them, killed with SIGKILL and started again, and two of each at once. The processes are shared by
 * the tests, in order, as the services of one region would be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SplitModeProcessIT {

    /** One visit in each of the region's eight kommuner. */
    private static final List<String> KOMMUNER = List.of("2303", "2305", "2309", "2313", "2321", "2326", "2361",
                                                         "2380");
    private static final List<String> VISITS = KOMMUNER.stream().map(code -> "split-" + code).toList();

    @TempDir
    static Path work;

    private ServiceProcess store;
    private ServiceProcess commandSide;
    private ServiceProcess querySide;
    private final List<ServiceProcess> others = new ArrayList<>();
    private final Set<String> acknowledged = new HashSet<>();

    @BeforeAll
    void startStoreAndServices() throws Exception {
        store = ServiceProcess.store(work.resolve("store"), logs()).start();
        commandSide = service("command-side-1", ServiceProcess.COMMAND_JAR);
        querySide = service("query-side-1", ServiceProcess.QUERY_JAR);
        Thread commandStart = new Thread(commandSide::start);
        commandStart.start();
        querySide.start();
        commandStart.join();
        commandSide.api().createUser(Api.TESTER, Api.TESTER_PASSWORD, "STAFF", "ANALYST", "LEADERSHIP", "ADMIN");
        for (int i = 0; i < VISITS.size(); i++) {
            Api.Response scheduled = commandSide.api().post("/api/visits", """
                    {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-%02d", "venue": "Kommunhuset"}"""
                    .formatted(VISITS.get(i), KOMMUNER.get(i), 10 + i));
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        }
    }

    @AfterAll
    void stopAll() {
        others.forEach(ServiceProcess::close);
        for (ServiceProcess process : new ServiceProcess[]{querySide, commandSide, store}) {
            if (process != null) {
                process.close();
            }
        }
    }

    @Test
    @Order(1)
    void aContributionSentToCommandSideIsShownByQuerySide() {
        Api.Response recorded = commandSide.api().put("/api/visits/split-2321/contributions/split-first", """
                {"kind": "NEED", "sector": "CITIZEN", "text": "Fler mötesplatser för unga i Åre"}""");
        assertThat(recorded.status()).isEqualTo(201);
        acknowledged.add("split-first");

        JsonNode visit = await().atMost(Duration.ofSeconds(30)).until(
                () -> querySide.api().get("/api/visits/split-2321").body(),
                body -> body.path("contributions").size() == 1);
        assertThat(visit.path("contributions").get(0).path("text").asString())
                .isEqualTo("Fler mötesplatser för unga i Åre");
    }

    @Test
    @Order(2)
    void querySideKilledUnderAStreamOfCommandsLosesAndDuplicatesNothing() {
        try (ContributionStream stream = new ContributionStream("qkill", VISITS, writers(2, () -> commandSide))) {
            stream.awaitMore(40);
            querySide.kill();
            stream.awaitMore(40);
            querySide.start();
            stream.awaitMore(40);
            acknowledged.addAll(stream.stop());
            assertThat(stream.failures()).isEmpty();
        }

        assertProjectionsHoldExactly(querySide.api());
        assertEqualToARebuild(querySide.api());
    }

    @Test
    @Order(3)
    void twoQuerySidesShareTheSegmentsAndOneTakesOverWhenTheOtherIsKilled() {
        ServiceProcess second = service("query-side-2", ServiceProcess.QUERY_JAR).start();
        others.add(second);
        try (ContributionStream stream = new ContributionStream("twoq", VISITS, writers(2, () -> commandSide))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(
                    () -> assertThat(owners("visits")).as("owners of the visits projection's segments")
                                                       .containsExactlyInAnyOrder(owner(querySide), owner(second)));
            stream.awaitMore(60);
            querySide.kill();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(
                    () -> assertThat(owners("visits")).containsExactly(owner(second)));
            stream.awaitMore(40);
            acknowledged.addAll(stream.stop());
            assertThat(stream.failures()).isEmpty();
        }
        assertProjectionsHoldExactly(second.api());
        assertEqualToARebuild(second.api());

        querySide.start();
        second.stop();
        others.remove(second);
    }

    @Test
    @Order(4)
    void twoCommandSidesTakeContributionsForOneVisitAtOnce() {
        ServiceProcess second = service("command-side-2", ServiceProcess.COMMAND_JAR).start();
        others.add(second);
        Set<String> sent;
        try (ContributionStream stream = new ContributionStream(
                "twoc", List.of("split-2380"), List.of(commandSide::api, second::api, commandSide::api,
                                                       second::api))) {
            stream.awaitMore(200);
            sent = stream.stop();
            assertThat(stream.failures()).as("answers neither 2xx nor silence").isEmpty();
        }
        acknowledged.addAll(sent);
        assertThat(Recorded.inEventStore(store.databaseUrl())).containsAll(sent);
        assertProjectionsHoldExactly(querySide.api());
        second.stop();
        others.remove(second);
    }

    @Test
    @Order(5)
    void everyCommandAcknowledgedBeforeCommandSideIsKilledIsStored() {
        Set<String> sent;
        try (ContributionStream stream = new ContributionStream("ckill", VISITS, writers(3, () -> commandSide))) {
            stream.awaitMore(60);
            commandSide.kill();
            Set<String> beforeTheKill = Set.copyOf(stream.stop());
            assertThat(stream.failures()).isEmpty();
            commandSide.start();
            assertThat(Recorded.inEventStore(store.databaseUrl())).containsAll(beforeTheKill);
            sent = beforeTheKill;
        }
        acknowledged.addAll(sent);
        // a request in flight at the kill may have been stored without its answer arriving: stored, not acknowledged
        acknowledged.addAll(Recorded.inEventStore(store.databaseUrl()));
        assertProjectionsHoldExactly(querySide.api());
    }

    @Test
    @Order(6)
    void theProxyRoutesChangesToCommandSideAndEverythingElseToQuerySide() {
        try (ReverseProxy proxy = new ReverseProxy(work.resolve("proxy"), commandSide.port(), querySide.port())) {
            Api through = new Api(HttpClient.newHttpClient(), proxy.url(""), Api.basic(Api.TESTER,
                                                                                        Api.TESTER_PASSWORD));
            String command = "127.0.0.1:" + commandSide.port();
            String query = "127.0.0.1:" + querySide.port();

            assertThat(through.put("/api/visits/split-2321/contributions/proxy-1", """
                    {"kind": "IDEA", "sector": "BUSINESS", "text": "Genom proxyn"}""").status()).isEqualTo(201);
            acknowledged.add("proxy-1");
            assertRoutedTo(proxy, "PUT /api/visits/split-2321/contributions/proxy-1 201", command);
            assertThat(through.post("/api/visits", """
                    {"visitId": "proxy-visit", "municipalityCode": "2309", "date": "2015-11-30", "venue": "Krokom"}""")
                               .status()).isEqualTo(201);
            assertRoutedTo(proxy, "POST /api/visits 201", command);

            assertThat(through.get("/api/visits/split-2321").status()).isEqualTo(200);
            assertRoutedTo(proxy, "GET /api/visits/split-2321 200", query);
            assertThat(through.raw("HEAD", "/api/visits/split-2321", Map.of(), null).status()).isEqualTo(200);
            assertRoutedTo(proxy, "HEAD /api/visits/split-2321 200", query);
            assertThat(through.text("/visits/split-2321").status()).isEqualTo(200);
            assertRoutedTo(proxy, "GET /visits/split-2321 200", query);
            assertThat(through.get("/api/admin/projections").status()).isEqualTo(200);
            assertRoutedTo(proxy, "GET /api/admin/projections 200", query);
            Api.Response unknown = through.post("/api/admin/projections/no-such-projection/rebuild", "");
            assertThat(unknown.status()).as("the query side's answer: it knows its projections").isEqualTo(404);
            assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("name");
            assertRoutedTo(proxy, "POST /api/admin/projections/no-such-projection/rebuild 404", query);

            JsonNode commandApi = through.get("/v3/api-docs/command-side").body();
            assertRoutedTo(proxy, "GET /v3/api-docs/command-side 200", command);
            assertThat(commandApi.path("paths").path("/api/visits/{visitId}/contributions/{contributionId}")
                                 .has("put")).isTrue();
            assertThat(commandApi.path("paths").path("/api/visits/{visitId}").has("get")).isFalse();
            JsonNode queryApi = through.get("/v3/api-docs/query-side").body();
            assertRoutedTo(proxy, "GET /v3/api-docs/query-side 200", query);
            assertThat(queryApi.path("paths").path("/api/visits/{visitId}").has("get")).isTrue();
            assertThat(queryApi.path("paths").has("/api/visits/{visitId}/contributions/{contributionId}")).isFalse();

            assertThat(through.raw("/actuator/health").status()).as("the actuator is not proxied").isEqualTo(404);
        }
    }

    @Test
    @Order(7)
    void theWebApplicationWorksUnchangedBehindTheProxy() {
        try (ReverseProxy proxy = new ReverseProxy(work.resolve("proxy-browser"), commandSide.port(),
                                                   querySide.port());
             Browser browser = new Browser()) {
            // signed in on the query side's login page; the session is good on the command side too
            browser.signIn(new Api(HttpClient.newHttpClient(), proxy.url(""), null), Api.TESTER, Api.TESTER_PASSWORD);
            browser.open(proxy.url("/visits/split-2326"));
            new Select(browser.driver.findElement(By.id("kind"))).selectByValue("OPPORTUNITY");
            new Select(browser.driver.findElement(By.id("sector"))).selectByValue("ACADEMIA");
            browser.driver.findElement(By.id("text")).sendKeys("Skrivet i webbläsaren bakom proxyn", Keys.ENTER);

            JsonNode visit = await().atMost(Duration.ofSeconds(30)).until(
                    () -> querySide.api().get("/api/visits/split-2326").body(),
                    body -> StreamSupport.stream(body.path("contributions").spliterator(), false).anyMatch(
                            c -> c.path("text").asString().equals("Skrivet i webbläsaren bakom proxyn")));
            assertThat(proxy.routed()).anySatisfy(line -> assertThat(line).startsWith("PUT /api/visits/split-2326/")
                                                                          .endsWith(" 127.0.0.1:"
                                                                                    + commandSide.port()));
            browser.screenshot("split-mode-behind-the-proxy");
            visit.path("contributions").forEach(c -> acknowledged.add(c.path("contributionId").asString()));
        }
        assertProjectionsHoldExactly(querySide.api());
    }

    // --- what the tests check

    /** nginx logs a request once it has answered it: the line may come a moment after the answer. */
    private static void assertRoutedTo(ReverseProxy proxy, String request, String upstream) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(proxy.routed()).as("nginx's access log").contains(request + " " + upstream));
    }

    /** Every acknowledged contribution is stored once and in the projections once. */
    private void assertProjectionsHoldExactly(Api query) {
        query.awaitCaughtUp();
        Set<String> stored = Recorded.inEventStore(store.databaseUrl());
        assertThat(stored).containsAll(acknowledged);
        Recorded.assertProjectionsHoldExactly(query, VISITS, stored);
    }

    /** What users read is what a projection rebuilt from the events alone shows. */
    private void assertEqualToARebuild(Api query) {
        Map<String, JsonNode> incremental = views(query);
        for (String projection : query.awaitCaughtUp()) {
            Api.Response rebuild = query.post("/api/admin/projections/" + projection + "/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.toString()).isLessThan(300);
        }
        query.awaitCaughtUp();
        assertThat(views(query)).isEqualTo(incremental);
    }

    /** The answers of the read API about the visits, the kommuner and their themes. */
    private static Map<String, JsonNode> views(Api query) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/municipalities", "/api/themes/matrix"));
        VISITS.forEach(visit -> paths.add("/api/visits/" + visit));
        KOMMUNER.forEach(code -> paths.addAll(List.of("/api/municipalities/" + code,
                                                      "/api/municipalities/" + code + "/feedback")));
        for (String path : paths) {
            Api.Response answer = query.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            views.put(path, answer.body());
        }
        return views;
    }

    /** Who holds the claims on a processor's segments, as the shared token store says. */
    private Set<String> owners(String processor) {
        try (MongoClient mongo = MongoClients.create(store.mongoUri())) {
            Set<String> owners = new HashSet<>();
            for (Document token : mongo.getDatabase("nyskapa").getCollection("trackingtokens")
                                       .find(new Document("processorName", processor))) {
                if (token.getString("owner") != null) {
                    owners.add(token.getString("owner").split("@")[0]);
                }
            }
            return owners;
        }
    }

    /** Axon names an instance by its JVM's name, pid@host. */
    private static String owner(ServiceProcess process) {
        return String.valueOf(process.pid());
    }

    /**
     * A service over the store; a query-side's claims on segments lapse after 4 s rather than 10 s, so that a
     * takeover is quick to wait for.
     */
    private ServiceProcess service(String name, Path jar) {
        return ServiceProcess.service(name, jar, store, work.resolve("store"), work.resolve(name), logs(),
                                      "--nyskapa.projections.claim-timeout=4s",
                                      "--nyskapa.projections.token-claim-interval=1s");
    }

    private static List<Supplier<Api>> writers(int count, Supplier<ServiceProcess> service) {
        List<Supplier<Api>> writers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            writers.add(() -> service.get().api());
        }
        return writers;
    }

    private static Path logs() {
        return Path.of("target/processes");
    }
}
