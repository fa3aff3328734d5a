package dev.healthsync.pipeline;

import dev.healthsync.health.Moment;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Identity keys: what stays the same when one record reaches the server by different channels (a push today,
 * the full export next month). The key is 16 bytes: the start second, big-endian so that time-ordered imports
 * append to the unique index, then 8 bytes of SHA-256 over type, end second, value in the canonical unit
 * rounded to 7 significant digits (unit conversions differ in the last bits), and the normalized source name.
 * Seconds, because export.xml writes no fractions. Not thread-safe: one per ingest session.
 */
final class IdentityKeys {

    private static final int SIGNIFICANT_DIGITS = 7;
    private static final long DIGITS_LIMIT = 10_000_000L;

    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(128);

    IdentityKeys() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    byte[] sample(String type, Moment start, Moment end, Double value, String normalizedSource) {
        text.setLength(0);
        text.append('S').append(type).append('|').append(end.epochSeconds()).append('|');
        appendRounded(value);
        text.append('|').append(normalizedSource);
        return key(start, text);
    }

    /** A sample of a type the catalog does not know whose value is text: the text takes the number's place. */
    byte[] textSample(String type, Moment start, Moment end, String textValue, String normalizedSource) {
        text.setLength(0);
        text.append('S').append(type).append('|').append(end.epochSeconds()).append("|t:").append(textValue)
                .append('|').append(normalizedSource);
        return key(start, text);
    }

    byte[] workout(String activityType, Moment start, Moment end, String normalizedSource) {
        text.setLength(0);
        text.append('W').append(activityType).append('|').append(end.epochSeconds()).append('|')
                .append(normalizedSource);
        return key(start, text);
    }

    /**
     * Documents with a sender id are identified by it; others by kind, time and content, since they carry no
     * single value to compare.
     */
    byte[] document(String kind, String uuid, Moment start, Moment end, String payloadJson) {
        text.setLength(0);
        text.append('D').append(kind).append('|');
        if (uuid != null) {
            text.append("uuid|").append(uuid);
        } else {
            text.append(end == null ? "-" : Long.toString(end.epochSeconds())).append('|').append(payloadJson);
        }
        return key(start == null ? new Moment(0, 0) : start, text);
    }

    private byte[] key(Moment start, CharSequence rest) {
        byte[] digest = sha256.digest(rest.toString().getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(16).putLong(start.epochSeconds()).put(digest, 0, 8).array();
    }

    /** Appends the value as {@code mantissa e exponent} with a fixed number of significant digits. */
    private void appendRounded(Double value) {
        if (value == null) {
            text.append('-');
            return;
        }
        double v = value;
        if (v == 0.0) {
            text.append('0');
            return;
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(v))) - (SIGNIFICANT_DIGITS - 1);
        long mantissa = Math.round(v / Math.pow(10, exponent));
        while (Math.abs(mantissa) >= DIGITS_LIMIT) {
            mantissa = Math.round(mantissa / 10.0);
            exponent++;
        }
        while (mantissa != 0 && mantissa % 10 == 0) {
            mantissa /= 10;
            exponent++;
        }
        text.append(mantissa).append('e').append(exponent);
    }
}
