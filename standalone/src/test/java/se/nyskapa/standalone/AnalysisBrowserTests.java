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

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analysts in a real browser: the heat map, a cell's contributions, tagging, the proposal builder, theme curation and
 * the kommun, theme and proposal pages. What the tests change is their own: a visit to Berg with contributions under
 * two themes of their own, and proposals and themes under ids that start with {@code ana-} or that the page makes.
 */
class AnalysisBrowserTests extends InBrowser {

    private static final String VISIT = "ana-besok-berg";
    private static final String THEME_X = "ana-tema-x";
    private static final String THEME_Y = "ana-tema-y";
    private static final String THEME_RETIRED = "ana-tema-avvecklat";
    private static final String BERG = "2326";
    private static final String SCRIPT = "<script>alert(1)</script>";


    @BeforeAll
    static void seed() {
        created(platform.post("/api/themes", """
                {"themeId": "%s", "name": "Analystestets tema X"}""".formatted(THEME_X)));
        created(platform.post("/api/themes", """
                {"themeId": "%s", "name": "Analystestets tema Y"}""".formatted(THEME_Y)));
        created(platform.post("/api/visits", """
                {"visitId": "%s", "municipalityCode": "%s", "date": "2015-11-05", "venue": "Bergs bygdegård",
                 "hosts": ["Anna"]}""".formatted(VISIT, BERG)));
        record("ana-c-1", "IDEA", "Ett fjällbibliotek i varje by");
        record("ana-c-2", "NEED", "Bättre kollektivtrafik mellan byarna");
        record("ana-c-3", "OPPORTUNITY", "Lediga lokaler i skolan på kvällarna");
        record("ana-c-4", "RESOURCE", "Bygdegårdsföreningens lokaler");
        record("ana-c-xss", "NEED", SCRIPT);
        created(platform.post("/api/themes", """
                {"themeId": "%s", "name": "Avvecklat testtema"}""".formatted(THEME_RETIRED)));
        record("ana-c-ret", "IDEA", "Ett tema som inte längre används", THEME_RETIRED);
        assertThat(platform.post("/api/themes/" + THEME_RETIRED + "/retirement", "{}").status()).isEqualTo(200);
        platform.awaitCaughtUp();
    }

    @Test
    void anAnalystFollowsACellOfTheHeatMap_tagsAContribution_andDraftsAProposalFromThree() {
        browser.open(platform.url("/analysis"));
        assertThat(heading()).isEqualTo("Teman och kommuner");
        WebElement cell = browser.driver.findElement(By.xpath(
                "//table[contains(@class,'heat-map')]//tr[th/a[@href='/themes/" + THEME_X + "']]"
                + "/td[a[contains(@href,'municipality=" + BERG + "')]]"));
        assertThat(cell.getText()).startsWith("5");
        assertThat(cell.getAttribute("class")).containsPattern("heat--[1-4]");
        assertThat(browser.driver.findElement(By.id("heat-map")).getAttribute("data-live")).isEqualTo("themes");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-heat-map");

        cell.findElement(By.tagName("a")).click();
        assertThat(heading()).isEqualTo("Sök inspel");
        assertThat(hitTexts()).containsExactlyInAnyOrder("Ett fjällbibliotek i varje by",
                                                         "Bättre kollektivtrafik mellan byarna",
                                                         "Lediga lokaler i skolan på kvällarna",
                                                         "Bygdegårdsföreningens lokaler", SCRIPT);
        assertThat(new Select(browser.driver.findElement(By.id("theme"))).getFirstSelectedOption()
                           .getAttribute("value")).isEqualTo(THEME_X);

        WebElement hit = hit("ana-c-1");
        WebElement summary = hit.findElement(By.cssSelector(".tagging summary"));
        summary.sendKeys(Keys.ENTER);
        WebElement box = hit.findElement(By.id("tag-ana-c-1-" + THEME_Y));
        box.sendKeys(Keys.SPACE);
        hit.findElement(By.cssSelector(".tagging button")).sendKeys(Keys.ENTER);
        wait(20).until(driver -> hit.findElement(By.cssSelector(".tagging .status")).getText().equals("Sparat"));
        assertThat(hit.findElement(By.className("hit__theme-names")).getText())
                .isEqualTo("Analystestets tema X, Analystestets tema Y");
        await().atMost(Duration.ofSeconds(20)).until(() -> themesOf("ana-c-1").equals(List.of(THEME_X, THEME_Y)));

        for (String id : List.of("ana-c-1", "ana-c-2", "ana-c-3")) {
            browser.driver.findElement(By.id("select-" + id)).sendKeys(Keys.SPACE);
        }
        assertThat(browser.driver.findElement(By.id("selection-count")).getText()).isEqualTo("3 valda inspel");
        browser.driver.navigate().refresh();
        assertThat(browser.driver.findElement(By.id("selection-count")).getText())
                .as("the selection is kept across pages").isEqualTo("3 valda inspel");
        assertThat(browser.driver.findElement(By.id("select-ana-c-2")).isSelected()).isTrue();
        assertThat(browser.driver.findElement(By.id("select-ana-c-4")).isSelected()).isFalse();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-search");

        browser.driver.findElement(By.id("draft-title")).sendKeys("Fjällbibliotek och lokaler i byarna");
        browser.driver.findElement(By.id("draft-description")).sendKeys("Byarnas lokaler som mötesplatser.");
        new Select(browser.driver.findElement(By.id("draft-theme"))).selectByValue(THEME_X);
        browser.driver.findElement(By.cssSelector("#draft-form button")).click();
        wait(30).until(ExpectedConditions.urlContains("/proposals/"));
        String proposalId = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().lastIndexOf('/') + 1);

        JsonNode proposal = platform.get("/api/proposals/" + proposalId).body();
        assertThat(evidenceOf(proposal)).containsExactlyInAnyOrder("ana-c-1", "ana-c-2", "ana-c-3");
        assertThat(proposal.get("title").asString()).isEqualTo("Fjällbibliotek och lokaler i byarna");
        assertThat(proposal.get("themeId").asString()).isEqualTo(THEME_X);
        assertThat(heading()).isEqualTo("Fjällbibliotek och lokaler i byarna");
        assertThat(browser.driver.findElements(By.cssSelector("#evidence > li"))).hasSize(3);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-proposal");

        assessAndNamePilots(proposalId);
        linkAndUnlinkEvidence(proposalId);

        browser.open(platform.url("/proposals"));
        assertThat(browser.driver.findElement(By.linkText("Fjällbibliotek och lokaler i byarna")).getAttribute("href"))
                .endsWith("/proposals/" + proposalId);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-proposals");
    }

    private static void assessAndNamePilots(String proposalId) {
        WebElement form = browser.driver.findElement(By.id("assess-form"));
        new Select(form.findElement(By.id("impact"))).selectByValue("4");
        new Select(form.findElement(By.id("feasibility"))).selectByValue("3");
        form.findElement(By.id("assessedBy")).sendKeys("Analytikern");
        form.findElement(By.tagName("button")).click();
        WebElement problem = wait(20).until(driver -> driver.findElement(By.id("rationale-problem")));
        wait(20).until(driver -> !problem.getText().isEmpty());
        assertThat(problem.getText()).as("the server's refusal, next to its field").startsWith("Inte sparat: ");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("rationale");

        browser.driver.findElement(By.id("rationale")).sendKeys("Brett stöd i byarna");
        submitAndAwaitReload(browser.driver.findElement(By.cssSelector("#assess-form button")));
        JsonNode assessment = platform.get("/api/proposals/" + proposalId).body().get("assessment");
        assertThat(assessment.get("impact").asInt()).isEqualTo(4);
        assertThat(assessment.get("feasibility").asInt()).isEqualTo(3);
        assertThat(assessment.get("assessedBy").asString()).isEqualTo("Analytikern");

        browser.driver.findElement(By.id("pilot-" + BERG)).click();
        browser.driver.findElement(By.id("pilot-2303")).click();
        submitAndAwaitReload(browser.driver.findElement(By.cssSelector("#pilots-form button")));
        assertThat(texts(platform.get("/api/proposals/" + proposalId).body().get("pilotMunicipalities")))
                .containsExactlyInAnyOrder(BERG, "2303");
        assertThat(browser.driver.findElement(By.id("pilot-" + BERG)).isSelected()).isTrue();

        new Select(browser.driver.findElement(By.id("status"))).selectByValue("UNDER_REVIEW");
        submitAndAwaitReload(browser.driver.findElement(By.cssSelector("#status-form button")));
        assertThat(platform.get("/api/proposals/" + proposalId).body().get("status").asString())
                .isEqualTo("UNDER_REVIEW");
        assertThat(browser.driver.findElement(By.cssSelector("#proposal-summary .badge")).getText())
                .isEqualTo("Under beredning");
    }

    private static void linkAndUnlinkEvidence(String proposalId) {
        browser.driver.findElement(By.linkText("Lägg till underlag från sökningen")).click();
        assertThat(browser.driver.findElement(By.className("notice")).getText())
                .contains("Fjällbibliotek och lokaler i byarna");
        browser.driver.findElement(By.id("visit")).sendKeys(VISIT, Keys.ENTER);
        wait(20).until(ExpectedConditions.urlContains("visit=" + VISIT));
        assertThat(hit("ana-c-1").findElement(By.className("link-evidence")).getText()).contains("Redan underlag");
        WebElement link = hit("ana-c-4").findElement(By.cssSelector(".link-evidence button"));
        link.click();
        wait(20).until(driver -> hit("ana-c-4").findElement(By.cssSelector(".link-evidence .status")).getText()
                                               .equals("Sparat"));
        await().atMost(Duration.ofSeconds(20)).until(() -> evidenceOf(platform.get("/api/proposals/" + proposalId)
                                                                              .body()).size() == 4);

        browser.open(platform.url("/proposals/" + proposalId));
        assertThat(browser.driver.findElements(By.cssSelector("#evidence > li"))).hasSize(4);
        submitAndAwaitReload(browser.driver.findElement(By.cssSelector("#evidence-ana-c-4 button")));
        assertThat(evidenceOf(platform.get("/api/proposals/" + proposalId).body()))
                .containsExactlyInAnyOrder("ana-c-1", "ana-c-2", "ana-c-3");
        assertThat(browser.driver.findElements(By.cssSelector("#evidence > li"))).hasSize(3);
    }

    @Test
    void aLongResult_isPagedTwentyAtATime_forwardAndBack() {
        browser.open(platform.url("/search?kind=NEED"));
        assertThat(browser.driver.findElements(By.cssSelector("li.hit"))).hasSize(20);
        String first = browser.driver.findElements(By.cssSelector("li.hit .entry__text")).get(0).getText();

        browser.driver.findElement(By.cssSelector("a[rel='next']")).click();
        assertThat(browser.driver.getCurrentUrl()).contains("page=1");
        assertThat(browser.driver.findElements(By.cssSelector("li.hit"))).isNotEmpty();

        browser.driver.findElement(By.cssSelector("a[rel='prev']")).click();
        assertThat(browser.driver.findElements(By.cssSelector("li.hit .entry__text")).get(0).getText())
                .isEqualTo(first);
    }

    @Test
    void analystsDefineRenameMergeAndRetireThemes_andARefusalShowsNextToItsField() {
        browser.open(platform.url("/themes"));
        assertThat(heading()).isEqualTo("Teman");
        browser.driver.findElement(By.id("define-name")).sendKeys("Kurering A");
        browser.driver.findElement(By.id("define-id")).sendKeys("ana kur a");
        browser.driver.findElement(By.cssSelector(".define-theme button")).click();
        WebElement problem = browser.driver.findElement(By.id("define-id-problem"));
        wait(20).until(driver -> !problem.getText().isEmpty());
        assertThat(problem.getText()).startsWith("Inte sparat: ").contains("an id is");
        assertThat(browser.driver.findElement(By.id("define-id")).getAttribute("aria-invalid")).isEqualTo("true");

        WebElement id = browser.driver.findElement(By.id("define-id"));
        id.clear();
        id.sendKeys("ana-kur-a");
        submitAndAwaitReload(browser.driver.findElement(By.cssSelector(".define-theme button")));
        assertThat(platform.get("/api/themes/ana-kur-a").body().get("name").asString()).isEqualTo("Kurering A");
        created(platform.post("/api/themes", """
                {"themeId": "ana-kur-b", "name": "Kurering B"}"""));
        platform.awaitCaughtUp();

        browser.open(platform.url("/themes"));
        curate("ana-kur-a");
        WebElement rename = browser.driver.findElement(By.id("rename-ana-kur-a"));
        rename.clear();
        rename.sendKeys("Kurering A, nytt namn");
        submitAndAwaitReload(rename.findElement(By.xpath("ancestor::form//button")));
        assertThat(platform.get("/api/themes/ana-kur-a").body().get("name").asString())
                .isEqualTo("Kurering A, nytt namn");
        assertThat(browser.driver.findElement(By.cssSelector("#theme-ana-kur-a h3 a")).getText())
                .isEqualTo("Kurering A, nytt namn");

        curate("ana-kur-a");
        WebElement into = browser.driver.findElement(By.id("merge-ana-kur-a"));
        new Select(into).selectByValue("ana-kur-b");
        submitAndAwaitReload(into.findElement(By.xpath("ancestor::form//button")));
        JsonNode merged = platform.get("/api/themes/ana-kur-a").body();
        assertThat(merged.get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.get("mergedInto").asString()).isEqualTo("ana-kur-b");
        assertThat(browser.driver.findElement(By.cssSelector("#theme-ana-kur-a .badge")).getText())
                .isEqualTo("Sammanslaget");

        curate("ana-kur-b");
        submitAndAwaitReload(browser.driver.findElement(
                By.cssSelector("#theme-ana-kur-b form[data-api$='/retirement'] button")));
        assertThat(platform.get("/api/themes/ana-kur-b").body().get("status").asString()).isEqualTo("RETIRED");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-themes");
    }

    @Test
    void retaggingAHitThatCarriesARetiredTheme_saysThatThemeGoes_andSavesWithoutIt() {
        browser.open(platform.url("/search?theme=" + THEME_RETIRED));
        WebElement hit = hit("ana-c-ret");
        assertThat(hit.findElement(By.className("hit__theme-names")).getText()).isEqualTo("Avvecklat testtema");
        hit.findElement(By.cssSelector(".tagging summary")).click();
        assertThat(hit.findElements(By.id("tag-ana-c-ret-" + THEME_RETIRED))).as("not offered").isEmpty();
        assertThat(hit.findElement(By.cssSelector(".tagging .hint")).getText()).endsWith(": Avvecklat testtema");
        hit.findElement(By.id("tag-ana-c-ret-" + THEME_Y)).click();
        hit.findElement(By.cssSelector(".tagging button")).click();
        wait(20).until(driver -> hit.findElement(By.cssSelector(".tagging .status")).getText().equals("Sparat"));
        assertThat(hit.findElement(By.className("hit__theme-names")).getText()).isEqualTo("Analystestets tema Y");
        await().atMost(Duration.ofSeconds(20)).until(() -> themesOf("ana-c-ret").equals(List.of(THEME_Y)));
    }

    @Test
    void aContributionThatLooksLikeAScript_showsAsTextInSearchAndOnTheThemeAndKommunPages() {
        browser.open(platform.url("/search?q=alert&visit=" + VISIT));
        WebElement text = hit("ana-c-xss").findElement(By.className("entry__text"));
        assertThat(text.getText()).isEqualTo(SCRIPT);
        assertThat(text.findElement(By.tagName("mark")).getText()).isEqualTo("alert");
        assertNoScriptRan();

        browser.open(platform.url("/themes/" + THEME_X));
        assertThat(heading()).startsWith("Temat Analystestets tema X");
        assertThat(browser.driver.findElement(By.cssSelector("#contribution-ana-c-xss .entry__text")).getText())
                .isEqualTo(SCRIPT);
        assertNoScriptRan();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-theme");

        browser.open(platform.url("/municipalities/" + BERG));
        assertThat(heading()).isEqualTo("Kommunprofil: Berg");
        assertThat(browser.driver.findElement(By.cssSelector("#need-ana-c-xss .entry__text")).getText())
                .isEqualTo(SCRIPT);
        assertThat(browser.driver.findElement(By.linkText("Analystestets tema X")).getAttribute("href"))
                .endsWith("/themes/" + THEME_X);
        assertNoScriptRan();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("analysis-municipality");
    }

    @Test
    void aKommunPageBeyondItsLastPageOfNeeds_saysSo_andUnknownAddressesAreNotFoundPages() throws Exception {
        browser.open(platform.url("/municipalities/2380?page=7"));
        assertThat(heading()).isEqualTo("Kommunprofil: Östersund");
        assertThat(browser.driver.findElement(By.cssSelector("#profile")).getText())
                .contains("Inga behov på den här sidan.");
        browser.open(platform.url("/municipalities/2380?page=inte-en-sida"));
        assertThat(browser.driver.findElements(By.cssSelector("#profile .entries > li"))).isNotEmpty();
        for (String path : List.of("/municipalities/9999", "/themes/finns-inte", "/proposals/finns-inte")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    platform.request(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            browser.open(platform.url(path));
            assertThat(heading()).as(path).endsWith("finns inte");
        }
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void everyAnalysisPage_hasAllItsTextsInEachLanguage() {
        List<String> pages = List.of("/analysis", "/themes", "/themes/" + THEME_X, "/search?theme=" + THEME_X,
                                     "/search?q=bibliotek&proposal=demo-p-ideslussar", "/municipalities/" + BERG,
                                     "/proposals", "/proposals/demo-p-ideslussar", "/proposals/finns-inte");
        try {
            for (String language : List.of("sv", "en", "nb")) {
                for (String page : pages) {
                    browser.open(platform.url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                    assertThat(browser.driver.getPageSource()).as(page + " in " + language).doesNotContain("??");
                    assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                            .isEqualTo(language);
                }
            }
        } finally {
            browser.open(platform.url("/analysis?lang=sv"));
        }
        browser.open(platform.url("/proposals/demo-p-ideslussar"));
        assertThat(browser.driver.findElements(By.cssSelector("#stances tbody tr"))).isNotEmpty();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private static void curate(String themeId) {
        browser.driver.findElement(By.cssSelector("#theme-" + themeId + " summary")).sendKeys(Keys.ENTER);
    }

    /** Submits a form whose change the page shows once the projections have it, by rendering itself again. */
    private static void submitAndAwaitReload(WebElement button) {
        WebElement main = browser.driver.findElement(By.id("main"));
        button.click();
        wait(30).until(ExpectedConditions.stalenessOf(main));
        wait(10).until(driver -> !driver.findElements(By.id("main")).isEmpty());
    }

    private static void assertNoScriptRan() {
        assertThat(browser.driver.executeScript("return document.querySelectorAll('main script').length"))
                .isEqualTo(0L);
        assertThat(browser.driver.getTitle()).isNotBlank();
    }

    private static WebElement hit(String contributionId) {
        return browser.driver.findElement(By.id("hit-" + contributionId));
    }

    private static List<String> hitTexts() {
        return browser.driver.findElements(By.cssSelector(".hit .entry__text")).stream().map(WebElement::getText)
                             .toList();
    }

    private static String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
    }

    private static void record(String id, String kind, String text) {
        record(id, kind, text, THEME_X);
    }

    private static void record(String id, String kind, String text, String themeId) {
        String json = "{\"kind\": \"%s\", \"text\": \"%s\", \"sector\": \"CITIZEN\"}".formatted(kind, text);
        created(platform.put("/api/visits/" + VISIT + "/contributions/" + id, json));
        assertThat(platform.put("/api/visits/" + VISIT + "/contributions/" + id + "/themes",
                                "{\"themeIds\": [\"" + themeId + "\"]}").status()).isEqualTo(200);
    }

    private static void created(RunningPlatform.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(201);
    }

    private static List<String> themesOf(String contributionId) {
        JsonNode visit = platform.get("/api/visits/" + VISIT).body();
        return StreamSupport.stream(visit.get("contributions").spliterator(), false)
                            .filter(c -> c.get("contributionId").asString().equals(contributionId))
                            .findFirst().map(c -> texts(c.get("themeIds"))).orElse(List.of());
    }

    private static Set<String> evidenceOf(JsonNode proposal) {
        return StreamSupport.stream(proposal.get("evidence").spliterator(), false)
                            .filter(e -> !e.get("retracted").asBoolean())
                            .map(e -> e.get("contributionId").asString()).collect(Collectors.toSet());
    }

    private static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        array.forEach(node -> all.add(node.asString()));
        return all;
    }
}
