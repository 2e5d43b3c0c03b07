package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in a real browser, what each role is offered, and the CSRF token a session's changes need.
 * Each test signs in as the user it needs.
 */
class LoginBrowserTests extends InBrowser {

    private static final String PASSWORD = "ett lösenord för webbläsaren";

    @BeforeAll
    static void users() {
        platform.createUser("karin-personal", PASSWORD, "STAFF");
        platform.createUser("lars-ledning", PASSWORD, "LEADERSHIP");
    }

    @Test
    void aWrongPassword_staysOnTheLoginPage_sayingSo() {
        signOut();
        browser.open(platform.url("/login"));
        browser.driver.findElement(By.id("username")).sendKeys("karin-personal");
        browser.driver.findElement(By.id("password")).sendKeys("fel", Keys.ENTER);

        assertThat(browser.driver.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Fel användarnamn eller lösenord.");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("login-error");
    }

    @Test
    void staff_areOfferedTheirArea_andAnotherRolesPageSaysTheyHaveNoAccess() {
        signInAs("karin-personal");
        browser.open(platform.url("/"));

        assertThat(texts(By.cssSelector(".areas-nav a"))).containsExactly("Besök");
        assertThat(browser.driver.findElement(By.cssSelector(".signed-in span")).getText()).isEqualTo("karin-personal");
        browser.open(platform.url("/programmes"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Du har inte behörighet");
        assertThat(texts(By.cssSelector(".areas-nav a"))).as("the error page knows who is signed in")
                                                         .containsExactly("Besök");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.open(platform.url("/tours"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void leadership_readsTheProgramme_andSigningOutEndsTheSession() {
        signInAs("lars-ledning");
        browser.open(platform.url("/programmes"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/programmes");

        signOut();

        assertThat(browser.driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Du är utloggad.");
        browser.open(platform.url("/programmes"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aSessionsChange_needsTheCsrfTokenItsPagesSend() {
        signInAs(RunningPlatform.TESTER, RunningPlatform.TESTER_PASSWORD);
        browser.open(platform.url("/tours"));
        String tour = "{\"tourId\": \"%s\", \"name\": \"Turné\", \"startDate\": \"2015-11-02\", "
                      + "\"endDate\": \"2015-11-30\"}";

        long without = send("/api/tours", tour.formatted("t-without-token"), false);
        long with = send("/api/tours", tour.formatted("t-with-token"), true);

        assertThat(without).isEqualTo(403);
        assertThat(with).isEqualTo(201);
        assertThat(platform.get("/api/tours/t-without-token").status()).isEqualTo(404);
    }

    /** Sends a change from the page as its scripts do, with or without the token; answers the status. */
    private static long send(String path, String body, boolean withToken) {
        Object status = browser.driver.executeAsyncScript("""
                const [path, body, withToken, done] = arguments;
                const headers = {'Content-Type': 'application/json'};
                if (withToken) {
                    const cookie = document.cookie.split('; ').find(pair => pair.startsWith('XSRF-TOKEN='));
                    headers['X-XSRF-TOKEN'] = decodeURIComponent(cookie.substring('XSRF-TOKEN='.length));
                }
                fetch(path, {method: 'POST', headers, body}).then(response => done(response.status));
                """, path, body, withToken);
        return (Long) status;
    }

    private static void signInAs(String username) {
        signInAs(username, PASSWORD);
    }

    private static void signInAs(String username, String password) {
        signOut();
        browser.signIn(platform, username, password);
    }

    private static void signOut() {
        browser.open(platform.url("/login"));
        List<WebElement> signOut = browser.driver.findElements(By.cssSelector(".signed-in button"));
        if (!signOut.isEmpty()) {
            signOut.get(0).click();
        }
    }

    private static List<String> texts(By selector) {
        return browser.driver.findElements(selector).stream().map(WebElement::getText).toList();
    }
}
