package dev.healthsync.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.DeviceInfo;
import org.junit.jupiter.api.Test;

class DeviceStringsTest {

    @Test
    void parsesEveryFieldAndDropsTheMemoryAddress() {
        DeviceInfo device = DeviceStrings.parse("<<HKDevice: 0x283f55e00>, name:Apple Watch, manufacturer:Apple Inc., "
                + "model:Watch, hardware:Watch6,1, software:7.0.1>");
        assertThat(device).isEqualTo(new DeviceInfo("Apple Watch", "Apple Inc.", "Watch", "Watch6,1", "7.0.1"));
    }

    @Test
    void twoSamplesOfOneDeviceGiveEqualDevices() {
        String a = "<<HKDevice: 0x281234500>, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone12,1, "
                + "software:14.2>";
        assertThat(DeviceStrings.parse(a)).isEqualTo(DeviceStrings.parse(a.replace("0x281234500", "0x2899aa0f0")));
    }

    @Test
    void keepsCommasInsideValuesAndSkipsUnknownFields() {
        DeviceInfo device = DeviceStrings.parse("<<HKDevice: 0x1>, name:Withings Scale, manufacturer:Withings, "
                + "model:WBS06, localIdentifier:ABC,DEF, software:1,2,3>");
        assertThat(device.name()).isEqualTo("Withings Scale");
        assertThat(device.model()).isEqualTo("WBS06");
        assertThat(device.hardwareVersion()).isNull();
        assertThat(device.softwareVersion()).isEqualTo("1,2,3");
    }

    @Test
    void aPlainStringIsTheNameAndBlankIsNothing() {
        assertThat(DeviceStrings.parse("Polar H10")).isEqualTo(new DeviceInfo("Polar H10", null, null, null, null));
        assertThat(DeviceStrings.parse("  ")).isNull();
        assertThat(DeviceStrings.parse(null)).isNull();
    }
}
