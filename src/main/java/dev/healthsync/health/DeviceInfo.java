package dev.healthsync.health;

/** The hardware that measured a record ({@code HKDevice}), without the per-sample memory address export.xml adds. */
public record DeviceInfo(String name, String manufacturer, String model, String hardwareVersion, String softwareVersion) {

    public boolean isEmpty() {
        return name == null && manufacturer == null && model == null && hardwareVersion == null && softwareVersion == null;
    }
}
