package dev.healthsync.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.healthsync.health.DeviceInfo;
import dev.healthsync.health.Moment;
import dev.healthsync.health.SourceInfo;
import dev.healthsync.testing.ApiTestSupport;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the storage layer promises, checked on both databases by the subclasses. No mocks. */
abstract class StorageContract extends ApiTestSupport {

    private static final SourceInfo WATCH = new SourceInfo("Ana’s Apple Watch", "com.apple.health.X", "11.2");
    private static final DeviceInfo DEVICE = new DeviceInfo("Apple Watch", "Apple Inc.", "Watch", "Watch7,3", "11.2");

    @Autowired
    RecordStore records;

    @Autowired
    UserStore users;

    @Autowired
    PushStore pushes;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void samplesAreDeduplicatedByIdentityKeyAndByUuid() {
        long user = newUser().id();
        RecordWriter first = write(user, w -> {
            for (int i = 0; i < 1_234; i++) {
                w.add(sample(i, "uuid-" + i));
            }
        });
        assertThat(first.samplesInserted()).isEqualTo(1_234);

        RecordWriter again = write(user, w -> {
            w.add(sample(5, null));
            w.add(sample(6, "uuid-6"));
            w.add(sampleWithKey(9_999, "uuid-7"));
            w.add(sample(2_000, "uuid-new"));
        });
        assertThat(again.samplesInserted()).isEqualTo(1);
        assertThat(again.samplesDuplicate()).isEqualTo(3);
        assertThat(count("samples", user)).isEqualTo(1_235);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sources WHERE user_id = ?").param(user).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM devices WHERE user_id = ?").param(user).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aRolledBackBatchLeavesNothing() {
        long user = newUser().id();
        try {
            write(user, w -> {
                for (int i = 0; i < 700; i++) {
                    w.add(sample(i, null));
                }
                w.flush();
                throw new IllegalStateException("the batch fails after its rows were written");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("batch fails");
        }
        assertThat(count("samples", user)).isZero();
    }

    @Test
    void aWorkoutStoredBeforeGetsTheRouteSentLater() {
        long user = newUser().id();
        WorkoutRow bare = workout(List.of());
        RecordWriter first = write(user, w -> w.add(bare));
        assertThat(first.workoutsInserted()).isEqualTo(1);

        List<WorkoutRow.RoutePoint> route = List.of(
                new WorkoutRow.RoutePoint(1_000, 48.1, 11.5, 519.2, 2.8, 181.0, 4.1, 3.0),
                new WorkoutRow.RoutePoint(2_000, 48.2, 11.6, null, null, null, null, null),
                new WorkoutRow.RoutePoint(2_000, 48.3, 11.7, null, null, null, null, null));
        RecordWriter second = write(user, w -> w.add(workout(route)));
        assertThat(second.workoutsInserted()).isZero();
        assertThat(second.workoutsDuplicate()).isEqualTo(1);
        assertThat(second.routePointsInserted()).isEqualTo(3);

        RecordWriter third = write(user, w -> w.add(workout(route)));
        assertThat(third.routePointsInserted()).isZero();
        assertThat(routePoints(user)).isEqualTo(3);
        assertThat(storedRoute(user)).isEqualTo(route);

        List<WorkoutRow.RoutePoint> longer = List.of(route.get(2), route.get(1),
                new WorkoutRow.RoutePoint(500, 48.0, 11.4, null, null, null, null, null),
                new WorkoutRow.RoutePoint(2_000, 48.4, 11.8, 520.0, null, null, null, null));
        RecordWriter fourth = write(user, w -> w.add(workout(longer)));
        assertThat(fourth.routePointsInserted()).as("only the points not stored yet").isEqualTo(2);
        assertThat(storedRoute(user)).containsExactly(longer.get(2), route.get(0), route.get(1), route.get(2),
                longer.get(3));
        assertThat(jdbc.sql("SELECT sum_value FROM workout_statistics s JOIN workouts w ON w.id = s.workout_id "
                + "WHERE w.user_id = ?").param(user).query(Double.class).single()).isEqualTo(5012.4);
    }

    private List<WorkoutRow.RoutePoint> storedRoute(long user) {
        byte[] points = jdbc.sql("SELECT r.points FROM workout_routes r JOIN workouts w ON w.id = r.workout_id "
                + "WHERE w.user_id = ?").param(user).query(byte[].class).single();
        return RouteCodec.decode(points);
    }

    @Test
    void aWorkoutStoredWithoutUuidTakesTheUuidALaterChannelSendsSoItsRouteFindsIt() {
        long user = newUser().id();
        WorkoutRow fromExport = workout(List.of());
        WorkoutRow withoutUuid = new WorkoutRow(fromExport.identityKey(), null, fromExport.activityType(),
                fromExport.start(), fromExport.end(), fromExport.durationSeconds(), fromExport.source(),
                fromExport.device(), null, List.of(), List.of(), List.of());
        write(user, w -> w.add(withoutUuid));
        write(user, w -> w.add(fromExport));
        RecordWriter routed = write(user, w -> w.attachRoute("workoutRoutes[\"workout-uuid\"]", "workout-uuid",
                List.of(new WorkoutRow.RoutePoint(1_000, 48.1, 11.5, null, null, null, null, null))));
        assertThat(routed.routePointsInserted()).isEqualTo(1);
        assertThat(count("workouts", user)).isEqualTo(1);
    }

    @Test
    void deleteByUuidRemovesOnlyThatUsersRecords() {
        long ana = newUser().id();
        long bob = newUser().id();
        write(ana, w -> w.add(sample(1, "shared-uuid")));
        write(bob, w -> w.add(sample(1, "shared-uuid")));
        int[] deleted = new int[1];
        write(ana, w -> deleted[0] = w.deleteByUuid(List.of("shared-uuid", "unknown")));
        assertThat(deleted[0]).isEqualTo(1);
        assertThat(count("samples", ana)).isZero();
        assertThat(count("samples", bob)).isEqualTo(1);
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        String email = "Case-" + java.util.UUID.randomUUID() + "@Example.test";
        assertThat(users.create(email, "hash", false, 1L)).isPresent();
        assertThat(users.create(email.toLowerCase(), "hash", false, 1L)).isEmpty();
        assertThat(users.findByEmail(email.toUpperCase())).isPresent();
    }

    @Test
    void aReceiptIsStoredOncePerBatchAndAnchorsAreReplaced() {
        long user = newUser().id();
        assertThat(pushes.saveReceipt(user, "healthsync", "b1", "d", null, 1L, "{\"n\":1}")).isTrue();
        assertThat(pushes.saveReceipt(user, "healthsync", "b1", "d", null, 2L, "{\"n\":2}")).isFalse();
        assertThat(pushes.findReceipt(user, "healthsync", "b1")).contains("{\"n\":1}");

        pushes.saveDevice(user, new PushStore.PushDevice("d", "phone", null, null, "1.0"), 1L);
        pushes.saveDevice(user, new PushStore.PushDevice("d", null, "iPhone16,1", null, "1.1"), 2L);
        pushes.saveAnchor(user, "d", "HKQuantityTypeIdentifierStepCount", "a1", 1L);
        pushes.saveAnchor(user, "d", "HKQuantityTypeIdentifierStepCount", "a2", 2L);
        PushStore.PushDevice device = pushes.findDevice(user, "d").orElseThrow();
        assertThat(device.name()).isEqualTo("phone");
        assertThat(device.model()).isEqualTo("iPhone16,1");
        assertThat(device.appVersion()).isEqualTo("1.1");
        assertThat(device.firstSeenAt()).isEqualTo(1L);
        assertThat(pushes.anchors(user, "d")).containsExactly(java.util.Map.entry(
                "HKQuantityTypeIdentifierStepCount", "a2"));
    }

    private RecordWriter write(long user, Consumer<RecordWriter> work) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            RecordWriter writer = records.openWriter(user);
            work.accept(writer);
            writer.finish();
            return writer;
        });
    }

    private static SampleRow sample(int i, String uuid) {
        return sampleWithKey(i, uuid);
    }

    private static SampleRow sampleWithKey(int i, String uuid) {
        Moment start = new Moment(1_700_000_000_000L + i * 60_000L, 3600);
        return new SampleRow(key(i), uuid, "HKQuantityTypeIdentifierHeartRate", 60.0 + i % 40, "count/min", null,
                null, null, start, start, WATCH, DEVICE, "{\"HKMetadataKeyHeartRateMotionContext\":1}",
                new Moment(start.epochMillis() + 5_000, 3600));
    }

    private static WorkoutRow workout(List<WorkoutRow.RoutePoint> route) {
        Moment start = new Moment(1_700_000_000_000L, 3600);
        Moment end = new Moment(1_700_001_800_000L, 3600);
        return new WorkoutRow(key(42), "workout-uuid", "HKWorkoutActivityTypeRunning", start, end, 1800.0, WATCH,
                DEVICE, null, List.of(new WorkoutRow.Statistic("HKQuantityTypeIdentifierDistanceWalkingRunning",
                5012.4, null, null, null, "m")),
                List.of(new WorkoutRow.Event("HKWorkoutEventTypePause", start, null, null)), route);
    }

    private static byte[] key(long i) {
        return ByteBuffer.allocate(16).putLong(i).putLong(~i).array();
    }
}
