package dev.healthsync.cli;

import dev.healthsync.HealthSyncApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the server (default port 8080, data in ./data).",
            "Any --name=value after the options is a setting (see the README), e.g. --healthsync.data-dir=/srv/hs."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port to listen on (default: PORT or 8080).")
    Integer port;

    /** Any other {@code --property=value} is a Spring property, as documented in the README. */
    @Unmatched
    List<String> properties = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        int chosen = ServePort.resolve(port, properties);
        ServePort.requireFree(chosen);
        List<String> arguments = new ArrayList<>(properties);
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        long started = System.nanoTime();
        SpringApplication application = new SpringApplication(HealthSyncApplication.class);
        CountDownLatch stopped = new CountDownLatch(1);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        if (context.isActive()) {
            NextSteps.print(System.out, context.getEnvironment(), (System.nanoTime() - started) / 1e9);
            stopped.await();
        }
        return 0;
    }
}
