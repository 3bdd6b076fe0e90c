package dev.orrery.runtime.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orrery.runtime.data.DataFolder;
import dev.orrery.runtime.topology.DemoUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The demo users of one cluster with their generated passwords, kept in step with the topology's users.
///
/// Two owner-only files in the keys folder: `demo-users.json` with the plain passwords for showing, and
/// `auth-users.json`, the auth-service's users file with PBKDF2 hashes (docs/service-contract.md). A user keeps
/// its password and TOTP secret across runs as long as the topology keeps the user.
public final class DemoAccountStore {
    public static final String DEMO_USERS_FILE = "demo-users.json";
    public static final String AUTH_USERS_FILE = "auth-users.json";

    /// The users when a topology names none: a reader, a teacher with every privilege, an admin with a second
    /// factor.
    public static final List<DemoUser> DEFAULT_USERS = List.of(
            new DemoUser("student", List.of("heroes:read", "threats:read"), false),
            new DemoUser("teacher", DemoUser.KNOWN_PRIVILEGES, false),
            new DemoUser("admin", DemoUser.KNOWN_PRIVILEGES, true));

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccountStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path keysFolder;
    private final PasswordGenerator generator;
    private final int hashIterations;

    public DemoAccountStore(Path keysFolder) {
        this(keysFolder, new PasswordGenerator(), PasswordHash.DEFAULT_ITERATIONS);
    }

    public DemoAccountStore(Path keysFolder, PasswordGenerator generator, int hashIterations) {
        this.keysFolder = keysFolder;
        this.generator = generator;
        this.hashIterations = hashIterations;
    }

    public Path demoUsersFile() {
        return keysFolder.resolve(DEMO_USERS_FILE);
    }

    /// The auth-service's users file (`orrery.auth.users-file`).
    public Path authUsersFile() {
        return keysFolder.resolve(AUTH_USERS_FILE);
    }

    /// The accounts stored so far, without creating any.
    public List<DemoAccount> stored() {
        return Files.isRegularFile(demoUsersFile()) ? load() : List.of();
    }

    /// The accounts of [#DEFAULT_USERS].
    public List<DemoAccount> loadOrCreate() {
        return loadOrCreate(DEFAULT_USERS);
    }

    /// One account per wanted user, reusing stored passwords; files are rewritten only when something changed.
    public synchronized List<DemoAccount> loadOrCreate(List<DemoUser> wanted) {
        List<DemoAccount> stored = stored();
        Map<String, DemoAccount> byId =
                stored.stream().collect(Collectors.toMap(DemoAccount::id, Function.identity(), (a, b) -> a));
        List<DemoAccount> accounts =
                wanted.stream().map(user -> account(user, byId)).toList();
        if (accounts.equals(stored) && Files.isRegularFile(authUsersFile())) {
            return accounts;
        }

        PrivateFolder.create(keysFolder);
        DataFolder.writeSecret(demoUsersFile(), toJson(accounts, DemoAccount::password, "password"));
        DataFolder.writeSecret(authUsersFile(), toJson(accounts, this::hashOf, "passwordHash"));
        LOG.info(
                "Wrote demo users {} to {}",
                accounts.stream().map(DemoAccount::id).toList(),
                keysFolder);
        return accounts;
    }

    private DemoAccount account(DemoUser user, Map<String, DemoAccount> stored) {
        List<Privilege> privileges = user.privileges().stream()
                .map(Privilege::fromClaim)
                .flatMap(Optional::stream)
                .toList();
        Optional<DemoAccount> previous = Optional.ofNullable(stored.get(user.id()));
        String password = previous.map(DemoAccount::password).orElseGet(generator::next);
        Optional<String> totp = user.secondFactor()
                ? previous.flatMap(DemoAccount::totpSecret).or(() -> Optional.of(generator.totpSecret()))
                : Optional.empty();
        return new DemoAccount(user.id(), password, privileges, totp);
    }

    private String hashOf(DemoAccount account) {
        return PasswordHash.create(account.password(), hashIterations).encoded();
    }

    private static String toJson(List<DemoAccount> accounts, Function<DemoAccount, String> secret, String field) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("users");
        for (DemoAccount account : accounts) {
            ObjectNode node = array.addObject().put("id", account.id()).put(field, secret.apply(account));
            ArrayNode privileges = node.putArray("privileges");
            account.privileges().forEach(p -> privileges.add(p.claim()));
            account.totpSecret().ifPresent(s -> node.put("totpSecret", s));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write users as JSON", e);
        }
    }

    private List<DemoAccount> load() {
        try {
            List<DemoAccount> accounts = new ArrayList<>();
            for (JsonNode node : JSON.readTree(demoUsersFile().toFile()).path("users")) {
                List<Privilege> privileges = new ArrayList<>();
                node.path("privileges")
                        .forEach(p -> Privilege.fromClaim(p.asText()).ifPresent(privileges::add));
                Optional<String> totp =
                        Optional.ofNullable(node.get("totpSecret")).map(JsonNode::asText);
                accounts.add(new DemoAccount(
                        node.path("id").asText(), node.path("password").asText(), privileges, totp));
            }
            return List.copyOf(accounts);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot read " + demoUsersFile() + " (" + e.getMessage() + "); delete it and " + AUTH_USERS_FILE
                            + " to create new demo users",
                    e);
        }
    }
}
