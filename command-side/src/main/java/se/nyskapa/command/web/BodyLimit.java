package se.nyskapa.command.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * No request body over {@code nyskapa.api.max-body-size} (64 KiB unless configured) is read: a command's longest
 * fields together take a few tens of kilobytes, and without a limit a client could make the server parse a body of
 * any size. A body that says it is larger is refused unread; one sent without a length is read up to one byte past the
 * limit. Either is answered 413 with a problem naming {@code body}, from any controller (the query side reads no
 * bodies).
 */
@ControllerAdvice
class BodyLimit extends RequestBodyAdviceAdapter {

    private final long limit;

    BodyLimit(@Value("${nyskapa.api.max-body-size:64KB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > limit) {
            throw tooLarge();
        }
        byte[] body = message.getBody().readNBytes(Math.toIntExact(limit + 1));
        if (body.length > limit) {
            throw tooLarge();
        }
        return new Read(message.getHeaders(), body);
    }

    private ErrorResponseException tooLarge() {
        String message = "at most " + DataSize.ofBytes(limit).toKilobytes() + " KiB";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "body: " + message);
        problem.setTitle("Body too large");
        problem.setProperty("errors", List.of(Map.of("field", "body", "message", message)));
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }

    private record Read(HttpHeaders headers, byte[] body) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
