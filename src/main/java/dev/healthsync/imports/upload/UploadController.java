package dev.healthsync.imports.upload;

import dev.healthsync.system.BadRequestException;
import dev.healthsync.system.Caller;
import dev.healthsync.system.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "import")
class UploadController {

    private static final String BASE = "/api/v1/users/{userId}/import/apple/xml";
    private static final String USER_ID = "The user whose imports these are: the caller's own id (`GET "
            + "/api/v1/users/me`), or any id for an admin; an integer.";

    private final Presigner presigner;
    private final DirectUploads direct;
    private final UploadedFiles files;

    UploadController(Presigner presigner, DirectUploads direct, UploadedFiles files) {
        this.presigner = presigner;
        this.direct = direct;
        this.files = files;
    }

    @Operation(operationId = "presignExportUpload", summary = "Presign a POST upload of an export",
            description = """
                    Returns an S3-style presigned POST for one upload into the user's upload folder. Post every field \
                    of `form_fields`, and then the file, last, in a part named `file`, to `upload_url`, as \
                    `multipart/form-data` and without a credential.

                    - **No S3 configured (the default):** the server plays S3. `upload_url` is its own \
                    `POST /api/v1/uploads` (built from the scheme and host of this request, so behind a TLS proxy set \
                    `server.forward-headers-strategy=framework`), `bucket` is `local`, and `form_fields` are `key`, \
                    `policy` and `signature` (hex HMAC-SHA256). That endpoint answers 202 with the queued job.
                    - **S3 configured (`HEALTHSYNC_S3_ENDPOINT`, `HEALTHSYNC_S3_BUCKET`, …):** a real S3 POST policy \
                    (AWS Signature V4); `upload_url` is `<endpoint>/<bucket>`. S3 answers 204 without a body; then \
                    call `…/s3/complete` to queue the import.

                    The body is optional; without one every field takes its default. Each call makes a new \
                    `file_key`: `uploads/<user id>/<uuid>/<file name>`.""")
    @ApiResponse(responseCode = "200", description = "The presigned POST.")
    @ApiResponse(responseCode = "400", description = "`expiration_seconds` outside 60–3600, `max_file_size` outside "
            + "1024–10737418240 bytes or above `HEALTHSYNC_MAX_UPLOAD` (also at its 50 MiB default on a server with a "
            + "lower limit), a `filename` over 200 characters (`/problems/bad-request`); a body that is not JSON or a "
            + "field of the wrong type (`/problems/http-400`); a user id that is not a number.")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/ImportForbidden")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @PostMapping(BASE + "/s3")
    Presigner.PresignedUpload presign(@AuthenticationPrincipal Caller caller,
                                @Parameter(description = USER_ID) @PathVariable long userId,
                                @RequestBody(required = false) PresignRequest request) {
        requireAccess(caller, userId);
        String ownUploadUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(SignedUploadController.PATH).toUriString();
        return presigner.presign(userId, request, ownUploadUrl);
    }

    @Operation(operationId = "completeExportUpload", summary = "Queue the import of a finished presigned upload",
            description = "Call it after posting the form to S3, which answers 204 without telling the server. The "
                    + "server checks that an object exists under `file_key` and queues its import. Idempotent: for a "
                    + "key whose job exists, including one the server received itself at `POST /api/v1/uploads`, it "
                    + "answers with that job in its current status and queues nothing.")
    @ApiResponse(responseCode = "202", description = "The job of this upload, just queued or found.")
    @ApiResponse(responseCode = "400", description = "No `file_key` in the body (`/problems/bad-request`), or a body "
            + "that is not JSON (`/problems/http-400`).")
    @ApiResponse(responseCode = "403", description = "Another user's id (for a non-admin), or a `file_key` that is not "
            + "an upload key of this user's folder.")
    @ApiResponse(responseCode = "404", description = "Nothing has been uploaded under this key (yet).")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @PostMapping(BASE + "/s3/complete")
    ResponseEntity<UploadedFiles.JobAccepted> complete(@AuthenticationPrincipal Caller caller,
                                                 @Parameter(description = USER_ID) @PathVariable long userId,
                                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                         content = @Content(mediaType = "application/json", schema =
                                                         @Schema(ref = "#/components/schemas/CompleteUploadRequest")))
                                                 @RequestBody(required = false) Map<String, Object> body) {
        requireAccess(caller, userId);
        Object fileKey = body == null ? null : body.get("file_key");
        if (!(fileKey instanceof String key) || key.isBlank()) {
            throw new BadRequestException("file_key is required: the value the presign call returned");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(files.complete(userId, key));
    }

    @Operation(operationId = "uploadExportDirect", summary = "Upload an export in one multipart request",
            description = "The part named `file` (the first one with that name) is streamed to storage and never held "
                    + "in memory; other parts are ignored. Up to `HEALTHSYNC_MAX_UPLOAD` bytes (default 10GB): a "
                    + "larger "
                    + "declared `Content-Length` (beyond the limit plus 1 MiB of multipart framing) is refused before "
                    + "the body is read, any larger file at its first byte over the limit. A refused or broken-off "
                    + "upload keeps nothing. Accepts `export.zip`, `export.xml` and `export.xml.gz`, told apart by "
                    + "content, not name.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "multipart/form-data", schema = @Schema(ref = "#/components/schemas/DirectUploadForm"),
                    encoding = @Encoding(name = "file", contentType = "application/octet-stream"))))
    @ApiResponse(responseCode = "202", description = "Stored; the import job is queued.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/UploadBadRequest")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/ImportForbidden")
    @ApiResponse(responseCode = "413", description = "The file is larger than `HEALTHSYNC_MAX_UPLOAD`. Nothing stored, "
            + "no job.")
    @ApiResponse(responseCode = "415", ref = "#/components/responses/NotMultipart")
    @PostMapping(BASE + "/direct")
    ResponseEntity<UploadedFiles.JobAccepted> direct(@AuthenticationPrincipal Caller caller,
                                               @Parameter(description = USER_ID) @PathVariable long userId,
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
