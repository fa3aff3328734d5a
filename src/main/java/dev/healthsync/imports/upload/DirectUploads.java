package dev.healthsync.imports.upload;

import dev.healthsync.system.MultipartBodies;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;

/**
 * The direct upload: a multipart body whose part named {@code file} is streamed into the blob store, never held,
 * under the server's upload limit; other parts are ignored. Then the import is queued.
 */
@Component
class DirectUploads {

    /** Room for the multipart framing around the file when refusing by the declared length. */
    private static final long FRAMING_ALLOWANCE = 1024 * 1024;

    private final UploadedFiles files;
    private final UploadProperties properties;

    DirectUploads(UploadedFiles files, UploadProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    /** Stores the file and queues its import; the response body of the 202. */
    UploadedFiles.JobAccepted receive(long userId, InputStream body, String contentType, long declaredLength)
            throws IOException {
        long limit = properties.maxUpload().toBytes();
        if (declaredLength > limit + FRAMING_ALLOWANCE) {
            throw UploadSizeException.overLimit(limit);
        }
        if (!MultipartBodies.isMultipart(contentType)) {
            throw MissingFileException.notMultipart();
        }
        String[] key = new String[1];
        long[] size = new long[1];
        try {
            MultipartBodies.forEachPart(body, contentType, (name, fileName, formField, content) -> {
                if (key[0] == null && "file".equals(name)) {
                    String newKey = UploadKeys.newKey(userId, fileName);
                    size[0] = files.store(newKey, content, limit, UploadSizeException::overLimit);
                    key[0] = newKey;
                }
            });
        } catch (RuntimeException | IOException e) {
            if (key[0] != null) {
                files.discard(key[0]);
            }
            throw e;
        }
        if (key[0] == null) {
            throw MissingFileException.noFilePart();
        }
        return files.queue(userId, key[0], size[0]);
    }
}
