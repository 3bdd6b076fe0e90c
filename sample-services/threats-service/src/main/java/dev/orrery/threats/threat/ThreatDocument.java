package dev.orrery.threats.threat;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/// A threat as stored in the `threats` collection, with its id as `_id`.
@Document(MongoThreatRepository.COLLECTION)
record ThreatDocument(@Id int id, String displayName, List<String> necessaryPowers, String img, int assignedHero) {

    static ThreatDocument of(Threat threat) {
        return new ThreatDocument(
                threat.id(), threat.displayName(), threat.necessaryPowers(), threat.img(), threat.assignedHero());
    }

    Threat toThreat() {
        return new Threat(id, displayName, necessaryPowers == null ? List.of() : necessaryPowers, img, assignedHero);
    }
}
