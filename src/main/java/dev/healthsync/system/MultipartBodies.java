package dev.healthsync.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * Reads {@code multipart/form-data} bodies part by part, each part a stream: uploads of several gigabytes and
 * archived CSV pushes pass through without being held in memory or spooled to temporary files.
 */
public final class MultipartBodies {

    private MultipartBodies() {
    }

    public static boolean isMultipart(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10);
    }

    /** Hands each part to {@code consumer} in body order; a part's stream is valid only during its call. */
    public static void forEachPart(InputStream body, String contentType, PartConsumer consumer) throws IOException {
        FileItemInputIterator parts;
        try {
            parts = new StreamingUpload().getItemIterator(new BodyContext(body, contentType));
            int count = 0;
            while (parts.hasNext()) {
                count++;
                FileItemInput part = parts.next();
                try (InputStream in = part.getInputStream()) {
                    consumer.accept(part.getFieldName(), part.getName(), part.isFormField(), in);
                }
            }
            if (count == 0) {
                throw new MalformedMultipartException();
            }
        } catch (FileUploadException e) {
            throw new MalformedMultipartException();
        }
    }

    /** One part: its form field name, its file name (null for plain fields), and its content. */
    @FunctionalInterface
    public interface PartConsumer {
        void accept(String fieldName, String fileName, boolean formField, InputStream content) throws IOException;
    }

    /** 400: the body does not follow the multipart format its content type announces. */
    public static final class MalformedMultipartException extends ProblemException {
        MalformedMultipartException() {
            super(400, "malformed-body", "the body is not valid multipart/form-data");
        }
    }

    private record BodyContext(InputStream body, String contentType) implements RequestContext {

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public InputStream getInputStream() {
            return body;
        }

        @Override
        public boolean isMultipartRelated() {
            return false;
        }
    }

    /** The library's streaming API with no servlet binding: only the iterator over a plain stream is used. */
    private static final class StreamingUpload
            extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {

        @Override
        public FileItemInputIterator getItemIterator(RequestContext request) throws FileUploadException, IOException {
            return super.getItemIterator(request);
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) {
            throw new UnsupportedOperationException("parts are streamed, never collected");
        }

        @Override
        public List<DiskFileItem> parseRequest(RequestContext request) {
            throw new UnsupportedOperationException("parts are streamed, never collected");
        }
    }
}
