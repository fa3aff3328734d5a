package dev.healthsync.ingest.healthsync;

/**
 * The batch-level {@code device} object of a HealthSync push: the phone running the bridge app, not the
 * hardware that measured a sample (that is {@link dev.healthsync.health.DeviceInfo} on each record).
 * Any field may be null when the app did not send it.
 *
 * @param name          the phone's user-visible name, e.g. {@code Ana’s iPhone}
 * @param model         hardware model identifier, e.g. {@code iPhone16,1}
 * @param systemVersion iOS version, e.g. {@code 18.2}
 * @param appVersion    version of the HealthSync bridge app, e.g. {@code 1.3.0}
 */
public record BridgeDevice(String name, String model, String systemVersion, String appVersion) {
}
