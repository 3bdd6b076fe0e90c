package dev.orrery.threats.assignment;

import dev.orrery.threats.threat.Threat;
import dev.orrery.threats.threat.ThreatNotFoundException;
import dev.orrery.threats.threat.ThreatRepository;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/// `POST /assignment {heroId, threatId}`, as in the series: marks the hero busy at heroes-service, records the hero
/// on the threat and answers 202 with the threat.
///
/// Answers 404 (problem) for an unknown threat, checked first so that no hero is marked busy for nothing, or an
/// unknown hero; 409 when the hero is busy already (heroes-service's claim is atomic, so of two concurrent
/// assignments of one hero exactly one succeeds); 401/403 when heroes-service refuses the forwarded token; 502
/// when heroes-service cannot be reached.
@RestController
public class AssignmentController {

    private final ThreatRepository threats;
    private final HeroesClient heroes;

    public AssignmentController(ThreatRepository threats, HeroesClient heroes) {
        this.threats = threats;
        this.heroes = heroes;
    }

    @PostMapping("/assignment")
    ResponseEntity<Threat> assign(
            @RequestBody Assignment assignment,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) Optional<String> authorization) {
        int heroId = assignment.hero();
        int threatId = assignment.threat();
        threats.findById(threatId).orElseThrow(() -> new ThreatNotFoundException(threatId));

        switch (heroes.claim(heroId, authorization)) {
            case HeroClaim.Claimed claimed -> {}
            case HeroClaim.NoSuchHero noSuchHero ->
                throw problem(HttpStatus.NOT_FOUND, "hero-not-found", "heroes-service knows no hero with id " + heroId);
            case HeroClaim.Busy busy ->
                throw problem(
                        HttpStatus.CONFLICT,
                        "hero-busy",
                        "Hero " + heroId + " is busy already; choose another hero or release this one first");
            case HeroClaim.Refused refused ->
                throw problem(
                        HttpStatus.valueOf(refused.status()),
                        "heroes-service-refused",
                        "heroes-service refused to mark hero " + heroId + " busy with the forwarded token");
        }

        Threat assigned = threats.assign(threatId, heroId).orElseThrow(() -> new ThreatNotFoundException(threatId));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/threats/" + threatId))
                .body(assigned);
    }

    private static ErrorResponseException problem(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:orrery:problem:" + kind));
        return new ErrorResponseException(status, problem, null);
    }
}
