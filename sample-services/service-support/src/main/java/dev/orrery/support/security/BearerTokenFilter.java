package dev.orrery.support.security;

import dev.orrery.support.problem.ProblemWriter;
import dev.orrery.support.token.TokenCheck;
import dev.orrery.support.token.TokenVerifier;
import dev.orrery.support.token.VerifiedToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/// Lets a request through only with a valid bearer token granting the privileges its [AccessRule] requires.
///
/// Refusals are 401 (no or invalid token, with a `WWW-Authenticate: Bearer` challenge as in RFC 6750) or 403 (valid
/// token without the privilege), each with a problem body saying why. The token itself is never echoed or logged.
/// The verified token is left in the request attribute [#VERIFIED_TOKEN] for controllers that want the caller.
public final class BearerTokenFilter extends OncePerRequestFilter {

    /// Request attribute holding the [VerifiedToken] of an admitted request.
    public static final String VERIFIED_TOKEN = VerifiedToken.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String REALM = "orrery";

    private final TokenVerifier verifier;
    private final RequiredPrivileges privileges;
    private final ProblemWriter problems;

    public BearerTokenFilter(TokenVerifier verifier, RequiredPrivileges privileges, ProblemWriter problems) {
        this.verifier = verifier;
        this.privileges = RequiredPrivileges.ALWAYS_OPEN.followedBy(privileges);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<AccessRule> rule = privileges.ruleFor(HttpMethod.valueOf(request.getMethod()), path);
        if (rule.isPresent() && rule.get().open()) {
            chain.doFilter(request, response);
            return;
        }

        TokenCheck check =
                verifier.verifyAuthorization(Optional.ofNullable(request.getHeader(HttpHeaders.AUTHORIZATION)));
        switch (check) {
            case TokenCheck.Refused refused -> unauthorized(request, response, refused);
            case TokenCheck.Accepted accepted -> admit(request, response, chain, rule, accepted.token());
        }
    }

    private void admit(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            Optional<AccessRule> rule,
            VerifiedToken token)
            throws ServletException, IOException {
        Set<String> missing = new TreeSet<>(rule.map(AccessRule::privileges).orElse(Set.of()));
        missing.removeAll(token.privileges());
        if (!missing.isEmpty()) {
            forbidden(request, response, token, missing);
            return;
        }

        request.setAttribute(VERIFIED_TOKEN, token);
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, TokenCheck.Refused refused)
            throws IOException {
        LOG.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refused.reason());
        boolean missing = refused.reason() == dev.orrery.support.token.RefusalReason.MISSING;
        String challenge = missing
                ? "Bearer realm=\"%s\"".formatted(REALM)
                : "Bearer realm=\"%s\", error=\"invalid_token\", error_description=\"%s\""
                        .formatted(REALM, quotable(refused.detail()));
        ProblemDetail problem = problems.create(
                HttpStatus.UNAUTHORIZED,
                missing ? "missing-token" : "invalid-token",
                refused.detail() + "; send 'Authorization: Bearer <token>' with a token from the cluster's issuer",
                request.getRequestURI());
        problem.setProperty("reason", refused.reason().code());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(response, problem);
    }

    private void forbidden(
            HttpServletRequest request, HttpServletResponse response, VerifiedToken token, Set<String> missing)
            throws IOException {
        LOG.debug(
                "Forbade {} {} to {}: lacks {}",
                request.getMethod(),
                request.getRequestURI(),
                token.subject(),
                missing);
        String needed = String.join(", ", missing);
        ProblemDetail problem = problems.create(
                HttpStatus.FORBIDDEN,
                "missing-privilege",
                "%s %s needs the privilege %s, which the token of '%s' does not grant"
                        .formatted(request.getMethod(), request.getRequestURI(), needed, token.subject()),
                request.getRequestURI());
        problem.setProperty("missingPrivileges", missing.stream().toList());
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"%s\", error=\"insufficient_scope\", scope=\"%s\""
                        .formatted(REALM, String.join(" ", missing)));
        problems.write(response, problem);
    }

    /// RFC 6750 quoted strings may not contain quotes or backslashes.
    private static String quotable(String text) {
        return text.replace('"', '\'').replace('\\', '/');
    }
}
