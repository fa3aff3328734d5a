package dev.healthsync.imports.upload;

import dev.healthsync.system.BadRequestException;
import dev.healthsync.system.Caller;
import dev.healthsync.system.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Getting an export in (docs/contracts.md#imports): presign a POST upload, complete it, or upload directly. Each acts on
 * {@code {userId}}'s imports: the caller's own, or anyone's for an admin.
 */
@RestController
class UploadController {

    private static final String BASE = "/api/v1/users/{userId}/import/apple/xml";

    private final Presigner presigner;
    private final DirectUploads direct;
    private final UploadedFiles files;

    UploadController(Presigner presigner, DirectUploads direct, UploadedFiles files) {
        this.presigner = presigner;
        this.direct = direct;
        this.files = files;
    }

    @PostMapping(BASE + "/s3")
    Map<String, Object> presign(@AuthenticationPrincipal Caller caller, @PathVariable long userId,
                                @RequestBody(required = false) PresignRequest request) {
        requireAccess(caller, userId);
        String ownUploadUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(SignedUploadController.PATH).toUriString();
        return presigner.presign(userId, request, ownUploadUrl);
    }

    @PostMapping(BASE + "/s3/complete")
    ResponseEntity<Map<String, Object>> complete(@AuthenticationPrincipal Caller caller, @PathVariable long userId,
                                                 @RequestBody(required = false) Map<String, Object> body) {
        requireAccess(caller, userId);
        Object fileKey = body == null ? null : body.get("file_key");
        if (!(fileKey instanceof String key) || key.isBlank()) {
            throw new BadRequestException("file_key is required: the value the presign call returned");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(files.complete(userId, key));
    }

    @PostMapping(BASE + "/direct")
    ResponseEntity<Map<String, Object>> direct(@AuthenticationPrincipal Caller caller, @PathVariable long userId,
                                               HttpServletRequest request) throws IOException {
        requireAccess(caller, userId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(direct.receive(userId, request.getInputStream(),
                request.getContentType(), request.getContentLengthLong()));
    }

    private static void requireAccess(Caller caller, long userId) {
        if (!caller.mayAccess(userId)) {
            throw new ForbiddenException("this credential may not act on another user's imports");
        }
    }
}
