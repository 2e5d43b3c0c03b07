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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The tour list and a tour's page: planning a tour, scheduling visits in it or outside any, and refusals shown. */
class TourPagesBrowserTests extends InBrowser {


    @Test
    void theTourListShowsTheToursAndEveryVisit_andPlansATour() {
        browser.open(platform.url("/tours"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Turnéer och besök");
        assertThat(browser.driver.findElements(By.cssSelector("#tour-list a[href='/tours/demo-kalasturne']")))
                .extracting(WebElement::getText).containsExactly("Kalasturné 2015 (fiktiv demo)");
        assertThat(browser.driver.findElements(By.cssSelector("#visit-list a[href='/visits/demo-are']"))).hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("staff-tours");

        browser.driver.findElement(By.id("plan-tour-name")).sendKeys("Vårturné <script>alert(1)</script>");
        setDate("plan-tour-startDate", "2016-04-04");
        setDate("plan-tour-endDate", "2016-04-29");
        browser.driver.findElement(By.cssSelector("#plan-tour button[type='submit']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/tours/varturne-"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .as("a name is text, also when it looks like markup").isEqualTo("Vårturné <script>alert(1)</script>");
        assertThat(browser.driver.findElements(By.cssSelector("#tour-progress tbody tr"))).hasSize(8);
        assertThat(browser.driver.findElement(By.className("tour-totals")).getText())
                .isEqualTo("0 planerade, 0 genomförda och 0 avslutade besök.");

        // a visit outside the tour's dates is refused, and the server's reason is shown next to the date
        String tourPage = browser.driver.getCurrentUrl();
        new Select(browser.driver.findElement(By.id("schedule-visit-municipalityCode"))).selectByVisibleText("Berg");
        setDate("schedule-visit-date", "2016-05-20");
        browser.driver.findElement(By.id("schedule-visit-venue")).sendKeys("Bergs kommunhus", Keys.ENTER);
        WebElement dateError = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> driver.findElement(By.id("schedule-visit-date-error")));
        assertThat(dateError.getText()).contains("outside the tour");
        WebElement date = browser.driver.findElement(By.id("schedule-visit-date"));
        assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(date.getAttribute("aria-describedby")).contains("schedule-visit-date-error");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(tourPage);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("staff-tour-refused");

        setDate("schedule-visit-date", "2016-04-12");
        browser.driver.findElement(By.cssSelector("#schedule-visit button[type='submit']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/visits/berg-2016-04-12-"));
        String visit = browser.driver.getCurrentUrl().replaceAll(".*/visits/", "");
        assertThat(platform.get("/api/visits/" + visit).body().get("tourId").asString())
                .isEqualTo(tourPage.replaceAll(".*/tours/", ""));
        assertThat(browser.driver.findElement(By.cssSelector(".breadcrumb a")).getAttribute("href"))
                .isEqualTo(tourPage);
    }

    @Test
    void aVisitOutsideAnyTour_isScheduledFromTheTourList_andAnEmptyVenueIsRefusedByName() {
        browser.open(platform.url("/tours"));
        new Select(browser.driver.findElement(By.id("schedule-visit-municipalityCode"))).selectByVisibleText("Östersund");
        setDate("schedule-visit-date", "2016-01-14");
        browser.driver.findElement(By.cssSelector("#schedule-visit button[type='submit']")).sendKeys(Keys.ENTER);
        WebElement venueError = new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> driver.findElement(By.id("schedule-visit-venue-error")));
        assertThat(venueError.getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.id("schedule-visit-venue")).getAttribute("aria-invalid"))
                .isEqualTo("true");

        browser.driver.findElement(By.id("schedule-visit-venue")).sendKeys("<b>Rådhuset</b>", Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().contains("/visits/ostersund-2016-01-14-"));
        String visit = browser.driver.getCurrentUrl().replaceAll(".*/visits/", "");
        JsonNode scheduled = platform.get("/api/visits/" + visit).body();
        assertThat(scheduled.get("tourId").isNull()).isTrue();
        assertThat(scheduled.get("hosts").size()).isZero();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Besök i Östersund");
        assertThat(browser.driver.findElement(By.className("lead")).getText()).contains("<b>Rådhuset</b>");

        browser.open(platform.url("/tours"));
        assertThat(browser.driver.findElements(By.cssSelector("#visit-list a[href='/visits/" + visit + "']")))
                .hasSize(1);
    }

    @Test
    void aTourThatDoesNotExist_isAPageThatSaysSo() {
        browser.open(platform.url("/tours/finns-inte"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Turnén finns inte");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theTourPagesSpeakEnglishAndBokmal() {
        browser.open(platform.url("/tours/demo-kalasturne?lang=en"));
        assertThat(browser.driver.findElement(By.id("progress-heading")).getText()).isEqualTo("Visits per municipality");
        browser.open(platform.url("/tours?lang=nb"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Turneer og besøk");
        browser.open(platform.url("/tours?lang=sv"));
    }

    /** The time a device logged a contribution, through the API the page uses. */
    @Test
    void loggedAt_isKept_aResendWithTheSameTimeChangesNothing_andATimeInTheFutureIsRefusedByName() {
        assertThat(platform.post("/api/visits", """
                {"visitId": "staff-loggedat", "municipalityCode": "2305", "date": "2015-11-11", "venue": "Bräcke",
                 "hosts": []}""").status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> platform.get("/api/visits/staff-loggedat").status() == 200);
        String loggedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS).toString();
        String body = """
                {"kind": "NEED", "text": "Bredband i byarna", "sector": "CITIZEN", "loggedAt": "%s"}""";

        assertThat(platform.put("/api/visits/staff-loggedat/contributions/c-1", body.formatted(loggedAt)).status())
                .isEqualTo(201);
        assertThat(platform.put("/api/visits/staff-loggedat/contributions/c-1", body.formatted(loggedAt)).status())
                .as("an identical resend").isEqualTo(200);
        assertThat(platform.put("/api/visits/staff-loggedat/contributions/c-1",
                                body.formatted(Instant.parse(loggedAt).plusSeconds(1))).status())
                .as("the same id logged at another time").isEqualTo(409);

        RunningPlatform.Response future = platform.put("/api/visits/staff-loggedat/contributions/c-2",
                                                       body.formatted(Instant.now().plus(1, ChronoUnit.HOURS)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.body().get("errors").get(0).get("field").asString()).isEqualTo("loggedAt");
        RunningPlatform.Response garbled = platform.put("/api/visits/staff-loggedat/contributions/c-3",
                                                        body.formatted("i går"));
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.body().get("errors").get(0).get("field").asString()).isEqualTo("loggedAt");

        await().atMost(Duration.ofSeconds(20)).until(
                () -> platform.get("/api/visits/staff-loggedat").body().path("contributions").size() == 1);
        JsonNode kept = platform.get("/api/visits/staff-loggedat").body().get("contributions").get(0);
        assertThat(kept.get("loggedAt").asString()).isEqualTo(loggedAt);
        assertThat(Instant.parse(kept.get("recordedAt").asString())).isAfter(Instant.parse(loggedAt));
    }

    private static void setDate(String id, String isoDate) {
        browser.driver.executeScript("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
                                     + "field.dispatchEvent(new Event('input', {bubbles: true}));", id, isoDate);
    }
}
