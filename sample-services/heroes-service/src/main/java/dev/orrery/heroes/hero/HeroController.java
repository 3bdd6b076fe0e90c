package dev.orrery.heroes.hero;

import dev.orrery.heroes.power.PowerRepository;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/// The heroes API, request for request as in the series, plus `GET /heroes/{id}` and `POST /heroes`.
///
/// | request | answer |
/// |---|---|
/// | `GET /heroes` | 200, list of `{id, type, displayName, powers, img, busy}` |
/// | `GET /heroes/{id}` | 200 hero, or 404 problem |
/// | `POST /hero/{id}` with a partial hero, e.g. `{"busy": true}` | 202 with the updated hero and `Location:
/// /heroes/{id}`; 404 problem for an unknown id; 409 problem (see below) |
/// | `POST /heroes` with `{type, displayName, powers}` | 201 with the new hero and its `Location`; 400 problem naming a
/// wrong field |
///
/// **Busy is a claim.** A patch containing `"busy": true` only applies to a hero that is not busy; for a busy hero
/// the whole patch is refused with 409 (`urn:orrery:problem:hero-busy`) and nothing changes. The check and the
/// update are one atomic step in the storage, so of two concurrent assignments of one hero, through any instances
/// sharing a MongoDB, exactly one gets 202. `"busy": false` releases a hero and always applies. threats-service
/// relies on this for `POST /assignment`.
@RestController
public class HeroController {

    private final HeroRepository heroes;
    private final PowerRepository powers;

    public HeroController(HeroRepository heroes, PowerRepository powers) {
        this.heroes = heroes;
        this.powers = powers;
    }

    @GetMapping("/heroes")
    List<Hero> heroes() {
        return heroes.findAll();
    }

    @GetMapping("/heroes/{id}")
    Hero hero(@PathVariable int id) {
        return heroes.findById(id).orElseThrow(() -> new HeroNotFoundException(id));
    }

    @PostMapping("/hero/{id}")
    ResponseEntity<Hero> update(@PathVariable int id, @RequestBody HeroPatch patch) {
        HeroUpdate outcome = heroes.update(id, patch.validated(powers::exists));
        return switch (outcome) {
            case HeroUpdate.Updated updated ->
                ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(location(id))
                        .body(updated.hero());
            case HeroUpdate.NotFound notFound -> throw new HeroNotFoundException(notFound.id());
            case HeroUpdate.AlreadyBusy busy -> throw new HeroBusyException(busy.id());
        };
    }

    @PostMapping("/heroes")
    ResponseEntity<Hero> create(@RequestBody NewHero hero) {
        Hero created = heroes.create(hero.validated(powers::exists));
        return ResponseEntity.created(location(created.id())).body(created);
    }

    private static URI location(int id) {
        return URI.create("/heroes/" + id);
    }
}
