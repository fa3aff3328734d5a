package dev.healthsync.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error an API client sees is an RFC 9457 problem document. Framework errors (404, 405, 415, bad
 * parameters) come from {@link ResponseEntityExceptionHandler}; ours from {@link ProblemException}; anything else
 * is a 500 whose detail says nothing about the input, with the cause logged by class only, since exception
 * messages from drivers can contain bound values.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final MediaType PROBLEM = MediaType.parseMediaType(Problems.MEDIA_TYPE);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException exception) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(exception.status()).contentType(PROBLEM);
        exception.headers().forEach((name, value) -> response.header(name, value));
        return response.body(Problems.of(exception));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("request failed: {} at {}", exception.getClass().getName(), firstFrame(exception));
        return ResponseEntity.status(500).contentType(PROBLEM)
                .body(Problems.of(500, "internal-error", "the server failed to handle this request"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail && (detail.getType() == null
                || "about:blank".equals(detail.getType().toString()))) {
            detail.setType(java.net.URI.create("/problems/http-" + statusCode.value()));
        }
        return response;
    }

    private static String firstFrame(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].toString();
    }
}
