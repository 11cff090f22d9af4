package org.parley.app.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a benchmark ran on, as the JVM and {@code /proc/cpuinfo} see it.
 *
 * @param cores     processors the JVM may use
 * @param cpu       the CPU model name, or "unknown CPU"
 * @param os        operating system name, version and architecture
 * @param java      the Java runtime's version and vendor, and its garbage collectors
 * @param maxHeapMb the heap limit ({@code -Xmx}) in MiB
 */
public record Machine(int cores, String cpu, String os, String java, long maxHeapMb) {
    /** This machine. */
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "; "
                        + collectors() + ")",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** The one-minute load average of the machine now, or -1 where the system gives none. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** "2 cores, Intel(R) ..., Linux 6.1 amd64, Java 17.0.13 (...), max heap 4096 MB". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d cores, %s, %s, %s, max heap %d MB", cores, cpu, os, java, maxHeapMb);
    }

    /** The JVM's collectors as it names them: "PS Scavenge + PS MarkSweep" (parallel), "G1 Young Generation + ...". */
    private static String collectors() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
