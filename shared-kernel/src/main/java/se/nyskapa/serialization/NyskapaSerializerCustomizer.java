package se.nyskapa.serialization;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The one serializer setup of every Nyskapa process. Axon's tracking tokens are written with their type;
 * Jackson 3 reads polymorphic types only from an allow-list, and without Axon's packages on it the tokens
 * fail to load and the event processors stop.
 */
public class NyskapaSerializerCustomizer implements Jackson3SerializerCustomizer {

    @Override
    public void accept(JsonMapper.Builder builder) {
        builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                                                                      .allowIfSubType("org.axonframework.")
                                                                      .allowIfSubType("se.nyskapa.")
                                                                      .build());
    }
}
