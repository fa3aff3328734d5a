package dev.healthsync.cli.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** The read phase's latencies, as its JVM hands them to the parent beside its {@link PhaseResult}. */
final class ReadResults {

    private ReadResults() {
    }

    static void save(Path work, List<ReadLatency> latencies) {
        Properties p = new Properties();
        for (int i = 0; i < latencies.size(); i++) {
            ReadLatency row = latencies.get(i);
            String prefix = "read." + i + ".";
            p.setProperty(prefix + "name", row.name());
            p.setProperty(prefix + "path", row.path());
            p.setProperty(prefix + "available", Boolean.toString(row.available()));
            p.setProperty(prefix + "p50", Double.toString(row.p50Millis()));
            p.setProperty(prefix + "p99", Double.toString(row.p99Millis()));
            p.setProperty(prefix + "n", Integer.toString(row.n()));
        }
        try (Writer out = Files.newBufferedWriter(file(work), StandardCharsets.UTF_8)) {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReadLatency> load(Path work) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file(work), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the read phase left no latencies", e);
        }
        List<ReadLatency> latencies = new ArrayList<>();
        for (int i = 0; p.containsKey("read." + i + ".name"); i++) {
            String prefix = "read." + i + ".";
            latencies.add(new ReadLatency(p.getProperty(prefix + "name"), p.getProperty(prefix + "path"),
                    Boolean.parseBoolean(p.getProperty(prefix + "available")),
                    Double.parseDouble(p.getProperty(prefix + "p50")),
                    Double.parseDouble(p.getProperty(prefix + "p99")),
                    Integer.parseInt(p.getProperty(prefix + "n"))));
        }
        return latencies;
    }

    private static Path file(Path work) {
        return work.resolve("read-latencies.properties");
    }
}
