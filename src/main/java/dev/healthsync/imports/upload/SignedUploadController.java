package dev.healthsync.imports.upload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where clients post presigned uploads when the server plays S3. It takes no credential: the signed policy in the
 * form is the authorization, so the security configuration must let this one path through unauthenticated.
 */
@RestController
@Tag(name = "import")
class SignedUploadController {

    static final String PATH = "/api/v1/uploads";

    private final SignedUploads uploads;

    SignedUploadController(SignedUploads uploads) {
        this.uploads = uploads;
    }

    @Operation(operationId = "receiveSignedUpload",
            summary = "The server's own presigned-POST endpoint (when it plays S3)",
            description = """
                    Where `upload_url` points when no S3 is configured. It takes **no credential**: the signed policy \
                    in the form authorizes the upload. The form carries the fields of the presign response (`key`, \
                    `policy`, `signature`; names are case-insensitive; at most 32 fields of at most 8 KB each), and \
                    then the file in a part named `file`. **The file must come last**: the policy is checked when the \
                    `file` part starts, before any of it is read. Parts after the file are ignored, as S3 ignores \
                    them. The file must be 1 byte to the policy's `max_file_size`; reading stops at the first byte \
                    over. A refused upload keeps nothing and queues nothing. Unlike S3 (204, no body), the answer is \
                    202 with the queued job, so a client need not call `complete`.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "multipart/form-data",
                    schema = @Schema(ref = "#/components/schemas/SignedUploadForm"),
                    encoding = @Encoding(name = "file", contentType = "application/octet-stream"))))
    @SecurityRequirements
    @ApiResponse(responseCode = "202", description = "Stored; the import job is queued.")
    @ApiResponse(responseCode = "400", description = "The file is larger than the policy's `max_file_size` "
            + "(`/problems/entity-too-large`, like S3's `EntityTooLarge`), empty (`/problems/entity-too-small`), or "
            + "missing (`/problems/missing-file`); too many or too long form fields (`/problems/bad-request`).")
    @ApiResponse(responseCode = "403", description = "The policy has expired (`/problems/upload-policy-expired`: ask "
            + "for a new one), or the form is not what was signed (`/problems/upload-policy-invalid`): an altered "
            + "policy or signature, a different `key`, `policy` or `signature` missing, or the file before them.")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/NotMultipart")
    @PostMapping(PATH)
    ResponseEntity<UploadedFiles.JobAccepted> upload(HttpServletRequest request) throws IOException {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(uploads.receive(request.getInputStream(), request.getContentType()));
    }
}
