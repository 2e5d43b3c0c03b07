package se.nyskapa.standalone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the web application with an organisation's account, in a real browser, through a real OpenID
 * Connect provider ({@link IdentityProvider}) and its authorization code flow: the login page links the provider,
 * the provider's login page sends the browser back with a code, the platform exchanges it for tokens behind the
 * browser's back, and the user is signed in under their own name with the roles their provider gives them, set up
 * as for Keycloak (roles under {@code realm_access.roles}, one of them by another name).
 */
class OidcLoginBrowserTests {

    private static final String REGISTRATION = "region";

    @TempDir
    static Path dataDir;
    static IdentityProvider provider;
    static RunningPlatform platform;

    @BeforeAll
    static void start() {
        provider = IdentityProvider.start();
        String client = "--spring.security.oauth2.client.registration." + REGISTRATION;
        platform = RunningPlatform.start(
                dataDir,
                client + ".client-id=" + IdentityProvider.CLIENT_ID,
                client + ".client-secret=" + IdentityProvider.CLIENT_SECRET,
                client + ".client-name=Regionens konto",
                client + ".scope=openid,profile",
                "--spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri=" + provider.issuer(),
                "--nyskapa.security.oidc.roles-claim=realm_access.roles",
                "--nyskapa.security.oidc.role-mapping.programledning=LEADERSHIP");
    }

    @AfterAll
    static void stop() {
        platform.close();
        provider.close();
    }

    @Test
    void leadership_signsInAtTheProvider_andIsBackUnderTheirOwnName_seeingTheProgramme_butNotAdministration() {
        try (Browser browser = new Browser()) {
            signInAtTheProvider(browser, "f47ac10b-58cc", """
                    {"preferred_username": "lena.ledning",
                     "realm_access": {"roles": ["programledning", "offline_access"]}}""");

            assertThat(browser.driver.findElement(By.cssSelector(".signed-in span")).getText())
                    .as("named by preferred_username, not the subject").isEqualTo("lena.ledning");
            assertThat(status(browser, "/programmes")).isEqualTo(200);
            assertThat(status(browser, "/analysis")).isEqualTo(200);
            assertThat(status(browser, "/admin/users")).isEqualTo(403);
            browser.open(platform.url("/programmes"));
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(platform.url("/programmes"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
    }

    @Test
    void staff_seeTheirToursButNotTheProgramme_andSomeoneWithoutOurRoles_seesNothing() {
        try (Browser browser = new Browser()) {
            signInAtTheProvider(browser, "staff-subject", """
                    {"preferred_username": "sam.staff", "realm_access": {"roles": ["STAFF"]}}""");

            assertThat(status(browser, "/tours")).isEqualTo(200);
            assertThat(status(browser, "/programmes")).isEqualTo(403);
        }
        try (Browser browser = new Browser()) {
            signInAtTheProvider(browser, "guest-subject", """
                    {"preferred_username": "gustav.gast", "realm_access": {"roles": ["uma_authorization"]}}""");

            assertThat(status(browser, "/tours")).isEqualTo(403);
            assertThat(status(browser, "/programmes")).isEqualTo(403);
        }
    }

    @Test
    void aLocalAccount_stillSignsInWithTheFormBesideTheProvider() {
        platform.createUser("anna", "annas-password-of-the-tests", "ANALYST");
        try (Browser browser = new Browser()) {
            browser.signIn(platform, "anna", "annas-password-of-the-tests");

            assertThat(browser.driver.findElement(By.cssSelector(".signed-in span")).getText()).isEqualTo("anna");
            assertThat(status(browser, "/analysis")).isEqualTo(200);
        }
    }

    /** From Nyskapa's login page to the provider's and back, as a user does; claims are what the provider says. */
    private static void signInAtTheProvider(Browser browser, String subject, String claims) {
        browser.open(platform.url("/login"));
        browser.driver.findElement(By.cssSelector("a[href='/oauth2/authorization/" + REGISTRATION + "']")).click();
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claims")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(provider.issuer());
        browser.driver.findElement(By.id("username")).sendKeys(subject);
        browser.driver.findElement(By.id("claims")).sendKeys(claims);
        browser.driver.findElement(By.id("sign-in")).click();
        wait.withMessage(() -> "signed in and at the start page, but at " + browser.driver.getCurrentUrl())
            .until(driver -> driver.getCurrentUrl().equals(platform.url("/")));
    }

    /** The status the signed-in browser gets for a page, asked by the page itself with the session's cookie. */
    private static long status(Browser browser, String path) {
        return (Long) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'}).then(response => done(response.status));""", path);
    }
}
