package dev.orrery.auth.login;

import dev.orrery.support.problem.ProblemWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/// `POST /auth` with `{userId, password}` and `POST /auth/second-factor` with `{challenge, code}`.
///
/// Answers `{"jwtToken": …}` when logged in, `{"secondFactorRequired": true, "challenge": …}` when a one-time code
/// must follow, and a 401 problem otherwise, the same for every kind of refusal. Logs name the user and the token
/// id, never a password, code, challenge or token.
@RestController
class LoginController {

    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    private final LoginService logins;
    private final ProblemWriter problems;

    LoginController(LoginService logins, ProblemWriter problems) {
        this.logins = logins;
        this.problems = problems;
    }

    @PostMapping(path = "/auth", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> login(@RequestBody PasswordLogin request) {
        if (request.userId() == null || request.password() == null) {
            var hint = "Send {\"userId\": …, \"password\": …}";
            return refuse(HttpStatus.BAD_REQUEST, "incomplete-login", hint, "/auth");
        }
        var outcome = logins.login(request.userId(), request.password());
        return answer(outcome, request.userId(), "/auth");
    }

    @PostMapping(path = "/auth/second-factor", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> secondFactor(@RequestBody SecondFactorLogin request) {
        var path = "/auth/second-factor";
        if (request.challenge() == null || request.code() == null) {
            return refuse(HttpStatus.BAD_REQUEST, "incomplete-login", "Send {\"challenge\": …, \"code\": …}", path);
        }
        var outcome = logins.completeSecondFactor(request.challenge(), request.code());
        return answer(outcome, "(second factor)", path);
    }

    private ResponseEntity<?> answer(LoginOutcome outcome, String userId, String path) {
        return switch (outcome) {
            case LoginOutcome.Issued issued -> {
                LOG.info("Issued {} for a login", issued.token());
                yield ResponseEntity.ok(new TokenAnswer(issued.token().compact()));
            }
            case LoginOutcome.SecondFactorRequired required -> {
                LOG.info("Password of {} accepted; waiting for the one-time code", userId);
                yield ResponseEntity.ok(new ChallengeAnswer(true, required.challenge()));
            }
            case LoginOutcome.Refused refused -> {
                LOG.info("Login refused ({}): {}", userId, refused.reason());
                yield refuse(
                        HttpStatus.UNAUTHORIZED, "login-refused", "Unknown user, wrong password or wrong code.", path);
            }
        };
    }

    private ResponseEntity<?> refuse(HttpStatus status, String kind, String detail, String path) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.create(status, kind, detail, path));
    }

    /// The body of `POST /auth`.
    record PasswordLogin(@Nullable String userId, @Nullable String password) {

        @Override
        public String toString() {
            return "PasswordLogin[" + userId + "]";
        }
    }

    /// The body of `POST /auth/second-factor`.
    record SecondFactorLogin(
            @Nullable String challenge, @Nullable String code) {

        @Override
        public String toString() {
            return "SecondFactorLogin[…]";
        }
    }

    /// A successful login.
    record TokenAnswer(String jwtToken) {}

    /// A correct password of a user with a second factor.
    record ChallengeAnswer(boolean secondFactorRequired, String challenge) {}
}
