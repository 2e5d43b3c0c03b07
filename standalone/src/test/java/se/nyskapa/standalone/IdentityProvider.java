package se.nyskapa.standalone;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A real OpenID Connect provider for the tests, on loopback: NAV's mock-oauth2-server, which serves discovery, keys,
 * authorization, token and user-info endpoints and signs what it issues, so the platform speaks to it as it speaks
 * to Keycloak or Entra ID. Who signs in, and with which claims, is typed into its login page; the page is one of
 * ours ({@code identity-provider-login.html}) because the server's own loads a web font from the internet.
 */
final class IdentityProvider implements AutoCloseable {

    /** The issuer the platform trusts: the last step of its address. */
    static final String ISSUER = "nyskapa";
    /** The platform as the provider's client, for the browser's login. */
    static final String CLIENT_ID = "nyskapa-web";
    static final String CLIENT_SECRET = "client-secret-of-the-tests";
    /** The audience of tokens meant for the platform's API. */
    static final String AUDIENCE = "nyskapa-api";

    private final MockOAuth2Server server;

    private IdentityProvider(MockOAuth2Server server) {
        this.server = server;
    }

    static IdentityProvider start() {
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, loginPage()));
        server.start(InetAddress.getLoopbackAddress(), 0);
        return new IdentityProvider(server);
    }

    /** The address the platform is given as the issuer: it reads the rest from its discovery document. */
    String issuer() {
        return issuer(ISSUER);
    }

    String issuer(String issuerId) {
        return server.issuerUrl(issuerId).toString();
    }

    /** An access token from the trusted issuer for the platform's API, valid for an hour, with these claims. */
    String token(String subject, Map<String, ?> claims) {
        return token(ISSUER, subject, AUDIENCE, claims, Duration.ofHours(1));
    }

    /** An access token signed by the named issuer's key; a negative validity makes one that expired that long ago. */
    String token(String issuerId, String subject, String audience, Map<String, ?> claims, Duration validity) {
        return issue(issuerId, subject, audience, claims, validity).serialize();
    }

    /** A token just like {@link #token(String, Map)}'s, but signed with a key the issuer never published. */
    String forged(String subject, Map<String, ?> claims) {
        SignedJWT genuine = issue(ISSUER, subject, AUDIENCE, claims, Duration.ofHours(1));
        try {
            SignedJWT forged = new SignedJWT(genuine.getHeader(), genuine.getJWTClaimsSet());
            forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate()));
            return forged.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private SignedJWT issue(String issuerId, String subject, String audience, Map<String, ?> claims,
                            Duration validity) {
        return server.issueToken(issuerId, CLIENT_ID, new DefaultOAuth2TokenCallback(
                issuerId, subject, "JWT", List.of(audience), claims, validity.toSeconds()));
    }

    private static String loginPage() {
        try {
            return Path.of(Objects.requireNonNull(IdentityProvider.class.getResource("/identity-provider-login.html"))
                                  .toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
