package dev.orrery.runtime.export;

/// A file of the exported token secrets, mounted into the containers that read it.
public enum KeyFile {
    PUBLIC_KEY(ExportSecrets.PUBLIC_KEY, "orrery.security.public-key-file"),
    PRIVATE_KEY(ExportSecrets.PRIVATE_KEY, "orrery.security.private-key-file"),
    USERS(ExportSecrets.USERS, "orrery.auth.users-file");

    /// Where the files appear inside a container.
    public static final String FOLDER = "/etc/orrery/keys";

    private final String fileName;
    private final String property;

    KeyFile(String fileName, String property) {
        this.fileName = fileName;
        this.property = property;
    }

    public String fileName() {
        return fileName;
    }

    /// The Spring property that points a service at the file.
    public String property() {
        return property;
    }

    /// The file's path inside a container.
    public String path() {
        return FOLDER + "/" + fileName;
    }

    /// Whether only its owner may read it: the private key and the password hashes.
    public boolean ownerOnly() {
        return this != PUBLIC_KEY;
    }

    /// The secret's value in an export.
    public String content(ExportSecrets secrets) {
        return switch (this) {
            case PUBLIC_KEY -> secrets.publicKeyPem();
            case PRIVATE_KEY -> secrets.privateKeyPem();
            case USERS -> secrets.usersFile();
        };
    }
}
