package dev.healthsync.cli;

import dev.healthsync.storage.ApiKeyRecord;
import dev.healthsync.storage.UserRecord;
import dev.healthsync.system.NotFoundException;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "key", mixinStandardHelpOptions = true, description = "Manage API keys.",
        subcommands = {KeyCommand.Create.class, KeyCommand.ListKeys.class, KeyCommand.Revoke.class})
final class KeyCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API key and print it (only the key, on stdout; it is not shown again).")
    static final class Create implements Callable<Integer> {
        @Option(names = "--user", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--name", required = true, description = "What the key is for, e.g. 'iPhone'.")
        String name;

        @Override
        public Integer call() {
            try (Accounts accounts = Accounts.open()) {
                UserRecord user = accounts.user(email);
                System.out.println(accounts.keys().create(user.id(), name).key());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a user's API keys.")
    static final class ListKeys implements Callable<Integer> {
        @Option(names = "--user", required = true, paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            try (Accounts accounts = Accounts.open()) {
                UserRecord user = accounts.user(email);
                System.out.printf("%-6s %-24s %-12s %-24s %s%n", "ID", "NAME", "PREFIX", "LAST USED", "STATE");
                for (ApiKeyRecord key : accounts.keys().list(user.id())) {
                    System.out.printf("%-6d %-24s %-12s %-24s %s%n", key.id(), key.name(), key.prefix(),
                            key.lastUsedAt() == null ? "never" : Instant.ofEpochMilli(key.lastUsedAt()),
                            key.revokedAt() == null ? "active" : "revoked");
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key at once.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--user", required = true, paramLabel = "EMAIL")
        String email;

        @Override
        public Integer call() {
            try (Accounts accounts = Accounts.open()) {
                UserRecord user = accounts.user(email);
                if (!accounts.keys().revoke(user.id(), id)) {
                    throw new NotFoundException("no active API key " + id + " for " + email);
                }
                System.out.println("revoked key " + id);
            }
            return 0;
        }
    }
}
