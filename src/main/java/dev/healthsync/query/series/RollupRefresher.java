package dev.healthsync.query.series;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Recomputes stale rollups in the background every {@link #INTERVAL_SECONDS} seconds, so that reads seldom find
 * work left to do. Users with an import running are left until it ends: the import's own pace matters more than
 * rollups nobody is reading yet, and a read still refreshes what it needs first.
 */
@Component
class RollupRefresher implements SmartLifecycle {

    static final int INTERVAL_SECONDS = 2;
    private static final Logger log = LoggerFactory.getLogger(RollupRefresher.class);

    private final RollupMaintenance maintenance;
    private ScheduledExecutorService timer;

    RollupRefresher(RollupMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rollup-refresher");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refresh, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    private void refresh() {
        try {
            maintenance.refreshIdle();
        } catch (RuntimeException e) {
            log.warn("rollup refresh failed ({}); it is retried", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
