package org.migracap.platform;

/**
 * A data set that a module loads when the application starts: real reference data shipped as files, or labelled demo
 * data. Loaders run in {@link #order()} once per {@link #version()}; the run is recorded so that a restart or a second
 * instance does not load again. {@link #load()} must be idempotent, because a new version runs it over old data.
 */
public interface StartupData {

	/** Unique name, recorded in {@code platform.data_load}. */
	String name();

	/** Lower runs first: reference data 100-199, module data 200-899, demo data 900+. */
	int order();

	/** A digest of what is loaded (file checksum, generator version); a change makes the loader run again. */
	String version();

	/** Demo data runs only when demo mode is on. */
	default boolean demo() {
		return false;
	}

	void load();

	/** A short SHA-256 digest of class path resources, for {@link #version()}. */
	static String checksum(String... classpathResources) {
		try {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			for (String path : classpathResources) {
				try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(path).getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
			return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
