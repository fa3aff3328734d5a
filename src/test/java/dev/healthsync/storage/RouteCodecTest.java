package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteCodecTest {

    private static final List<WorkoutRow.RoutePoint> ROUTE = List.of(
            new WorkoutRow.RoutePoint(1_741_071_601_000L, 48.137154, 11.575382, 519.2, 2.8, 181.0, 4.1, 3.0),
            new WorkoutRow.RoutePoint(1_741_071_602_000L, 48.1372, -11.5755, null, null, null, null, null),
            new WorkoutRow.RoutePoint(1_741_071_602_000L, -33.8688, 151.2093, -2.5, null, 0.0, null, 12.0),
            new WorkoutRow.RoutePoint(-86_400_000L, 0.0, -0.0, null, 0.3, null, 65.0, null));

    @Test
    void everyValueAndEveryAbsentValueSurvivesTheRoundTrip() {
        assertThat(RouteCodec.decode(RouteCodec.encode(ROUTE))).isEqualTo(ROUTE);
    }

    @Test
    void aPointTakesItsFixedPartPlusEightBytesPerValuePresent() {
        int header = 5;
        int fixed = 8 + 8 + 8 + 1;
        assertThat(RouteCodec.encode(ROUTE)).hasSize(header + 4 * fixed + 8 * (5 + 0 + 3 + 2));
        assertThat(RouteCodec.decode(RouteCodec.encode(List.of()))).isEmpty();
    }

    @Test
    void bytesThatAreNotARouteAreRefused() {
        byte[] encoded = RouteCodec.encode(ROUTE);
        assertThatThrownBy(() -> RouteCodec.decode(Arrays.copyOf(encoded, encoded.length - 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends inside a point");
        assertThatThrownBy(() -> RouteCodec.decode(Arrays.copyOf(encoded, encoded.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after its points");
        byte[] otherFormat = encoded.clone();
        otherFormat[0] = 9;
        assertThatThrownBy(() -> RouteCodec.decode(otherFormat))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown route format 9");
    }
}
