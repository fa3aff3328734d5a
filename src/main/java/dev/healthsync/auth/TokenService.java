package dev.healthsync.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.healthsync.system.HealthSyncProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Login tokens: HS256-signed JWTs naming the user, valid for {@link AuthProperties#tokenTtl()}. */
@Component
class TokenService {

    private static final String ISSUER = "healthsync";

    private final byte[] secret;
    private final AuthProperties properties;
    private final Clock clock;

    TokenService(AuthProperties properties, HealthSyncProperties system, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.secret = secret(properties, system.dataDir());
    }

    String issue(long userId) {
        long now = clock.millis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(Long.toString(userId))
                .issueTime(new Date(now)).expirationTime(new Date(now + properties.tokenTtl().toMillis())).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("token signing failed", e);
        }
        return jwt.serialize();
    }

    /** The user id of a valid, unexpired token. */
    Optional<Long> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expires == null || expires.getTime() <= clock.millis()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(claims.getSubject()));
        } catch (ParseException | JOSEException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    long ttlSeconds() {
        return properties.tokenTtl().toSeconds();
    }

    private static byte[] secret(AuthProperties properties, Path dataDir) {
        if (properties.tokenSecret() != null && !properties.tokenSecret().isBlank()) {
            byte[] configured = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
            if (configured.length < 32) {
                throw new IllegalStateException("HEALTHSYNC_TOKEN_SECRET must be at least 32 characters");
            }
            return configured;
        }
        Path file = dataDir.toAbsolutePath().resolve("secrets").resolve("token-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] generated = new byte[48];
                new SecureRandom().nextBytes(generated);
                Path partial = file.resolveSibling("token-secret.partial");
                Files.writeString(partial, Base64.getEncoder().encodeToString(generated));
                restrict(partial);
                try {
                    Files.move(partial, file);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    Files.deleteIfExists(partial);
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token secret under the data directory", e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}
