package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.stream.Stream;

/**
 * A bad-input test class of one command area: the shared bad-input platform and its fixture (see
 * {@link BadInputPlatform}), set before the class's own {@code @BeforeAll} methods run, and every command of the area
 * broken in every way {@link CommandMistakes} knows.
 */
@ExtendWith(BadInputPlatform.class)
abstract class CommandBadInput {

    static RunningPlatform platform;
    static CommandApi api;

    @BeforeAll
    static void fixture(RunningPlatform running, CommandApi commands) {
        platform = running;
        api = commands;
    }

    /** The area's name in {@link CommandMistakes}: {@code visits}, {@code themes}, … */
    abstract String area();

    @TestFactory
    Stream<DynamicContainer> everyCommandOfTheArea_refusesEveryMistake_namingItsField() {
        return CommandMistakes.tests(platform, api, area());
    }
}
