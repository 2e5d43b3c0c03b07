package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page in a real browser, on the demo tour: in Swedish by default, one click from English and bokmål. */
class StartPageBrowserTests extends InBrowser {


    @Test
    void theStartPageIsInSwedish_listsWhatEachKommunSaid_andPassesAxe() {
        browser.open(platform.url("/"));

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Dialogen om innovationsprogrammet – Region Jämtland Härjedalen");
        assertThat(headings()).containsExactly("Personal", "Analytiker", "Ledning");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(8);
        assertThat(rows.get(0).findElement(By.tagName("th")).getText()).isNotBlank();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("start-sv");
    }

    @Test
    void englishAndBokmal_areOneClickAway_andTheChoiceIsKept() {
        browser.open(platform.url("/"));
        browser.driver.findElement(By.linkText("English")).click();

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(headings()).containsExactly("Staff", "Analysts", "Leadership");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("start-en");

        browser.open(platform.url("/"));
        assertThat(headings()).as("the choice is kept").containsExactly("Staff", "Analysts", "Leadership");

        browser.open(platform.url("/?lang=nb"));
        assertThat(headings()).containsExactly("Ansatte", "Analytikere", "Ledelse");
        assertThat(browser.driver.findElement(By.cssSelector("a[aria-current='true']")).getText())
                .isEqualTo("Norsk bokmål");

        browser.open(platform.url("/?lang=de"));
        assertThat(headings()).as("an unknown language changes nothing").containsExactly("Ansatte", "Analytikere",
                                                                                          "Ledelse");
        browser.open(platform.url("/?lang=sv"));
        assertThat(headings()).containsExactly("Personal", "Analytiker", "Ledning");
    }

    @Test
    void theFirstTabGoesToTheSkipLink_whichIsShownWhenFocused() {
        browser.open(platform.url("/"));
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(focused.isDisplayed()).isTrue();
    }

    @Test
    void whatEachKommunSaid_growsOnTheOpenPage_withoutAReload() {
        browser.open(platform.url("/"));
        int before = contributionsIn("Berg");
        browser.driver.executeScript("document.getElementById('heard').dataset.marker = 'same page'");

        assertThat(platform.post("/api/visits", """
                {"visitId": "start-live-berg", "municipalityCode": "2326", "date": "2015-11-12", "venue": "Svenstavik",
                 "hosts": ["Anna"]}""").status()).isEqualTo(201);
        assertThat(platform.put("/api/visits/start-live-berg/contributions/start-live-1", """
                {"kind": "NEED", "text": "Bättre kollektivtrafik", "sector": "CITIZEN"}""").status()).isEqualTo(201);

        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> contributionsIn("Berg") != before);
        assertThat(contributionsIn("Berg")).isEqualTo(before + 1);
        assertThat(browser.driver.executeScript("return document.getElementById('heard').dataset.marker"))
                .as("the table changed in place, the page was not reloaded").isEqualTo("same page");
    }

    /** The kommun's count as the open page shows it, read in one step: the table may be swapped at any moment. */
    private static int contributionsIn(String kommun) {
        return Integer.parseInt((String) browser.driver.executeScript("""
                return [...document.querySelectorAll('#heard tbody tr')]
                    .find(row => row.querySelector('th').textContent.trim() === arguments[0])
                    .querySelector('td:last-child').textContent.trim()""", kommun));
    }

    private static List<String> headings() {
        return browser.driver.findElements(By.cssSelector(".area h3")).stream().map(WebElement::getText).toList();
    }
}
