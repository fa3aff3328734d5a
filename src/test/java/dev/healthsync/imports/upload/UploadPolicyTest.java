package dev.healthsync.imports.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.healthsync.system.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing and verifying the server's own upload policies, without Spring. */
class UploadPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final byte[] SECRET = "a test secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final String KEY = "uploads/7/0b9c3f6e-1a2b-4c3d-8e9f-001122334455/export.zip";

    private final UploadPolicy policy = new UploadPolicy(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPolicyItSignedVerifiesToTheSameGrant() {
        UploadPolicy.Grant grant = new UploadPolicy.Grant(7, KEY, 52_428_800, NOW.plusSeconds(300));
        Map<String, String> fields = policy.sign(grant);
        assertThat(fields.keySet()).containsExactly("key", "policy", "signature");
        assertThat(fields.get("key")).isEqualTo(KEY);
        assertThat(policy.verify(fields)).isEqualTo(grant);
        String document = new String(Base64.getDecoder().decode(fields.get("policy")), StandardCharsets.UTF_8);
        assertThat(document).contains("\"expiration\":\"2026-03-04T10:05:00Z\"", "\"key\":\"" + KEY + "\"",
                "[\"content-length-range\",1,52428800]", "\"x-healthsync-user-id\":\"7\"");
    }

    @Test
    void anExpiredPolicyIsRefused() {
        Map<String, String> fields = policy.sign(new UploadPolicy.Grant(7, KEY, 1024, NOW.plusSeconds(60)));
        UploadPolicy later = new UploadPolicy(SECRET, Clock.fixed(NOW.plus(Duration.ofSeconds(60)), ZoneOffset.UTC));
        assertRefused(() -> later.verify(fields), "upload-policy-expired");
        UploadPolicy justBefore = new UploadPolicy(SECRET, Clock.fixed(NOW.plusSeconds(59), ZoneOffset.UTC));
        assertThat(justBefore.verify(fields).userId()).isEqualTo(7);
    }

    @Test
    void aKeyFieldOtherThanTheSignedOneIsRefused() {
        Map<String, String> fields = new LinkedHashMap<>(policy.sign(
                new UploadPolicy.Grant(7, KEY, 1024, NOW.plusSeconds(60))));
        fields.put("key", "uploads/8/0b9c3f6e-1a2b-4c3d-8e9f-001122334455/export.zip");
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
        fields.remove("key");
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
    }

    @Test
    void aPolicyWithALargerMaxSizeButTheOldSignatureIsRefused() {
        Map<String, String> fields = new LinkedHashMap<>(policy.sign(
                new UploadPolicy.Grant(7, KEY, 1024, NOW.plusSeconds(60))));
        String document = new String(Base64.getDecoder().decode(fields.get("policy")), StandardCharsets.UTF_8);
        String larger = document.replace("[\"content-length-range\",1,1024]",
                "[\"content-length-range\",1,10737418240]");
        assertThat(larger).isNotEqualTo(document);
        fields.put("policy", Base64.getEncoder().encodeToString(larger.getBytes(StandardCharsets.UTF_8)));
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
    }

    @Test
    void aWrongOrMissingSignatureIsRefused() {
        Map<String, String> fields = new LinkedHashMap<>(policy.sign(
                new UploadPolicy.Grant(7, KEY, 1024, NOW.plusSeconds(60))));
        String signature = fields.get("signature");
        fields.put("signature", (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1));
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
        fields.put("signature", "");
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
        fields.remove("signature");
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
        Map<String, String> signedElsewhere = new UploadPolicy("another secret, also thirty-two bytes long"
                .getBytes(StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC))
                .sign(new UploadPolicy.Grant(7, KEY, 1024, NOW.plusSeconds(60)));
        assertRefused(() -> policy.verify(signedElsewhere), "upload-policy-invalid");
    }

    @Test
    void theSignatureIsCheckedBeforeExpirySoAForgedPolicyNeverReadsAsMerelyExpired() {
        Map<String, String> fields = new LinkedHashMap<>(policy.sign(
                new UploadPolicy.Grant(7, KEY, 1024, NOW.minusSeconds(1))));
        assertRefused(() -> policy.verify(fields), "upload-policy-expired");
        fields.put("policy", "bm90IGEgcG9saWN5");
        assertRefused(() -> policy.verify(fields), "upload-policy-invalid");
    }

    private static void assertRefused(Runnable verification, String type) {
        assertThatThrownBy(verification::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(403);
            assertThat(problem.type()).isEqualTo(type);
        });
    }
}
