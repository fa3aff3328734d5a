package dev.healthsync.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Request and response handling the push controllers share. */
public final class PushBodies {

    private PushBodies() {
    }

    /** Refuses at once a body whose declared length is over the limit, before reading any of it. */
    public static void refuseDeclaredOversize(HttpServletRequest request, IngestProperties properties) {
        if (request.getContentLengthLong() > properties.maxBody().toBytes()) {
            throw new PayloadTooLargeException(properties.maxBody().toBytes());
        }
    }

    /**
     * The named query parameters, read from the query string alone: asking the servlet for parameters would make
     * it read a form-encoded body as form fields, and that body must reach the archive untouched.
     */
    public static Map<String, String> queryOptions(HttpServletRequest request, String... names) {
        MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(request.getQueryString())
                .build().getQueryParams();
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : names) {
            String value = query.getFirst(name);
            if (value != null) {
                options.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return options;
    }

    public static ResponseEntity<String> json(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
