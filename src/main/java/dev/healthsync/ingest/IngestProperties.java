package dev.healthsync.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Push ingest settings.
 *
 * @param maxBody largest request body accepted, counted both as sent and after gzip decompression
 *                ({@code HEALTHSYNC_MAX_BODY}, default 200MB; larger bodies get 413)
 */
@ConfigurationProperties("healthsync.ingest")
public record IngestProperties(DataSize maxBody) {

    public IngestProperties {
        maxBody = maxBody == null ? DataSize.ofMegabytes(200) : maxBody;
    }
}
