package se.nyskapa.query;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test of the query side's real wiring, each test method starting from empty stores. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ProjectionTestApplication.class, properties = {
        "spring.mongodb.database=nyskapa",
        "axon.serializer.general=jackson3",
        "axon.serializer.events=jackson3",
        "axon.serializer.messages=jackson3",
        "axon.axonserver.enabled=false",
        // the personal-data key table, in the PostgreSQL dialect the platform's database speaks, and the key files
        "spring.datasource.url=jdbc:h2:mem:keys-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "nyskapa.personal.key-dir=target/test-keys/${random.uuid}",
        "spring.autoconfigure.exclude=org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration"
})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public @interface ProjectionTest {
}
