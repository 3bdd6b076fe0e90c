package dev.orrery.runtime.cluster;

import java.nio.file.Path;

/// The files services need when security is on, in the formats of `docs/service-contract.md`.
///
/// @param publicKey PEM X.509 RSA public key, given to every service as `orrery.security.public-key-file`
/// @param privateKey PEM PKCS#8 RSA private key, given to auth-service only
/// @param usersFile the JSON users file, given to auth-service only
public record SecurityFiles(Path publicKey, Path privateKey, Path usersFile) {}
