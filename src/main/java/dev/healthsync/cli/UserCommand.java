package dev.healthsync.cli;

import dev.healthsync.auth.UserService;
import dev.healthsync.storage.UserRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a user; prints a generated password unless --password-stdin is given.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
        boolean passwordFromStdin;

        @Option(names = "--admin", description = "Let the user manage other users.")
        boolean admin;

        @Override
        public Integer call() throws IOException {
            String password = passwordFromStdin ? readPassword() : null;
            try (Accounts accounts = Accounts.open()) {
                UserService.CreatedUser created = accounts.users().create(email, password, admin);
                System.out.println("created user " + created.user().email() + " (id " + created.user().id() + ")");
                if (created.generatedPassword() != null) {
                    System.out.println("password: " + created.generatedPassword());
                }
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
    static final class ListUsers implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Accounts accounts = Accounts.open()) {
                System.out.printf("%-6s %-40s %s%n", "ID", "EMAIL", "ADMIN");
                for (UserRecord user : accounts.users().list()) {
                    System.out.printf("%-6d %-40s %s%n", user.id(), user.email(), user.admin() ? "yes" : "no");
                }
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Set a user's password; prints a generated one unless --password-stdin is given.")
    static final class Passwd implements Callable<Integer> {
        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            String password = passwordFromStdin ? readPassword() : null;
            try (Accounts accounts = Accounts.open()) {
                Optional<String> generated = accounts.users().changePassword(email, password);
                System.out.println("password changed for " + email);
                generated.ifPresent(p -> System.out.println("password: " + p));
            }
            return 0;
        }
    }

    static String readPassword() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("no password on stdin");
        }
        return line;
    }
}
