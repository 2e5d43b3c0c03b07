package se.nyskapa.standalone;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * @param dataDir where the embedded stores keep their files; kept across restarts
 * @param store   the embedded stores' ports
 */
@ConfigurationProperties("nyskapa")
public record StandaloneProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Store store) {

    /** @param mongoPort the MongoDB-wire server's port on loopback; 0 picks a free one */
    public record Store(@DefaultValue("0") int mongoPort) {
    }
}
