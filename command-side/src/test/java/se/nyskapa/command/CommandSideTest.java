package se.nyskapa.command;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test of the command side's real wiring: commands through the real gateway into Axon's JDBC event store. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CommandSideTestApplication.class, properties = {
        "axon.serializer.general=jackson3",
        "axon.serializer.events=jackson3",
        "axon.serializer.messages=jackson3",
        "axon.axonserver.enabled=false",
        "nyskapa.personal.key-dir=target/test-keys/${random.uuid}",
        "spring.autoconfigure.exclude=org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration"
})
public @interface CommandSideTest {
}
