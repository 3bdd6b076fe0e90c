package dev.orrery.runtime.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The demo users of one cluster (`student`, `teacher`, `admin` with TOTP), created on first use.
///
/// Two owner-only files in the keys folder: `demo-users.json` with the plain passwords for showing, and
/// `auth-users.json`, the auth-service's users file with PBKDF2 hashes (docs/service-contract.md).
public final class DemoUserStore {
    public static final String DEMO_USERS_FILE = "demo-users.json";
    public static final String AUTH_USERS_FILE = "auth-users.json";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUserStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path keysFolder;
    private final PasswordGenerator generator;
    private final int hashIterations;

    public DemoUserStore(Path keysFolder) {
        this(keysFolder, new PasswordGenerator(), PasswordHash.DEFAULT_ITERATIONS);
    }

    public DemoUserStore(Path keysFolder, PasswordGenerator generator, int hashIterations) {
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

    public synchronized List<DemoUser> loadOrCreate() {
        if (Files.isRegularFile(demoUsersFile()) && Files.isRegularFile(authUsersFile())) {
            return load();
        }

        List<DemoUser> users = List.of(
                new DemoUser(
                        "student",
                        generator.next(),
                        List.of(Privilege.HEROES_READ, Privilege.THREATS_READ),
                        Optional.empty()),
                new DemoUser("teacher", generator.next(), Privilege.all(), Optional.empty()),
                new DemoUser("admin", generator.next(), Privilege.all(), Optional.of(generator.totpSecret())));
        OwnerOnlyFiles.write(demoUsersFile(), toJson(users, user -> user.password(), "password"));
        OwnerOnlyFiles.write(authUsersFile(), toJson(users, this::hashOf, "passwordHash"));
        LOG.info("Created demo users student, teacher and admin in {}", keysFolder);
        return users;
    }

    public Optional<DemoUser> find(String id) {
        return loadOrCreate().stream().filter(user -> user.id().equals(id)).findFirst();
    }

    private String hashOf(DemoUser user) {
        return PasswordHash.create(user.password(), hashIterations).encoded();
    }

    private static byte[] toJson(
            List<DemoUser> users, java.util.function.Function<DemoUser, String> secret, String field) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("users");
        for (DemoUser user : users) {
            ObjectNode node = array.addObject().put("id", user.id()).put(field, secret.apply(user));
            ArrayNode privileges = node.putArray("privileges");
            user.privileges().forEach(p -> privileges.add(p.claim()));
            user.totpSecret().ifPresent(s -> node.put("totpSecret", s));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write users as JSON", e);
        }
    }

    private List<DemoUser> load() {
        try {
            List<DemoUser> users = new ArrayList<>();
            for (JsonNode node : JSON.readTree(demoUsersFile().toFile()).path("users")) {
                List<Privilege> privileges = new ArrayList<>();
                node.path("privileges")
                        .forEach(p -> Privilege.fromClaim(p.asText()).ifPresent(privileges::add));
                Optional<String> totp =
                        Optional.ofNullable(node.get("totpSecret")).map(JsonNode::asText);
                users.add(new DemoUser(
                        node.path("id").asText(), node.path("password").asText(), privileges, totp));
            }
            return List.copyOf(users);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot read " + demoUsersFile() + " (" + e.getMessage() + "); delete it and " + AUTH_USERS_FILE
                            + " to create new demo users",
                    e);
        }
    }
}
