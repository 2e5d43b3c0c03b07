package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff naming a contributor, and marking a text personal, on a visit page in a real browser: sent at once, shown
 * while the page is open, and nothing of the person kept on the device (the outbox, the offline copy of the page).
 */
class PersonalDataBrowserTests extends InBrowser {

    private static final String NAME = "Åsa Lindqvist Sjöström";
    private static final String EMAIL = "asa.lindqvist@are-kommun.se";
    private static final String ORGANISATION = "Vårdcentralen Järpen";
    private static final String TEXT = "Elias i Xylofonkvartetten behöver skolskjuts efter fyra";

    @Test
    void anEntryNamingItsContributor_isSentAtOnce_shownWhileThePageIsOpen_andNotKeptOnTheDevice() {
        String visit = schedule("are-personligt");
        openControlledByTheWorker(visit);

        browser.driver.findElement(By.id("text")).sendKeys(TEXT);
        browser.driver.findElement(By.id("personal-text")).click();
        giveContributor(true);
        browser.driver.findElement(By.id("text")).sendKeys(Keys.ENTER);

        WebElement saved = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                driver -> driver.findElement(By.cssSelector("#contributions li[data-state='saved']")));
        assertThat(saved.findElement(By.className("log__text")).getText()).isEqualTo(TEXT);
        assertThat(saved.findElement(By.className("log__who")).getText())
                .isEqualTo(NAME + ", " + ORGANISATION + ", " + EMAIL);
        assertThat(browser.driver.findElement(By.id("contributor-name")).getAttribute("value"))
                .as("the form forgets the person once sent").isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 1);
        JsonNode recorded = contributions(visit).get(0);
        assertThat(recorded.path("contributor").path("name").asString()).isEqualTo(NAME);
        assertThat(recorded.path("contributor").path("email").asString()).isEqualTo(EMAIL);
        assertThat(recorded.path("personalText").asBoolean()).isTrue();

        browser.driver.navigate().refresh();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> driver.findElement(
                By.cssSelector("#contributions li .log__who")).getText().contains(NAME));
        assertThat(browser.driver.findElement(By.cssSelector("#contributions li .log__text")).getText())
                .isEqualTo(TEXT);
        assertThat(platform.text("/visits/" + visit).body()).as("the page's HTML, which the device keeps")
                                                           .doesNotContain(NAME, EMAIL, "Xylofonkvartetten");
        assertThat(List.of(outbox(), offlineCopies())).allSatisfy(kept -> assertThat(kept)
                .doesNotContain(NAME, EMAIL, ORGANISATION, "Xylofonkvartetten"));
        assertThat(offlineCopies()).as("the page itself is kept").contains("/visits/" + visit);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("visit-personal-sv");
    }

    @Test
    void withoutAConnection_anEntryWithPersonalData_staysInTheFormAndSaysWhy_andIsSentWhenOnline() {
        String visit = schedule("are-personligt-utan-nat");
        browser.open(platform.url("/visits/" + visit));

        browser.offline(true);
        browser.driver.findElement(By.id("text")).sendKeys("Behöver färdtjänst till dagverksamheten");
        giveContributor(true);
        browser.driver.findElement(By.id("text")).sendKeys(Keys.ENTER);

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> driver.findElement(
                By.id("log-status")).getText().startsWith("Ingen uppkoppling: ett inspel med personuppgifter"));
        assertThat(browser.driver.findElements(By.cssSelector("#contributions li"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("text")).getAttribute("value"))
                .isEqualTo("Behöver färdtjänst till dagverksamheten");
        assertThat(browser.driver.findElement(By.id("contributor-name")).getAttribute("value")).isEqualTo(NAME);
        assertThat(outbox()).doesNotContain(NAME, EMAIL, "färdtjänst");

        browser.offline(false);
        browser.driver.findElement(By.cssSelector("#log-form button[type='submit']")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> !driver.findElements(
                By.cssSelector("#contributions li[data-state='saved']")).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 1);
        assertThat(contributions(visit).get(0).path("contributor").path("email").asString()).isEqualTo(EMAIL);
        assertThat(contributions(visit).get(0).path("personalText").asBoolean()).isFalse();
    }

    @Test
    void detailsWithoutConsent_areRefused_nextToTheConsent_andNothingIsRecorded() {
        String visit = schedule("are-utan-samtycke");
        browser.open(platform.url("/visits/" + visit));

        browser.driver.findElement(By.id("text")).sendKeys("Ett inspel");
        giveContributor(false);
        browser.driver.findElement(By.id("text")).sendKeys(Keys.ENTER);

        WebElement error = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                driver -> driver.findElement(By.id("contributor-consent-error")));
        assertThat(error.getText()).contains("consent");
        assertThat(browser.driver.findElement(By.id("contributor-consent")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver.findElements(By.cssSelector("#contributions li"))).isEmpty();
        assertThat(contributions(visit)).isEmpty();
    }

    private static void giveContributor(boolean consent) {
        browser.driver.findElement(By.cssSelector("#contributor summary")).click();
        browser.driver.findElement(By.id("contributor-name")).sendKeys(NAME);
        browser.driver.findElement(By.id("contributor-email")).sendKeys(EMAIL);
        browser.driver.findElement(By.id("contributor-organisation")).sendKeys(ORGANISATION);
        if (consent) {
            browser.driver.findElement(By.id("contributor-consent")).click();
        }
    }

    /** The page, reloaded once its offline worker controls it (so that the worker keeps its copy). */
    private static void openControlledByTheWorker(String visit) {
        browser.open(platform.url("/visits/" + visit));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                browser.driver.executeScript("return navigator.serviceWorker.controller !== null")));
        browser.driver.navigate().refresh();
    }

    /** Every entry of the page's outbox in IndexedDB, as JSON. */
    private static String outbox() {
        return String.valueOf(browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const opening = indexedDB.open('nyskapa', 1);
                opening.onsuccess = () => {
                    const all = opening.result.transaction('outbox').objectStore('outbox').getAll();
                    all.onsuccess = () => done(JSON.stringify(all.result));
                };
                opening.onerror = () => done('no outbox');"""));
    }

    /** Every response the offline worker keeps, each address followed by its body. */
    private static String offlineCopies() {
        return String.valueOf(browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                    let kept = '';
                    for (const name of await caches.keys()) {
                        const cache = await caches.open(name);
                        for (const request of await cache.keys()) {
                            kept += request.url + '\\n' + await (await cache.match(request)).text() + '\\n';
                        }
                    }
                    return kept;
                })().then(done, failure => done('failed: ' + failure));"""));
    }

    private static String schedule(String visitId) {
        assertThat(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "2321", "date": "2015-11-03", "venue": "Kommunhuset",
                 "hosts": ["Anna"]}""".formatted(visitId)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/visits/" + visitId).status() == 200);
        return visitId;
    }

    private static List<JsonNode> contributions(String visitId) {
        return platform.get("/api/visits/" + visitId).body().get("contributions").valueStream().toList();
    }
}
