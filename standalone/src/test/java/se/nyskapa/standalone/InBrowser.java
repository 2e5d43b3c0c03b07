package se.nyskapa.standalone;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test class: the shared demo platform and a browser of the class's own (see {@link WebPlatform}), set
 * before the class's own {@code @BeforeAll} methods run.
 */
@ExtendWith(WebPlatform.class)
abstract class InBrowser {

    static RunningPlatform platform;
    static Browser browser;

    @BeforeAll
    static void connect(RunningPlatform running, Browser own) {
        platform = running;
        browser = own;
    }
}
