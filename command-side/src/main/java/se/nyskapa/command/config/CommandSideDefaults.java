package se.nyskapa.command.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import se.nyskapa.command.user.CurrentUser;
import se.nyskapa.command.user.SignedInUser;
import se.nyskapa.region.Region;
import se.nyskapa.serialization.NyskapaSerializerCustomizer;

import java.io.IOException;
import java.time.Clock;

/**
 * The command side's defaults, as an auto-configuration so that they give way to an application's own beans (a
 * test's fixed clock, another region, a test's own user) and to the other side's identical defaults when both
 * run in one process.
 */
@AutoConfiguration
public class CommandSideDefaults {

    @Bean
    @ConditionalOnMissingBean
    NyskapaSerializerCustomizer nyskapaSerializerCustomizer() {
        return new NyskapaSerializerCustomizer();
    }

    @Bean
    @ConditionalOnMissingBean
    Region region(@Value("${nyskapa.region:classpath:regions/jamtland-harjedalen.json}") Resource file)
            throws IOException {
        return Region.read(file.getInputStream());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentUser currentUser() {
        return new SignedInUser();
    }
}
