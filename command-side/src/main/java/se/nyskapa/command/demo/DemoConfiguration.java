package se.nyskapa.command.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.nyskapa.command.theme.ThemeSeeder;
import se.nyskapa.region.Region;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

    @Bean
    DemoLoader demoLoader(DemoProperties properties, ThemeSeeder themes, EventStore events, Region region,
                          CommandGateway commands) {
        return new DemoLoader(properties, themes, new StoredData(events, region), region, commands);
    }
}
