package se.nyskapa.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text a person wrote: no control character but tab, line feed and carriage return, and no half of a surrogate pair.
 * The other controls (NUL, the escape that starts a terminal's colour codes, the C1 codes of text decoded with the
 * wrong character set) are never typed and hide text on a page or in a spreadsheet; a lone surrogate (JSON can
 * escape U+D800 on its own) is no character at all, and the stores would each keep it differently (the events as it came, the
 * projections as U+FFFD). Either would be kept in the events forever, so a field that holds one is refused and named.
 * {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default "must be plain text: no control characters (but tab, line feed and carriage return) "
                             + "and no half of a surrogate pair";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, CharSequence> {

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || text.codePoints().noneMatch(Check::isRefused);
        }

        private static boolean isRefused(int c) {
            return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                   || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
        }
    }
}
