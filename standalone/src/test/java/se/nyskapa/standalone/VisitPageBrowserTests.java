package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff logging a visit in a real browser, by keyboard alone, through the platform's command API. */
class VisitPageBrowserTests extends InBrowser {


    @Test
    void staffLogFiveContributionsByKeyboardAlone_andTheServerHasExactlyThose() {
        String visit = schedule("are-tangentbord");
        browser.open(platform.url("/visits/" + visit));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Besök i Åre");

        tabUntilFocused("kind");
        focused().sendKeys("I");
        focused().sendKeys(Keys.TAB);
        focused().sendKeys("M");
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("text");
        List<String> said = List.of("Ett kallbadhus vid sjön", "Samåkning till jobbet i Järpen",
                                    "<script>alert(1)</script>", "Fler lärlingsplatser",
                                    "Gemensam laddinfrastruktur\nför byarna");
        for (String text : said) {
            type(text);
            focused().sendKeys(Keys.ENTER);
        }

        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                driver -> driver.findElements(By.cssSelector("#contributions li[data-state='saved']")).size() == 5);
        List<WebElement> logged = browser.driver.findElements(By.cssSelector("#contributions li"));
        assertThat(logged).extracting(item -> item.findElement(By.className("log__text")).getText())
                          .containsExactly("Ett kallbadhus vid sjön", "Samåkning till jobbet i Järpen",
                                           "<script>alert(1)</script>", "Fler lärlingsplatser",
                                           "Gemensam laddinfrastruktur\nför byarna");
        assertThat(logged.get(0).findElement(By.className("log__kind")).getText()).isEqualTo("Idé");
        assertThat(logged.get(0).findElement(By.className("log__sector")).getText()).isEqualTo("Medborgare");
        assertThat(focused().getAttribute("id")).as("the form is ready for the next").isEqualTo("text");

        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 5);
        assertThat(contributions(visit)).extracting(c -> c.get("text").asString())
                                        .containsExactlyElementsOf(said);
        assertThat(contributions(visit)).allSatisfy(c -> {
            assertThat(c.get("kind").asString()).isEqualTo("IDEA");
            assertThat(c.get("sector").asString()).isEqualTo("CITIZEN");
        });

        browser.open(platform.url("/visits/" + visit));
        assertThat(browser.driver.findElements(By.cssSelector("#contributions li"))).hasSize(5);
        assertThat(browser.driver.findElements(By.cssSelector("#contributions li .log__text")).get(2).getText())
                .as("text from the store shows as text").isEqualTo("<script>alert(1)</script>");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("visit-sv");
    }

    /**
     * Chromium's network emulation cuts the page off, not its service worker: the reload without a connection gets
     * the page through the worker from the platform, so this proves the kept entries and their sending, not the
     * worker's offline copy of the page.
     */
    @Test
    void entriesLoggedOffline_surviveAReload_andAreSentOnceWhenTheConnectionIsBack() {
        String visit = schedule("are-offline");
        browser.open(platform.url("/visits/" + visit));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(
                browser.driver.executeScript("return navigator.serviceWorker.controller !== null")));
        browser.driver.navigate().refresh();
        for (int i = 1; i <= 5; i++) {
            browser.driver.findElement(By.id("text")).sendKeys("Uppkopplad " + i, Keys.ENTER);
        }
        awaitEntries("saved", 5);

        browser.offline(true);
        browser.driver.findElement(By.id("text")).sendKeys("Utan nät 1", Keys.ENTER);
        browser.driver.findElement(By.id("text")).sendKeys("Utan nät 2", Keys.ENTER);
        awaitEntries("unsynced", 2);
        assertThat(browser.driver.findElement(By.cssSelector("li[data-state='unsynced'] .log__state")).getText())
                .isEqualTo("Ej synkad");

        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Besök i Åre");
        awaitEntries("unsynced", 2);
        assertThat(browser.driver.findElements(By.cssSelector("#contributions li .log__text")))
                .extracting(WebElement::getText)
                .as("nothing is lost by a reload without a connection")
                .containsExactly("Uppkopplad 1", "Uppkopplad 2", "Uppkopplad 3", "Uppkopplad 4", "Uppkopplad 5",
                                 "Utan nät 1", "Utan nät 2");

        browser.offline(false);
        awaitEntries("saved", 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> contributions(visit).size() == 7);
        assertThat(contributions(visit)).extracting(c -> c.get("text").asString())
                                        .containsExactly("Uppkopplad 1", "Uppkopplad 2", "Uppkopplad 3",
                                                         "Uppkopplad 4", "Uppkopplad 5", "Utan nät 1",
                                                         "Utan nät 2");
        browser.screenshot("visit-after-offline");

        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElements(By.cssSelector("#contributions li"))).hasSize(7);
    }

    @Test
    void anEntryTheServerRefuses_showsTheServersReason() {
        String visit = schedule("are-avslutat");
        browser.open(platform.url("/visits/" + visit));
        assertThat(platform.post("/api/visits/" + visit + "/conclusion", """
                {"done": "Halvdag", "gained": "Behov", "learned": "Lyssna", "wisestNext": "Teman", "needs": "Tid",
                 "nextStep": "Återkoppla", "strengths": "Förankring"}""").status()).isEqualTo(200);

        browser.driver.findElement(By.id("text")).sendKeys("Sent inspel", Keys.ENTER);

        WebElement refused = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                driver -> driver.findElement(By.cssSelector("#contributions li[data-state='refused']")));
        assertThat(refused.findElement(By.className("log__state")).getText()).startsWith("Inte sparat: ")
                                                                           .containsIgnoringCase("conclude");
        assertThat(contributions(visit)).isEmpty();
    }

    @Test
    void aVisitThatDoesNotExist_isAPageThatSaysSo() {
        browser.open(platform.url("/visits/finns-inte"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Besöket finns inte");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private static void awaitEntries(String state, int count) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(40)).until(driver -> driver.findElements(
                By.cssSelector("#contributions li[data-state='" + state + "']")).size() == count);
    }

    private static String schedule(String visitId) {
        assertThat(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "2321", "date": "2015-11-03", "venue": "Kommunhuset",
                 "hosts": ["Anna"]}""".formatted(visitId)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/visits/" + visitId).status() == 200);
        return visitId;
    }

    private static List<JsonNode> contributions(String visitId) {
        List<JsonNode> all = new ArrayList<>();
        platform.get("/api/visits/" + visitId).body().get("contributions").forEach(all::add);
        return all;
    }

    private static void tabUntilFocused(String id) {
        for (int i = 0; i < 20 && !id.equals(focused().getAttribute("id")); i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertThat(focused().getAttribute("id")).isEqualTo(id);
    }

    /** Types text as a user does, a line break as Shift+Enter. */
    private static void type(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.ENTER));
            }
            focused().sendKeys(lines[i]);
        }
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }
}
