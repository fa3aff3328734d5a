package dev.healthsync.cli;

import dev.healthsync.query.series.RollupMaintenance;
import dev.healthsync.storage.RollupStore;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(name = "rollups", mixinStandardHelpOptions = true,
        description = "Maintain the rollups that answer series in milliseconds.",
        subcommands = RollupsCommand.Rebuild.class)
final class RollupsCommand {

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = {"Drop every rollup and compute them again from the samples.",
                    "The server keeps them current by itself; this is for after restoring a database by hand, or to"
                            + " check that they agree with the samples. Reads during the rebuild compute what they"
                            + " need themselves."})
    static final class Rebuild implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ToolContext.open()) {
                long started = System.nanoTime();
                context.getBean(RollupStore.class).restart();
                int types = context.getBean(RollupMaintenance.class).refreshAll();
                System.out.printf("rebuilt the rollups of %d types in %.1f s%n", types,
                        (System.nanoTime() - started) / 1e9);
            }
            return 0;
        }
    }
}
