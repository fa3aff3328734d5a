package dev.healthsync.imports.upload;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's own presigned POST policies, shaped like S3's so that S3 clients post them unchanged: the form
 * fields are {@code key}, {@code policy} (base64 of a JSON document with {@code expiration} and {@code conditions}:
 * the bucket, the exact key, {@code content-length-range} and the user id) and {@code signature} (hex
 * HMAC-SHA256 of the base64 policy under the server's upload secret). Verifying checks the signature first, then
 * expiry, then that the posted key is the signed one. Pure and thread-safe.
 */
final class UploadPolicy {

    /** What the server calls its bucket when it plays S3. */
    static final String BUCKET = "local";
    static final String USER_CONDITION = "x-healthsync-user-id";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_POLICY_CHARS = 4096;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretKeySpec secret;
    private final Clock clock;

    UploadPolicy(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the upload secret must be at least 32 bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** One upload a policy allows: who, under which key, how large, until when. */
    record Grant(long userId, String key, long maxBytes, Instant expiresAt) {
    }

    /** The form fields a client posts before its file, in the order S3 clients send them. */
    Map<String, String> sign(Grant grant) {
        ObjectNode document = JSON.createObjectNode();
        document.put("expiration", grant.expiresAt().toString());
        ArrayNode conditions = document.putArray("conditions");
        conditions.addObject().put("bucket", BUCKET);
        conditions.addObject().put("key", grant.key());
        conditions.addArray().add("content-length-range").add(1).add(grant.maxBytes());
        conditions.addObject().put(USER_CONDITION, Long.toString(grant.userId()));
        String policy = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(document));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", grant.key());
        fields.put("policy", policy);
        fields.put("signature", signature(policy));
        return fields;
    }

    /**
     * The grant behind posted form fields (names in lower case).
     *
     * @throws UploadDeniedException (403) when the signature does not match, the policy has expired, or a field
     *                               differs from what was signed
     */
    Grant verify(Map<String, String> fields) {
        String policy = fields.get("policy");
        String signature = fields.get("signature");
        if (policy == null || signature == null) {
            throw UploadDeniedException.unsigned();
        }
        if (policy.length() > MAX_POLICY_CHARS || !MessageDigest.isEqual(
                signature(policy).getBytes(StandardCharsets.US_ASCII),
                signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw UploadDeniedException.badSignature();
        }
        Grant grant = read(policy);
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw UploadDeniedException.expired();
        }
        if (!grant.key().equals(fields.get("key"))) {
            throw UploadDeniedException.fieldMismatch("key");
        }
        return grant;
    }

    /** Reads a policy whose signature was verified: anything missing means it was not made by {@link #sign}. */
    private static Grant read(String policy) {
        try {
            JsonNode document = JSON.readTree(Base64.getDecoder().decode(policy));
            Instant expiresAt = Instant.parse(document.path("expiration").asString());
            String key = null;
            String user = null;
            long max = -1;
            for (JsonNode condition : document.path("conditions")) {
                if (condition.isArray() && "content-length-range".equals(condition.path(0).asString())) {
                    max = condition.path(2).asLong(-1);
                } else if (condition.isObject() && condition.has("key")) {
                    key = condition.path("key").asString();
                } else if (condition.isObject() && condition.has(USER_CONDITION)) {
                    user = condition.path(USER_CONDITION).asString();
                }
            }
            if (key == null || user == null || max < 1) {
                throw UploadDeniedException.malformed();
            }
            return new Grant(Long.parseLong(user), key, max, expiresAt);
        } catch (IllegalArgumentException | JacksonException | DateTimeParseException e) {
            throw UploadDeniedException.malformed();
        }
    }

    private String signature(String policy) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(policy.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
