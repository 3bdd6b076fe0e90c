package dev.orrery.console.export;

/// Where an export carries the topology.
public enum ExportFormat {
    KUBERNETES("Kubernetes", "orrery-kubernetes", "Apply with: kubectl apply -k <folder>"),
    COMPOSE("Docker Compose", "orrery-compose", "Start with: docker compose up -d (in the folder)");

    private final String title;
    private final String defaultFolder;
    private final String nextStep;

    ExportFormat(String title, String defaultFolder, String nextStep) {
        this.title = title;
        this.defaultFolder = defaultFolder;
        this.nextStep = nextStep;
    }

    public String title() {
        return title;
    }

    /// The folder name suggested under the user's home.
    public String defaultFolder() {
        return defaultFolder;
    }

    public String nextStep() {
        return nextStep;
    }
}
