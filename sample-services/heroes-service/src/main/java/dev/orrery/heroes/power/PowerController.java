package dev.orrery.heroes.power;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/// `GET /powers`: the list of powers, as in the series.
@RestController
public class PowerController {

    private final PowerRepository powers;

    public PowerController(PowerRepository powers) {
        this.powers = powers;
    }

    @GetMapping("/powers")
    List<Power> powers() {
        return powers.findAll();
    }
}
