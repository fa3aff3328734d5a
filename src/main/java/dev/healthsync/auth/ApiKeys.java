package dev.healthsync.auth;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * API key material: {@code hs_} + 32 random bytes in base62. Keys are stored as SHA-256: with 256 bits of
 * entropy a slow password hash adds nothing but latency to every request.
 */
final class ApiKeys {

    static final String PREFIX = "hs_";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int KEY_BYTES = 32;
    private static final int BASE62_LENGTH = 43;
    private static final int SHOWN_PREFIX = 10;

    private final SecureRandom random = new SecureRandom();

    String generate() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return PREFIX + base62(bytes);
    }

    static boolean looksLikeKey(String credential) {
        return credential.startsWith(PREFIX);
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The start of a key, shown in lists so a user can tell keys apart; too short to help a guesser. */
    static String shownPrefix(String key) {
        return key.substring(0, SHOWN_PREFIX);
    }

    private static String base62(byte[] bytes) {
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(62);
        char[] digits = new char[BASE62_LENGTH];
        for (int i = BASE62_LENGTH - 1; i >= 0; i--) {
            BigInteger[] division = value.divideAndRemainder(base);
            digits[i] = BASE62.charAt(division[1].intValue());
            value = division[0];
        }
        return new String(digits);
    }
}
