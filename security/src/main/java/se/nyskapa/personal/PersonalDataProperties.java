package se.nyskapa.personal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param keyDir where the key material of personal data is kept, a file per key; readable by the platform's user
 *               alone, never on a copy-on-write file system or in a backup (an erased key must be gone from the disk)
 */
@ConfigurationProperties("nyskapa.personal")
public record PersonalDataProperties(Path keyDir) {
}
