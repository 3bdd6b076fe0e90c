package dev.orrery.support.testapp;

import dev.orrery.support.security.RequiredPrivileges;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/// A tiny service that uses the support library the way heroes-service does.
@SpringBootApplication
public class SupportTestApplication {

    @Bean
    RequiredPrivileges privileges() {
        return RequiredPrivileges.builder()
                .require(HttpMethod.GET, "/heroes/**", "heroes:read")
                .require(HttpMethod.POST, "/heroes", "heroes:write")
                .require(HttpMethod.POST, "/assignment", "threats:write", "heroes:write")
                .build();
    }

    @RestController
    static class HeroesController {

        @GetMapping("/heroes")
        Map<String, Object> heroes() {
            return Map.of("heroes", 4);
        }

        @GetMapping("/heroes/{id}")
        Map<String, Object> hero(@PathVariable int id) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No hero with id " + id);
        }

        @PostMapping("/heroes")
        Map<String, Object> create(@RequestBody Map<String, Object> hero) {
            return hero;
        }

        @PostMapping("/assignment")
        Map<String, Object> assign(@RequestBody Map<String, Object> assignment) {
            return assignment;
        }

        @GetMapping("/img/{file}")
        String picture(@PathVariable String file) {
            return file;
        }

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail");
        }
    }
}
