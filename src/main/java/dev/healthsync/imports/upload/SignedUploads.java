package dev.healthsync.imports.upload;

import dev.healthsync.system.BadRequestException;
import dev.healthsync.system.MultipartBodies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The server playing S3: receives a presigned POST (form fields, then the part named {@code file}), checks the
 * policy before reading any of the file, streams the file into the blob store under the policy's size range, and
 * queues the import. Parts after the file are read past and ignored, as S3 does.
 */
@Component
class SignedUploads {

    private static final int MAX_FIELDS = 32;
    private static final int MAX_FIELD_BYTES = 8 * 1024;

    private final UploadPolicy policy;
    private final UploadedFiles files;

    SignedUploads(UploadPolicy policy, UploadedFiles files) {
        this.policy = policy;
        this.files = files;
    }

    /** Stores the posted file and queues its import; the response body of the 202. */
    UploadedFiles.JobAccepted receive(InputStream body, String contentType) throws IOException {
        if (!MultipartBodies.isMultipart(contentType)) {
            throw MissingFileException.notMultipart();
        }
        Map<String, String> fields = new HashMap<>();
        UploadPolicy.Grant[] granted = new UploadPolicy.Grant[1];
        long[] size = new long[1];
        try {
            MultipartBodies.forEachPart(body, contentType, (name, fileName, formField, content) -> {
                if (granted[0] != null || name == null) {
                    return;
                }
                if (name.equals("file")) {
                    UploadPolicy.Grant grant = policy.verify(fields);
                    if (files.exists(grant.key())) {
                        throw UploadDeniedException.used();
                    }
                    size[0] = files.store(grant.key(), content, grant.maxBytes(), UploadSizeException::overPolicy);
                    granted[0] = grant;
                } else if (formField) {
                    if (fields.size() >= MAX_FIELDS) {
                        throw new BadRequestException("too many form fields before the file");
                    }
                    fields.put(name.toLowerCase(Locale.ROOT), field(name, content));
                }
            });
        } catch (RuntimeException | IOException e) {
            if (granted[0] != null) {
                files.discard(granted[0].key());
            }
            throw e;
        }
        if (granted[0] == null) {
            throw MissingFileException.noFilePart();
        }
        return files.queue(granted[0].userId(), granted[0].key(), size[0]);
    }

    private static String field(String name, InputStream content) throws IOException {
        byte[] value = content.readNBytes(MAX_FIELD_BYTES + 1);
        if (value.length > MAX_FIELD_BYTES) {
            throw new BadRequestException("the form field '" + name + "' is too long");
        }
        return new String(value, StandardCharsets.UTF_8);
    }
}
