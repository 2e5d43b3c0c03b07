package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leadership in a real browser: a programme of this class's own, made through the API with a proposal placed between
 * its two published versions, so the past it shows does not hang on when the demo was loaded. The summary and its
 * time slider (by keyboard), the diff, the PDFs, återkoppling and the exports.
 */
class LeadershipBrowserTests extends InBrowser {

    private static final String PROGRAMME = "ld-program";
    private static final String VISIT = "ld-harjedalen";
    private static final String HARJEDALEN = "2361";
    private static final String FIRST = "Fjällnära vård – æ ø å ä ö";
    private static final String SECOND = "Ökad samverkan på fjället";
    private static final String SCRIPT = "<script>alert(1)</script>";


    @BeforeAll
    static void seed() throws InterruptedException {
        created(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-24", "venue": "Sveg",
                 "hosts": ["Anna"]}""".formatted(VISIT, HARJEDALEN)));
        contribute("ld-c-1", "NEED", "Vårdcentralen i Funäsdalen behöver distansmöten");
        contribute("ld-c-2", "IDEA", "Gemensam bokning för fjällstugorna");
        contribute("ld-c-3", "IDEA", SCRIPT);
        created(platform.post("/api/proposals", """
                {"proposalId": "ld-p-1", "title": "%s", "description": "Vård på distans i fjällvärlden",
                 "themeId": "samskapande-halso-och-sjukvard", "evidence": ["ld-c-1"]}""".formatted(FIRST)));
        created(platform.post("/api/proposals", """
                {"proposalId": "ld-p-2", "title": "%s", "description": "Besöksnäringen tillsammans",
                 "themeId": "dialogplattform", "evidence": ["ld-c-2", "ld-c-3"]}""".formatted(SECOND)));
        created(platform.post("/api/programmes", """
                {"programmeId": "%s", "name": "Ledningens testprogram 2030", "horizonYear": 2030}"""
                                     .formatted(PROGRAMME)));
        created(platform.post("/api/programmes/" + PROGRAMME + "/focus-areas",
                              "{\"focusAreaId\": \"fjall\", \"name\": \"Livet i fjällen\"}"));
        created(platform.post("/api/programmes/" + PROGRAMME + "/placements",
                              "{\"proposalId\": \"ld-p-1\", \"focusAreaId\": \"fjall\"}"));
        publish("Första utkastet");
        created(platform.post("/api/programmes/" + PROGRAMME + "/placements",
                              "{\"proposalId\": \"ld-p-2\", \"focusAreaId\": \"fjall\"}"));
        publish("Andra utkastet");
        platform.awaitCaughtUp();
    }

    @Test
    void theProgrammesAreListed_eachALinkToItsSummary() {
        browser.open(platform.url("/programmes"));

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Innovationsprogram");
        browser.driver.findElement(By.linkText("Ledningens testprogram 2030")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ledningens testprogram 2030");
        browser.open(platform.url("/programmes"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leadership-programmes");
    }

    @Test
    void theSlider_movedByKeyboardToBeforeTheSecondVersion_showsTheOlderDraft() {
        browser.open(platform.url("/programmes/" + PROGRAMME));
        assertThat(proposalTitles()).containsExactly(FIRST, SECOND);
        WebElement slider = browser.driver.findElement(By.id("moment"));
        assertThat(label()).isEqualTo("Nu");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leadership-programme");

        for (int i = 0; i < 3; i++) {
            slider.sendKeys(Keys.ARROW_LEFT);
        }

        assertThat(label()).endsWith("– version 1 publicerad");
        assertThat(slider.getAttribute("aria-valuetext")).isEqualTo(label());
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                driver -> proposalTitles().equals(List.of(FIRST)));
        assertThat(browser.driver.getCurrentUrl()).contains("asOf=");
        assertThat(browser.driver.findElement(By.id("time-status")).getText())
                .startsWith("Du ser utkastet som det stod");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("the focus stays on the slider")
                                                                                .isEqualTo("moment");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leadership-programme-version-1");

        browser.driver.navigate().refresh();
        assertThat(proposalTitles()).as("the address holds the moment").containsExactly(FIRST);
        assertThat(label()).endsWith("– version 1 publicerad");
    }

    @Test
    void withoutJavaScript_theSlidersFormAnswersWithTheDraftsAddressAtThatMoment() {
        HttpResponse<byte[]> moment = Downloads.get(platform, "/programmes/" + PROGRAMME + "?moment=3");

        assertThat(moment.statusCode()).isEqualTo(302);
        String location = moment.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/programmes/" + PROGRAMME + "?asOf=");
        browser.open(location.startsWith("http") ? location : platform.url(location));
        assertThat(proposalTitles()).containsExactly(FIRST);
    }

    @Test
    void theKommunerHeardAndNot_areTilesThatSayItInWords_andLeadToTheirFeedback() {
        browser.open(platform.url("/programmes/" + PROGRAMME));
        List<WebElement> tiles = browser.driver.findElements(By.cssSelector("#coverage .tile"));

        assertThat(tiles).hasSize(8);
        WebElement harjedalen = tiles.stream().filter(t -> t.getText().startsWith("Härjedalen")).findFirst()
                                     .orElseThrow();
        assertThat(harjedalen.findElement(By.className("tile__state")).getText()).isEqualTo("Hörd");
        assertThat(tiles.stream().filter(t -> t.getText().startsWith("Åre")).findFirst().orElseThrow()
                        .findElement(By.className("tile__state")).getText()).isEqualTo("Inte hörd");
        assertThat(browser.driver.findElement(By.cssSelector("#coverage > p")).getText())
                .startsWith("1 av regionens 8 kommuner");
        harjedalen.findElement(By.tagName("a")).click();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Återkoppling till Härjedalen");
    }

    @Test
    void theDiffBetweenTheVersions_namesTheProposalAdded_andItsFormPicksOthers() {
        browser.open(platform.url("/programmes/" + PROGRAMME));
        browser.driver.findElement(By.linkText("Jämför version 1 och 2")).click();

        assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo("Från version 1 till version 2");
        assertThat(browser.driver.findElement(By.id("diff")).getText()).contains("Nya förslag", SECOND)
                                                                     .doesNotContain(FIRST);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leadership-diff");

        new Select(browser.driver.findElement(By.id("to"))).selectByVisibleText("Utkastet nu");
        browser.driver.findElement(By.cssSelector(".diff-form button")).click();
        // the form loads another page: the heading is read from that page once it has come, not from the old one
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBe(By.id("diff-heading"), "Från version 1 till utkastet nu"));
        assertThat(browser.driver.findElement(By.id("diff-heading")).getText())
                .isEqualTo("Från version 1 till utkastet nu");
    }

    @Test
    void theProgrammePdf_hasTheProposalsTitles_andAsOfTheOlderDraftOnlyTheFirst() {
        HttpResponse<byte[]> response = Downloads.get(platform, "/programmes/" + PROGRAMME + ".pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        Downloads.Pdf pdf = Downloads.pdf(response.body());
        assertThat(pdf.text()).contains(FIRST, SECOND, "Livet i fjällen", "Härjedalen");
        assertThat(pdf.title()).isEqualTo("Ledningens testprogram 2030");
        assertThat(pdf.language()).isEqualTo("sv");

        String firstVersion = storedAt("DraftPublished", 0);
        Downloads.Pdf older = Downloads.pdf(Downloads.get(platform, "/programmes/" + PROGRAMME + ".pdf?asOf="
                                                                    + firstVersion).body());
        assertThat(older.text()).contains(FIRST).doesNotContain(SECOND);
        assertThat(Downloads.pdf(Downloads.get(platform, "/programmes/" + PROGRAMME + ".pdf?lang=en").body()).text())
                .contains("Focus areas and proposals");
    }

    @Test
    void theFeedbackPage_saysWhatWasHeardAndWhereItWent_userTextAsText_andAsPdf() {
        browser.open(platform.url("/municipalities/" + HARJEDALEN + "/feedback"));

        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Återkoppling till Härjedalen");
        String heard = browser.driver.findElement(By.id("feedback-heard")).getText();
        assertThat(heard).contains(SCRIPT, "Vårdcentralen i Funäsdalen behöver distansmöten");
        assertThat(browser.driver.findElement(By.id("feedback-proposals")).getText())
                .contains(FIRST, "Ledningens testprogram 2030: Livet i fjällen");
        assertThat(browser.driver.findElements(By.cssSelector("#feedback-heard script"))).isEmpty();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leadership-feedback");

        HttpResponse<byte[]> response = Downloads.get(platform, "/municipalities/" + HARJEDALEN + "/feedback.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        Downloads.Pdf pdf = Downloads.pdf(response.body());
        assertThat(pdf.title()).isEqualTo("Återkoppling till Härjedalen");
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.text()).contains("Återkoppling till Härjedalen", "Vårdcentralen i Funäsdalen", SCRIPT, FIRST);
        assertThat(Downloads.get(platform, "/municipalities/9999/feedback.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theExportsPage_downloadsWithProgress() {
        browser.open(platform.url("/exports"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        new Select(browser.driver.findElement(By.id("export-municipality"))).selectByVisibleText("Härjedalen");
        browser.driver.findElement(By.xpath("//button[text()='Ladda ner CSV']")).click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(
                driver -> driver.findElement(By.id("export-status")).getText().startsWith("Klart:"));
        WebElement progress = browser.driver.findElement(By.id("export-progress"));
        assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("leadership-exports");
    }

    private static List<String> proposalTitles() {
        return browser.driver.findElements(By.cssSelector("#draft .proposal__title")).stream()
                             .map(WebElement::getText).toList();
    }

    private static String label() {
        return browser.driver.findElement(By.id("moment-label")).getText();
    }

    /** When the programme's n-th event of a type was stored, from its history. */
    private static String storedAt(String type, int n) {
        JsonNode events = platform.get("/api/history/" + PROGRAMME).body().get("events");
        int seen = 0;
        for (JsonNode event : events) {
            if (event.get("type").asString().equals(type) && seen++ == n) {
                return event.get("at").asString();
            }
        }
        throw new IllegalStateException("no " + type + " number " + n);
    }

    /** Published versions a moment apart, so that an instant can fall between them. */
    private static void publish(String note) throws InterruptedException {
        Thread.sleep(50);
        created(platform.post("/api/programmes/" + PROGRAMME + "/versions", "{\"note\": \"" + note + "\"}"));
        Thread.sleep(50);
    }

    private static void contribute(String id, String kind, String text) {
        created(platform.put("/api/visits/" + VISIT + "/contributions/" + id,
                             JsonMapper.builder().build().createObjectNode().put("kind", kind).put("text", text)
                                       .put("sector", "ELECTED_OFFICIAL").toString()));
    }

    private static void created(RunningPlatform.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isIn(200, 201);
    }
}
