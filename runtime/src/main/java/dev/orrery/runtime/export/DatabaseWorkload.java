package dev.orrery.runtime.export;

/// MongoDB in an exported cluster: the official `mongo` image with its data on a persistent volume.
///
/// @param storageGibibytes the size of the volume claim
/// @param cacheGibibytes the WiredTiger cache, kept well under the memory limit (mongod would otherwise take half
///     of the node's memory)
public record DatabaseWorkload(
        String name, String image, int port, MemoryBudget memory, int storageGibibytes, double cacheGibibytes) {

    public static final String NAME = "mongodb";
    public static final String IMAGE = "mongo:7.0";
    public static final String DATA_PATH = "/data/db";
    public static final String DATABASE = "orrery";

    /// The URI the services use.
    public String uri() {
        return "mongodb://" + name + ":" + port + "/" + DATABASE;
    }
}
