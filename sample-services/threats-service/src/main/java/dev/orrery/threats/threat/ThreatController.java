package dev.orrery.threats.threat;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/// `GET /threats` as in the series, plus `GET /threats/{id}` and `POST /threats` (201 with the new threat and its
/// `Location`; 400 problem naming a wrong field).
@RestController
public class ThreatController {

    private final ThreatRepository threats;

    public ThreatController(ThreatRepository threats) {
        this.threats = threats;
    }

    @GetMapping("/threats")
    List<Threat> threats() {
        return threats.findAll();
    }

    @GetMapping("/threats/{id}")
    Threat threat(@PathVariable int id) {
        return threats.findById(id).orElseThrow(() -> new ThreatNotFoundException(id));
    }

    @PostMapping("/threats")
    ResponseEntity<Threat> create(@RequestBody NewThreat threat) {
        Threat created = threats.create(threat.validated());
        return ResponseEntity.created(URI.create("/threats/" + created.id())).body(created);
    }
}
