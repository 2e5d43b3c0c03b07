package se.nyskapa.command.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demo {@code --nyskapa.demo=true}: fill an empty store with the fictional demo tour at start
 */
@ConfigurationProperties("nyskapa")
public record DemoProperties(boolean demo) {
}
