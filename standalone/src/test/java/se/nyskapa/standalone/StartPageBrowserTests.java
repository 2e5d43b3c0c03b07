package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page in a real browser, on the demo tour: in Swedish by default, one click from English and bokmål. */
@ExtendWith(WebPlatform.class)
class StartPageBrowserTests {

    private static RunningPlatform platform;
    private static Browser browser;

    @BeforeAll
    static void start(RunningPlatform running, Browser own) {
        platform = running;
        browser = own;
    }

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

    private static List<String> headings() {
        return browser.driver.findElements(By.cssSelector(".area h3")).stream().map(WebElement::getText).toList();
    }
}
