package dev.healthsync.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Reads how a push body was encoded. */
public final class RequestEncoding {

    private RequestEncoding() {
    }

    /** Whether the body is gzip-compressed; any other encoding besides identity is refused. */
    public static boolean isGzip(HttpServletRequest request) {
        String encoding = request.getHeader("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("identity")) {
            return false;
        }
        String normalized = encoding.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("gzip") || normalized.equals("x-gzip")) {
            return true;
        }
        throw new UnsupportedEncodingProblem();
    }

    /** 415: only gzip bodies are understood. */
    static final class UnsupportedEncodingProblem extends dev.healthsync.system.ProblemException {
        UnsupportedEncodingProblem() {
            super(415, "unsupported-encoding", "Content-Encoding must be gzip or absent");
        }
    }
}
