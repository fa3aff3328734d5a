package dev.healthsync.auth;

import dev.healthsync.storage.UserRecord;
import dev.healthsync.storage.UserStore;
import dev.healthsync.system.BadRequestException;
import dev.healthsync.system.InvalidParameterException;
import dev.healthsync.system.NotFoundException;
import dev.healthsync.system.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Creating users, checking and changing their passwords; shared by the API and the command line. */
@Service
public class UserService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    /**
     * Compared against when the email is unknown, so a wrong email costs as much time as a wrong password.
     * Made on first need: a BCrypt hash takes the better part of a second, which every command-line tool and
     * every server start would otherwise pay.
     */
    private volatile String dummyHash;

    private final UserStore users;
    private final Passwords passwords;
    private final Clock clock;
    private final JsonMapper json;

    UserService(UserStore users, Passwords passwords, Clock clock, JsonMapper json) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.json = json;
    }

    /** The service outside an application context, for command-line tools that open the database directly. */
    public static UserService standalone(UserStore users, Clock clock) {
        return new UserService(users, new Passwords(), clock, JsonMapper.builder().build());
    }

    /** Creates a user with the given password, or a generated one when it is null; returns it with the password. */
    public CreatedUser create(String email, String password, boolean admin) {
        String normalizedEmail = email == null ? "" : email.trim();
        if (!EMAIL.matcher(normalizedEmail).matches()) {
            throw new BadRequestException("email must look like name@host");
        }
        String chosen = password == null ? passwords.generate() : password;
        requireStrong(chosen, "password");
        UserRecord user = users.create(normalizedEmail, passwords.hash(chosen), admin, clock.millis())
                .orElseThrow(() -> new ConflictException("a user with this email exists"));
        return new CreatedUser(user, password == null ? chosen : null);
    }

    /** Sets a new password, or a generated one when it is null; returns the generated one. */
    public Optional<String> changePassword(String email, String password) {
        UserRecord user = users.findByEmail(email).orElseThrow(() -> new NotFoundException("no such user"));
        String chosen = password == null ? passwords.generate() : password;
        requireStrong(chosen, "password");
        users.updatePassword(user.id(), passwords.hash(chosen));
        return password == null ? Optional.of(chosen) : Optional.empty();
    }

    /**
     * A user's own change, which proves the current password first: a stolen token or key alone must not be
     * enough to take the account over. False when the current password is wrong, before the new one is checked,
     * so that the answer to a guess says nothing about the new password.
     */
    public boolean changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserRecord user = users.findById(userId).orElseThrow(() -> new NotFoundException("no such user"));
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            return false;
        }
        requireStrong(newPassword == null ? "" : newPassword, "newPassword");
        users.updatePassword(userId, passwords.hash(newPassword));
        return true;
    }

    /** The user with this email and password, if both match. */
    public Optional<UserRecord> authenticate(String email, String password) {
        Optional<UserRecord> user = email == null ? Optional.empty() : users.findByEmail(email.trim());
        String hash = user.map(UserRecord::passwordHash).orElseGet(this::dummyHash);
        boolean matches = password != null && passwords.matches(password, hash);
        return matches ? user : Optional.empty();
    }

    /** Stores the user's settings object (validated by the caller). */
    public void updateSettings(long userId, Object settings) {
        users.updateSettings(userId, json.writeValueAsString(settings));
    }

    public List<UserRecord> list() {
        return users.list();
    }

    public Optional<UserRecord> find(long id) {
        return users.findById(id);
    }

    public Optional<UserRecord> findByEmail(String email) {
        return users.findByEmail(email);
    }

    public long count() {
        return users.count();
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = passwords.hash(passwords.generate());
        }
        return dummyHash;
    }

    /** {@code field} names the password in the request, so that a form can point at it. */
    private static void requireStrong(String password, String field) {
        if (password.length() < Passwords.MIN_LENGTH) {
            throw new InvalidParameterException(field, field + " must have at least " + Passwords.MIN_LENGTH
                    + " characters");
        }
    }

    /** A new user; {@code generatedPassword} is set only when the server chose the password. */
    public record CreatedUser(UserRecord user, String generatedPassword) {
    }

    /** 409: the resource exists already. */
    static final class ConflictException extends ProblemException {
        ConflictException(String message) {
            super(409, "conflict", message);
        }
    }
}
