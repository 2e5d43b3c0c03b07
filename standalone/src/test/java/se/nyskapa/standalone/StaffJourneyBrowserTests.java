package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The staff scenario in a real browser: a visit scheduled from the tour's page, logged by keyboard with and
 * without a connection, entries amended, retracted and tagged in place, and the visit concluded with its summary and
 * reopened. Everything is checked on the server through the JSON API.
 */
class StaffJourneyBrowserTests extends InBrowser {

    private static final String TOUR = "demo-kalasturne";


    @Test
    void staffScheduleAVisitFromTheTour_logSevenWithAndWithoutAConnection_amendRetractTagAndConclude() {
        browser.open(platform.url("/tours/" + TOUR));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kalasturné 2015 (fiktiv demo)");
        assertThat(browser.driver.findElements(By.cssSelector("#tour-progress tbody tr"))).hasSize(8);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("staff-tour");

        // schedule a visit from the tour page's form
        new Select(browser.driver.findElement(By.id("schedule-visit-municipalityCode"))).selectByVisibleText("Krokom");
        setDate("schedule-visit-date", "2015-11-20");
        browser.driver.findElement(By.id("schedule-visit-venue")).sendKeys("Krokoms kommunhus");
        browser.driver.findElement(By.id("schedule-visit-hosts")).sendKeys("Anna Berg, Erik Lund", Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/visits/"));
        String visit = browser.driver.getCurrentUrl().replaceAll(".*/visits/", "").replaceAll("[?#].*", "");
        assertThat(visit).startsWith("krokom-2015-11-20-");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Besök i Krokom");
        JsonNode scheduled = platform.get("/api/visits/" + visit).body();
        assertThat(scheduled.get("tourId").asString()).isEqualTo(TOUR);
        assertThat(scheduled.get("venue").asString()).isEqualTo("Krokoms kommunhus");
        assertThat(scheduled.get("hosts").values()).extracting(JsonNode::asString)
                                                   .containsExactly("Anna Berg", "Erik Lund");

        // five by keyboard alone
        awaitServiceWorker();
        browser.driver.navigate().refresh();
        tabUntilFocused("kind");
        focused().sendKeys("B");
        focused().sendKeys(Keys.TAB);
        focused().sendKeys("N");
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("text");
        for (int i = 1; i <= 5; i++) {
            focused().sendKeys("Uppkopplad " + i, Keys.ENTER);
        }
        awaitEntries("saved", 5);

        // two more without a connection, a reload, and the connection back
        browser.offline(true);
        focused().sendKeys("Utan nät 1", Keys.ENTER);
        focused().sendKeys("Utan nät 2", Keys.ENTER);
        awaitEntries("unsynced", 2);
        browser.driver.navigate().refresh();
        awaitEntries("unsynced", 2);
        assertThat(texts()).containsExactly("Uppkopplad 1", "Uppkopplad 2", "Uppkopplad 3", "Uppkopplad 4",
                                            "Uppkopplad 5", "Utan nät 1", "Utan nät 2");
        browser.offline(false);
        awaitEntries("saved", 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 7);
        List<JsonNode> seven = contributions(visit);
        assertThat(seven).extracting(c -> c.get("text").asString())
                         .containsExactly("Uppkopplad 1", "Uppkopplad 2", "Uppkopplad 3", "Uppkopplad 4",
                                          "Uppkopplad 5", "Utan nät 1", "Utan nät 2");
        assertThat(seven).allSatisfy(c -> {
            assertThat(c.get("kind").asString()).isEqualTo("NEED");
            assertThat(c.get("sector").asString()).isEqualTo("BUSINESS");
            assertThat(Instant.parse(c.get("loggedAt").asString()))
                    .as("the device's time, never after the server took it")
                    .isBeforeOrEqualTo(Instant.parse(c.get("recordedAt").asString()));
        });

        // the page shows both times
        browser.driver.navigate().refresh();
        assertThat(items()).hasSize(7);
        assertThat(items()).allSatisfy(item -> {
            assertThat(item.findElement(By.className("log__logged-at")).getAttribute("datetime")).isNotBlank();
            assertThat(item.findElement(By.className("log__received-at")).getAttribute("datetime")).isNotBlank();
        });

        // amend the first in place
        String first = seven.get(0).get("contributionId").asString();
        action(first, "amend").sendKeys(Keys.ENTER);
        WebElement amendText = focused();
        assertThat(amendText.getAttribute("id")).isEqualTo("contribution-" + first + "-text");
        amendText.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Uppkopplad 1, rättad", Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> item(first)
                .findElement(By.className("log__text")).getText().equals("Uppkopplad 1, rättad"));
        await().atMost(Duration.ofSeconds(20)).until(() -> contribution(visit, first).get("amendedAt").isString());
        assertThat(contribution(visit, first).get("text").asString()).isEqualTo("Uppkopplad 1, rättad");

        // retract the second, with a reason
        String second = seven.get(1).get("contributionId").asString();
        action(second, "retract").sendKeys(Keys.ENTER);
        focused().sendKeys("Dubblett av det första", Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> item(second)
                .getAttribute("class").contains("log__item--retracted"));
        assertThat(item(second).findElement(By.className("log__state")).getText())
                .isEqualTo("Återtaget: Dubblett av det första");
        await().atMost(Duration.ofSeconds(20)).until(() -> contribution(visit, second).get("retractedAt").isString());
        assertThat(contribution(visit, second).get("retractionReason").asString()).isEqualTo("Dubblett av det första");

        // re-tag the third
        String third = seven.get(2).get("contributionId").asString();
        action(third, "retag").sendKeys(Keys.ENTER);
        browser.driver.findElement(By.id("contribution-" + third + "-theme-dialogplattform")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.cssSelector("#contribution-" + third + " .log__edit button[type='submit']"))
                      .sendKeys(Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> themes(contribution(visit, third))
                .equals(List.of("dialogplattform")));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> item(third)
                .findElements(By.cssSelector(".log__themes li")).stream().map(WebElement::getText).toList()
                .equals(List.of("Dialogplattform")));

        // a suggested theme, one click away as the text is typed
        WebElement text = browser.driver.findElement(By.id("text"));
        text.sendKeys("Blanketter som frågar efter samma uppgifter flera gånger");
        WebElement suggestion = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> driver
                .findElements(By.cssSelector("#suggestions button[data-theme='kreativ-byrakrati']")).stream()
                .findFirst().orElse(null));
        assertThat(suggestion.getText()).isEqualTo("Kreativ byråkrati");
        suggestion.click();
        assertThat(suggestion.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("theme-kreativ-byrakrati")).isSelected()).isTrue();
        text.sendKeys(Keys.ENTER);
        awaitEntries("saved", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 8);
        JsonNode tagged = contributions(visit).get(7);
        assertThat(tagged.get("text").asString()).isEqualTo("Blanketter som frågar efter samma uppgifter flera gånger");
        await().atMost(Duration.ofSeconds(20)).until(() -> themes(contribution(visit, tagged.get("contributionId")
                .asString())).equals(List.of("kreativ-byrakrati")));

        browser.driver.navigate().refresh();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("staff-visit-entries");

        // who took part
        WebElement citizens = browser.driver.findElement(By.id("attendance-CITIZEN"));
        citizens.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
        WebElement business = browser.driver.findElement(By.id("attendance-BUSINESS"));
        business.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5", Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/visits/" + visit).body()
                .path("attendance").path("CITIZEN").asInt(0) == 12);
        assertThat(platform.get("/api/visits/" + visit).body().get("attendance").get("BUSINESS").asInt()).isEqualTo(5);

        // the summary by keyboard, and the visit concluded
        assertThat(browser.driver.findElement(By.id("visit-status")).getText()).isEqualTo("Genomfört");
        tabUntilFocused("summary-done");
        String[] reflections = {"Halvdag med dialog och idéverkstad", "Många behov från näringslivet",
                                "Att lyssna först", "Samla idéerna tematiskt", "Tid och en kontaktperson",
                                "Återkoppla i januari", "Lokal förankring"};
        for (String reflection : reflections) {
            focused().sendKeys(reflection);
            focused().sendKeys(Keys.TAB);
        }
        assertThat(focused().getText()).isEqualTo("Spara summeringen och avsluta besöket");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("staff-visit-summary");
        focused().sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> driver
                .findElement(By.id("visit-status")).getText().equals("Avslutat"));
        JsonNode concluded = platform.get("/api/visits/" + visit).body();
        assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
        assertThat(concluded.get("summary").get("done").asString()).isEqualTo(reflections[0]);
        assertThat(concluded.get("summary").get("strengths").asString()).isEqualTo(reflections[6]);
        assertThat(browser.driver.findElements(By.id("log-form"))).as("no logging on a concluded visit").isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".summary dd"))).extracting(WebElement::getText)
                                                                              .containsExactly(reflections);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("staff-visit-concluded");

        // and reopened
        browser.driver.findElement(By.cssSelector("#reopen-form button")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> driver
                .findElement(By.id("visit-status")).getText().equals("Genomfört"));
        assertThat(platform.get("/api/visits/" + visit).body().get("status").asString()).isEqualTo("HELD");
        assertThat(browser.driver.findElement(By.id("summary-done")).getAttribute("value")).isEqualTo(reflections[0]);

        // the tour shows the visit under its kommun
        browser.open(platform.url("/tours/" + TOUR));
        assertThat(browser.driver.findElements(By.cssSelector("#tour-progress a[href='/visits/" + visit + "']")))
                .hasSize(1);
    }

    @Test
    void anEntryWithAThemeLoggedOffline_isRecordedAndThenTagged_afterAReload() {
        String visit = schedule("staff-offline-tema");
        browser.open(platform.url("/visits/" + visit));
        awaitServiceWorker();
        browser.driver.navigate().refresh();

        browser.offline(true);
        browser.driver.findElement(By.id("theme-ideslussar")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.id("text")).sendKeys("En väg in för nya idéer", Keys.ENTER);
        awaitEntries("unsynced", 1);
        assertThat(items().get(0).findElements(By.cssSelector(".log__themes li"))).extracting(WebElement::getText)
                                                                                 .containsExactly("Idéslussar");
        browser.driver.navigate().refresh();
        awaitEntries("unsynced", 1);
        browser.offline(false);
        awaitEntries("saved", 1);

        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 1
                                                           && !themes(contributions(visit).get(0)).isEmpty());
        JsonNode logged = contributions(visit).get(0);
        assertThat(logged.get("text").asString()).isEqualTo("En väg in för nya idéer");
        assertThat(themes(logged)).containsExactly("ideslussar");
        assertThat(logged.get("loggedAt").isString()).isTrue();
    }

    /** The second step of an entry kept on the device is sent even when the page already lists the first. */
    @Test
    void anEntryTheServerHasRecordedButNotTagged_isTaggedWhenThePageOpensAgain() {
        String visit = schedule("staff-halvvags");
        String loggedAt = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.MILLIS).toString();
        assertThat(platform.put("/api/visits/" + visit + "/contributions/halvvags-1", """
                {"kind": "IDEA", "text": "Ett gemensamt kontor", "sector": "BUSINESS", "loggedAt": "%s"}"""
                .formatted(loggedAt)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 1);
        browser.open(platform.url("/visits/" + visit));
        browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const opening = indexedDB.open('nyskapa', 1);
                opening.onsuccess = () => {
                    const transaction = opening.result.transaction('outbox', 'readwrite');
                    transaction.objectStore('outbox').put({id: 'halvvags-1', visitId: arguments[0], kind: 'IDEA',
                        kindLabel: 'Idé', sector: 'BUSINESS', sectorLabel: 'Näringsliv', text: 'Ett gemensamt kontor',
                        themeIds: ['dialogplattform'], themeNames: ['Dialogplattform'], loggedAt: arguments[1],
                        recorded: true, tagged: false, state: 'unsynced'});
                    transaction.oncomplete = () => done(true);
                };""", visit, loggedAt);

        browser.driver.navigate().refresh();

        awaitEntries("saved", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> themes(contributions(visit).get(0))
                .equals(List.of("dialogplattform")));
        assertThat(items()).hasSize(1);
    }

    /** An expired login answers 401 or 403: the entry waits for a new login, it is not refused. */
    @Test
    void anExpiredLogin_isNotARefusal_theEntryWaitsAndIsSentLater() {
        String visit = schedule("staff-utloggad");
        browser.open(platform.url("/visits/" + visit));
        browser.driver.executeScript("""
                window.realFetch = window.fetch;
                window.answered = [];
                window.fetch = (url, init) => {
                    if (init?.method !== 'PUT') {
                        return window.realFetch(url, init);
                    }
                    const status = window.answered.length === 0 ? 401 : 403;
                    window.answered.push(status);
                    return Promise.resolve(new Response('', {status}));
                };""");

        browser.driver.findElement(By.id("text")).sendKeys("<script>alert(1)</script>", Keys.ENTER);
        awaitEntries("unsynced", 1);
        assertThat(items().get(0).findElement(By.className("log__state")).getText()).isEqualTo("Ej synkad");
        browser.driver.executeScript("window.dispatchEvent(new Event('online'))");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                browser.driver.executeScript("return window.answered.includes(403)")));
        awaitEntries("unsynced", 1);
        assertThat(contributions(visit)).as("403 the second time: still waiting").isEmpty();

        browser.driver.executeScript("window.fetch = window.realFetch; window.dispatchEvent(new Event('online'))");
        awaitEntries("saved", 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 1);
        browser.driver.navigate().refresh();
        assertThat(items().get(0).findElement(By.className("log__text")).getText())
                .isEqualTo("<script>alert(1)</script>");
    }

    private static String schedule(String visitId) {
        assertThat(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "2321", "date": "2015-11-03", "venue": "Kommunhuset",
                 "hosts": ["Anna"]}""".formatted(visitId)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/visits/" + visitId).status() == 200);
        return visitId;
    }

    private static void setDate(String id, String isoDate) {
        browser.driver.executeScript("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
                                     + "field.dispatchEvent(new Event('input', {bubbles: true}));", id, isoDate);
    }

    private static void awaitServiceWorker() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                browser.driver.executeScript("return navigator.serviceWorker.controller !== null")));
    }

    private static void awaitEntries(String state, int count) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(40)).until(driver -> driver.findElements(
                By.cssSelector("#contributions > li[data-state='" + state + "']")).size() == count);
    }

    private static List<WebElement> items() {
        return browser.driver.findElements(By.cssSelector("#contributions > li"));
    }

    private static WebElement item(String contributionId) {
        return browser.driver.findElement(By.id("contribution-" + contributionId));
    }

    private static WebElement action(String contributionId, String action) {
        return item(contributionId).findElement(By.cssSelector(".log__actions button[data-action='" + action + "']"));
    }

    private static List<String> texts() {
        return items().stream().map(item -> item.findElement(By.className("log__text")).getText()).toList();
    }

    private static List<JsonNode> contributions(String visitId) {
        List<JsonNode> all = new ArrayList<>();
        platform.get("/api/visits/" + visitId).body().get("contributions").forEach(all::add);
        return all;
    }

    private static JsonNode contribution(String visitId, String contributionId) {
        return contributions(visitId).stream().filter(c -> c.get("contributionId").asString().equals(contributionId))
                                     .findFirst().orElseThrow();
    }

    private static List<String> themes(JsonNode contribution) {
        return contribution.get("themeIds").values().stream().map(JsonNode::asString).toList();
    }

    private static void tabUntilFocused(String id) {
        for (int i = 0; i < 80 && !id.equals(focused().getAttribute("id")); i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertThat(focused().getAttribute("id")).isEqualTo(id);
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }
}
