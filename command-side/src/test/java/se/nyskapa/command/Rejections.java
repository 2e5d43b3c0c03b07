package se.nyskapa.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import se.nyskapa.rejection.RejectedException;
import se.nyskapa.rejection.Rejection;

import java.util.Objects;

/** Matches the {@link RejectedException} an aggregate throws by its reason and the field it names. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<RejectedException> rejectedAs(Rejection.Reason reason, String field) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(RejectedException exception, Description mismatch) {
                mismatch.appendText("was rejected with ").appendValue(exception.rejection());
                return exception.rejection().reason() == reason
                        && Objects.equals(exception.rejection().field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection ").appendValue(reason).appendText(" on field ")
                           .appendValue(field);
            }
        };
    }
}
