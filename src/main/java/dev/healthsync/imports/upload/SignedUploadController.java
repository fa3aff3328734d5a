package dev.healthsync.imports.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where clients post presigned uploads when the server plays S3. It takes no credential: the signed policy in the
 * form is the authorization, so the security configuration must let this one path through unauthenticated.
 */
@RestController
class SignedUploadController {

    static final String PATH = "/api/v1/uploads";

    private final SignedUploads uploads;

    SignedUploadController(SignedUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> upload(HttpServletRequest request) throws IOException {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(uploads.receive(request.getInputStream(), request.getContentType()));
    }
}
