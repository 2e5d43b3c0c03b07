package se.nyskapa.standalone;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The projections page: a rebuild started from it, followed to its end without a reload. */
class ProjectionsPageBrowserTests extends InBrowser {


    @Test
    void aRebuildStartedFromThePage_isFollowedLiveUntilItIsDone() {
        browser.open(platform.url("/admin/projections"));
        assertThat(browser.driver.findElements(By.cssSelector("#projections tbody tr"))).hasSize(9);
        assertThat(row("tours").getAttribute("data-state")).isEqualTo("RUNNING");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("admin-projections");
        browser.driver.executeScript("document.getElementById('projections').dataset.marker = 'same page'");

        row("tours").findElement(By.cssSelector("button.rebuild")).click();

        Wait<WebDriver> wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class);
        wait.until(driver -> driver.findElement(By.id("rebuild-status")).getText().equals("tours byggs om."));
        wait.until(
                driver -> "RUNNING".equals(row("tours").getAttribute("data-state"))
                          && row("tours").findElement(By.cssSelector("button.rebuild")).isEnabled());
        assertThat(row("tours").findElement(By.tagName("progress")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.driver.executeScript("return document.getElementById('projections').dataset.marker"))
                .as("followed in place, not reloaded").isEqualTo("same page");
        assertThat(platform.get("/api/tours/demo-kalasturne").status()).as("rebuilt, not lost").isEqualTo(200);
    }

    private static WebElement row(String projection) {
        return browser.driver.findElement(By.cssSelector("#projections tr[data-projection='" + projection + "']"));
    }
}
