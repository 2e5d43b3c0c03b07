package se.nyskapa.personal;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * The key table in the application's database and the key files in {@code nyskapa.personal.key-dir}, the sealing
 * over them, and forgetting erased keys on every service.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataConfiguration {

    @Bean
    PersonalData personalData(DataSource dataSource, PersonalDataProperties properties) {
        if (properties.keyDir() == null) {
            throw new IllegalStateException(
                    "nyskapa.personal.key-dir must name the directory that keeps the keys of personal data: one "
                            + "directory that every service of the platform shares (--nyskapa.personal.key-dir=… or "
                            + "NYSKAPA_PERSONAL_KEY_DIR), since one service seals what another opens");
        }
        return new PersonalData(new PersonalKeys(JdbcClient.create(dataSource), properties.keyDir()));
    }

    @Bean
    ErasedKeys erasedKeys(PersonalData personalData) {
        return new ErasedKeys(personalData);
    }

    @Bean
    ConfigurerModule erasedKeysProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTokenStore(ErasedKeys.PROCESSING_GROUP, config -> new InMemoryTokenStore())
                .registerTransactionManager(ErasedKeys.PROCESSING_GROUP, config -> NoTransactionManager.INSTANCE)
                .registerTrackingEventProcessor(
                        ErasedKeys.PROCESSING_GROUP, Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                     .andInitialTrackingToken(
                                                                             StreamableMessageSource::createHeadToken)));
    }
}
